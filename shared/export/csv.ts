/** CSV text through papaparse: every field quoted where needed, CRLF line ends as RFC 4180 has them. */
import Papa from 'papaparse';

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[], options: { bom?: boolean } = {}): string {
  const body = Papa.unparse([[...header], ...rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : c)))], { newline: '\r\n', quotes: false, escapeFormulae: false });
  return `${options.bom ? '\ufeff' : ''}${body}\r\n`;
}
