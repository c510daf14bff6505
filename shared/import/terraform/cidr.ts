/** IPv4 ranges of allow-list entries (`10.99.0.0/19`, `10.0.0.1`): which addresses and subnets each one covers. */

export interface Cidr {
  readonly base: number;
  readonly prefix: number;
}

function ipv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

/** `10.99.0.0/19` or a bare address (a /32); undefined for anything else (IPv6, `%`, names). */
export function parseCidr(text: string): Cidr | undefined {
  const [addr, bits] = text.split('/');
  const base = addr !== undefined ? ipv4(addr) : undefined;
  if (base === undefined) return undefined;
  const prefix = bits === undefined ? 32 : Number(bits);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) return undefined;
  return { base: mask(base, prefix), prefix };
}

function mask(n: number, prefix: number): number {
  if (prefix === 0) return 0;
  const size = 2 ** (32 - prefix);
  return Math.floor(n / size) * size;
}
