/** Numbers as inventories write them: `1,024`, `500 GB`, `1.5T`, `¥1,200.50`, `8核`, `16G`. */

const UNIT_GB: Readonly<Record<string, number>> = { '': 1, b: 1 / 1024 ** 3, kb: 1 / 1024 ** 2, k: 1 / 1024 ** 2, mb: 1 / 1024, m: 1 / 1024, gb: 1, g: 1, gib: 1, tb: 1024, t: 1024, tib: 1024, pb: 1024 ** 2, p: 1024 ** 2 };

/** A plain number (thousands separators, currency signs and units such as `元/月` allowed); undefined for an empty cell, NaN for text that is no number. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/[,_\s]/g, '').replace(/^[¥$€£]|^(cny|usd|rmb|eur)|(元|块|cny|usd|rmb|eur|\/月|\/month|核|vcpu|cores?|个|台)+$/gi, '');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
}

/** A size in GB from `500`, `500 GB`, `1.5 TB`, `200G`, `512MB`; undefined for empty, NaN for text that is no size. */
export function parseGigabytes(text: string, defaultUnit: 'gb' | 'mb' = 'gb'): number | undefined {
  const t = text.trim().toLowerCase().replace(/[,_\s]/g, '');
  if (t === '') return undefined;
  const m = /^(\d+(?:\.\d+)?)([a-z]*)$/.exec(t);
  if (!m) return NaN;
  const unit = m[2] === '' ? defaultUnit : (m[2] ?? '');
  const factor = UNIT_GB[unit];
  return factor === undefined ? NaN : Number(m[1]) * factor;
}
