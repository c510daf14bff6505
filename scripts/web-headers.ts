/**
 * The HTTP headers the static web build must be served with. A meta tag cannot forbid framing (browsers honour
 * frame-ancestors only as a header), so the build ships them: `dist-web/_headers` (the format Netlify and Cloudflare Pages
 * read; docs/security.md has the nginx lines), and `npm run web` / `vite preview` send them too. The page also refuses to run
 * inside a frame (renderer/src/main.tsx), for a server that sends nothing.
 */
import { CONTENT_SECURITY_POLICY } from '../electron/main/security';

export const WEB_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** `_headers`: every path gets every header. */
export function headersFile(): string {
  return `/*\n${Object.entries(WEB_HEADERS).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}
