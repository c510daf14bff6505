/** The e2e tests drive the same built app and browser as the renderer benchmark. */
export { buildIfStale, CHROMIUM, DIST, hasChromium, launch, RESULTS, ROOT, serve } from '../../bench/renderer/chromium';
