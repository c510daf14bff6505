/**
 * The renderer is served from `app://decamp/`, not `file://`: a real, secure origin, so CSP 'self',
 * module workers and the sender check all mean "our files" and nothing else on the disk.
 */
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'decamp';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Privileges to pass to `protocol.registerSchemesAsPrivileged` before the app is ready. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

/** Our page: app://decamp/... in production, or the electron-vite dev server's origin in development. */
export function createAppUrlCheck(devServerUrl: string | undefined): (url: string) => boolean {
  const devOrigin = devServerUrl ? safeUrl(devServerUrl)?.origin : undefined;
  return (url) => {
    const parsed = safeUrl(url);
    if (!parsed) return false;
    if (devOrigin) return parsed.origin === devOrigin;
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  };
}

/**
 * The file under `rendererDir` an app:// request names, or null for anything else: another host,
 * a path that climbs out of the folder (`..`, encoded or not), or an absolute path smuggled in.
 */
export function resolveAppRequest(url: string, rendererDir: string): string | null {
  const parsed = safeUrl(url);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relativePath = normalize(pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, ''));
  if (isAbsolute(relativePath)) return null;
  const file = join(rendererDir, relativePath);
  const inside = relative(rendererDir, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return file;
}

export interface ProtocolLike {
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response> | Response): void;
}
export interface NetLike {
  fetch(url: string): Promise<Response>;
}

/** Serve the built renderer under app://decamp/, every response carrying our CSP. */
export function registerAppProtocol(protocol: ProtocolLike, net: NetLike, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
