/**
 * One Chinese word for a wave everywhere, in the app and in every document: 波次 (“第 2 波” for a
 * wave's number), as Chinese cloud migration guides (Microsoft's Azure Migrate, AWS's migration
 * guidance in Chinese) call a migration wave. 批次 (a batch) said it in the documents before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(process.cwd(), 'renderer', 'src', 'i18n', 'locales');

function strings(lng: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (prefix: string, v: unknown) => {
    if (typeof v === 'string') out.set(prefix, v);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
  };
  for (const file of readdirSync(join(DIR, lng))) if (file.endsWith('.json')) walk(file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, lng, file), 'utf8')));
  return out;
}

describe('the Chinese word for a wave', () => {
  const zh = strings('zh-CN');
  const en = strings('en');

  it('is never 批 (a batch): not 批次, not 第 N 批, not N 批', () => {
    const batch = [...zh].filter(([, text]) => /批次|第\s*\S+\s*批(?![量准])|\d\s*批(?![量准])|\}\}\s*批(?![量准])/.test(text));
    expect(batch.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it('is 波 wherever the English says wave', () => {
    // Words only: a {{wave}} placeholder is filled with the wave's name, which says 波 itself.
    const words = (text: string) => text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, '');
    const missing = [...en].filter(([key, text]) => /\bwaves?\b/i.test(words(text)) && zh.has(key) && !zh.get(key)!.includes('波'));
    expect(missing.map(([key, text]) => `${key}: ${text} → ${zh.get(key)}`)).toEqual([]);
  });
});
