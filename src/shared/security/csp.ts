/**
 * One Content-Security-Policy for every way the app's page is served (app:// in the desktop,
 * HTTP in the web host, the <meta> in index.html). No inline or foreign script, no plugins,
 * no framing. Inline styles stay allowed: React and Lexical set style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ');
