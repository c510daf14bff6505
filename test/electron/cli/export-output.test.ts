/** Where `decamp export` writes, in what language, and what it says when it cannot write. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, samplePath } from './run-cli';

const fresh = () => mkdtempSync(join(tmpdir(), 'decamp-export-output-'));
const headings = (md: string) => md.split('\n').filter((l) => l.startsWith('## ')).slice(0, 2);

describe('decamp export: where and in what language', () => {
  it("names the file after the project in the current folder without -o", async () => {
    const dir = fresh();
    // The online shop is "Online shop: Alibaba Cloud to Tencent Cloud".
    const r = await run(['export', samplePath('online-shop'), '--format', 'md', '--runs', '20'], dir);
    expect(r).toEqual({ code: 0, stdout: `${join(dir, 'Online-shop-Alibaba-Cloud-to-Tencent-Cloud.md')}\n`, stderr: '' });
  });

  it("writes in the project's language unless --lang says otherwise", async () => {
    // The online shop's locale is zh-CN, the mid-size sample's en.
    const shop = await run(['export', samplePath('online-shop'), '--format', 'md', '--runs', '20', '-o', '-']);
    expect(headings(shop.stdout)).toEqual(['## 执行摘要', '## 时间线']);
    const english = await run(['export', samplePath('online-shop'), '--format', 'md', '--runs', '20', '-o', '-', '--lang', 'en']);
    expect(headings(english.stdout)).toEqual(['## Executive summary', '## Timeline']);
    const mid = await run(['export', samplePath('ecommerce-iot'), '--format', 'md', '--runs', '20', '-o', '-']);
    expect(headings(mid.stdout)).toEqual(['## Executive summary', '## Timeline']);
  });

  it('says which file it cannot write and why, exit 1', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a-file'), '');
    const r = await run(['export', samplePath('online-shop'), '--format', 'md', '--runs', '20', '-o', 'a-file/report.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^decamp: cannot write report\.md: E[A-Z]+: .*a-file.*\n$/);
  });
});
