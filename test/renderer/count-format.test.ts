/** The app's counts: grouped in each language, and a count handed over already worded shown as it is, never "NaN". */
import { describe, expect, it } from 'vitest';
import { i18next, initI18n } from '../../renderer/src/i18n';

describe("the app's counts", () => {
  it('groups a plural count and keeps a worded one (the map wave box: "46 workloads · cutover …")', async () => {
    await initI18n('en');
    expect(i18next.t('import:report.workloads', { count: 17041 })).toBe('17,041 workloads');
    expect(i18next.t('map:cluster.waveDetail', { count: '46 workloads', cutover: 'Apr 29, 2027' })).toBe('46 workloads · cutover Apr 29, 2027');
    await i18next.changeLanguage('zh-CN');
    expect(i18next.t('map:cluster.waveDetail', { count: '46 个工作负载', cutover: '2027年4月29日' })).toBe('46 个工作负载 · 切换 2027年4月29日');
    await i18next.changeLanguage('en');
  });
});
