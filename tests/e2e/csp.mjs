// The Content-Security-Policy Tremplin is meant to be served with (README, "Deploying").
// index.html and integration.html also carry it in a <meta> tag, without frame-ancestors,
// which only a header can set.
export const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The header for a path: the embed page leaves frame-ancestors to the host's choice. */
export function headers(pathname, search = '') {
  const embedded = /(^|&|\?)embed=1(&|$)/.test(search);
  return { 'Content-Security-Policy': embedded ? POLICY : `${POLICY}; frame-ancestors 'none'` };
}

/**
 * The headers README "Deploying" prescribes: `frame-ancestors 'none'` everywhere but on the
 * embedded page, which gets `frame-ancestors 'self'` and the partner origins.
 */
export function cspHeaders(partners = []) {
  return (pathname, search = '') => {
    const embedded = /(^|&|\?)embed=1(&|$)/.test(search);
    return { 'Content-Security-Policy': `${POLICY}; frame-ancestors ${embedded ? ["'self'", ...partners].join(' ') : "'none'"}` };
  };
}
