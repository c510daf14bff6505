/**
 * Links leave the app only to the hosts Decamp links to: the providers' documentation and catalogs
 * the service catalog and the assumptions cite. Any other https host, however plausible, is refused
 * by the IPC handler, the window-open handler and the browser build alike.
 */
import { describe, expect, it, vi } from 'vitest';
import { EXTERNAL_LINK_DOMAINS, isAllowedExternalUrl as allowedWith } from '../../shared/external-links';
import { hardenWebContents, isSafeExternalUrl, type WebContentsLike } from '../../electron/main/security';
import { createBrowserApi } from '../../renderer/src/platform/browser-api';

const isAllowedExternalUrl = (url: string) => allowedWith(url, (u) => new URL(u));

describe('the allow-list', () => {
  it.each([
    'https://help.aliyun.com/zh/ecs/',
    'https://www.alibabacloud.com/help/en/ecs',
    'https://docs.aws.amazon.com/prescriptive-guidance/latest/application-portfolio-assessment-guide/',
    'https://aws.amazon.com/dms/',
    'https://learn.microsoft.com/en-us/azure/migrate/',
    'https://cloud.google.com/architecture/migration-to-gcp-getting-started',
    'https://support.huaweicloud.com/intl/en-us/sms/',
    'https://cloud.tencent.com/document/product/659',
    'https://www.tencentcloud.com/document/product/1036',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'https://example.org',
    'https://evil.example/docs.aws.amazon.com/',
    'https://docs.aws.amazon.com.evil.example/',
    'https://amazon.com/',
    'https://notaliyun.com/',
    'https://aliyun.com.cn.evil.example/',
    'http://docs.aws.amazon.com/',
    'https://user:pass@docs.aws.amazon.com/',
    'https://docs.aws.amazon.com:8443/',
    'https://54.239.28.85/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('lists each domain once, lower case', () => {
    expect(new Set(EXTERNAL_LINK_DOMAINS).size).toBe(EXTERNAL_LINK_DOMAINS.length);
    for (const d of EXTERNAL_LINK_DOMAINS) expect(d).toBe(d.toLowerCase());
  });
});

describe('where links leave the app', () => {
  it('the window-open handler opens allowed hosts only', () => {
    let handler: ((d: { url: string }) => unknown) | undefined;
    const contents: WebContentsLike = { on: () => undefined, setWindowOpenHandler: (h) => void (handler = h) };
    const open = vi.fn();
    hardenWebContents(contents, open);
    expect(handler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(handler!({ url: 'https://help.aliyun.com/' })).toEqual({ action: 'deny' });
    expect(open.mock.calls).toEqual([['https://help.aliyun.com/']]);
  });

  it('the browser build refuses other hosts too', async () => {
    const win = { addEventListener: () => undefined, open: vi.fn(), document: { title: '' } } as unknown as Window;
    const api = createBrowserApi(win);
    expect(await api.invoke('openExternal', { url: 'https://example.org/' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await api.invoke('openExternal', { url: 'https://learn.microsoft.com/azure/' })).toEqual({ ok: true, value: true });
    expect((win.open as ReturnType<typeof vi.fn>).mock.calls).toEqual([['https://learn.microsoft.com/azure/', '_blank', 'noopener,noreferrer']]);
  });
});
