/**
 * Content-Security-Policy of every page: only the app's own scripts and styles, no remote
 * content, no inline script, no eval. Images may be data: URLs (charts). `connect-src 'self'`
 * lets the loopback host's page call its own API; the Electron app makes no requests at all.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
