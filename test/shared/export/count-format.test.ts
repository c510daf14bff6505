/**
 * Counts in texts: `{{count, number}}` groups digits in the text's language, and leaves a value that
 * is not a number as it is (i18next's own `number` format printed "NaN" for the map's wave detail,
 * which is handed its count already worded).
 */
import { describe, expect, it } from 'vitest';
import { exportMessages } from '../../../electron/cli/export-messages';
import { formatCount } from '../../../shared/export/count-format';
import { createExportText } from '../../../shared/export/i18n';

describe('counts in texts', () => {
  it('groups digits in each language and leaves words, NaN and infinities as they are', () => {
    expect(formatCount(17041, 'en')).toBe('17,041');
    expect(formatCount(17041, 'zh-CN')).toBe('17,041');
    expect(formatCount(3, 'en')).toBe('3');
    expect(formatCount('46 workloads', 'en')).toBe('46 workloads');
    expect(formatCount(Number.NaN, 'en')).toBeNaN();
    expect(formatCount(Number.POSITIVE_INFINITY, 'en')).toBe(Number.POSITIVE_INFINITY);
  });

  it("reads a document's plural count grouped, in both languages", () => {
    expect(createExportText(exportMessages(), 'en').t('export:summary.scope', { count: 17041, waves: 12 })).toBe('17,041 workloads move in 12 waves');
    expect(createExportText(exportMessages(), 'zh-CN').t('export:summary.scope', { count: 17041, waves: 12 })).toContain('17,041');
  });
});
