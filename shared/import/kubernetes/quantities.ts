/** Kubernetes quantities: `100m` CPU, `64Mi` / `1Gi` / `500M` memory and storage. */

const BINARY: Readonly<Record<string, number>> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Readonly<Record<string, number>> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, m: 1e-3, '': 1 };

/** Bytes, or cores for CPU; undefined when it is no quantity. */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)([KMGTPE]i|[kMGTPEm]?)\s*$/.exec(value);
  if (!m) return undefined;
  const factor = BINARY[m[2] ?? ''] ?? DECIMAL[m[2] ?? ''];
  return factor === undefined ? undefined : Number(m[1]) * factor;
}

export const toGb = (bytes: number): number => Math.round((bytes / 2 ** 30) * 100) / 100;
