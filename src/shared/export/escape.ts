/**
 * Escaping and URL policy for everything the exporters write. Article files can come from anyone
 * (a shared drive, an email), so every string is treated as hostile until escaped here.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value for HTML: the five significant characters become references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Characters that have no business in published text: C0/C1 controls other than tab and newline,
 * and lone surrogates. The Nu checker rejects them and Word refuses to open a DOCX holding them.
 */
export function stripControls(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A link target a reader may follow: only web and mail links survive; anything else is dropped. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const h = stripControls(href).trim();
  if (h === '' || /\s/.test(h)) return null;
  return /^(https?:\/\/[^/\\]|mailto:[^/\\])/i.test(h) ? h : null;
}

const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,([A-Za-z0-9+/]+={0,2})$/;

/**
 * An image source the export may embed: a base64 data URL of a raster type browsers and Word both
 * read, or a plain relative path inside the article's folder (no scheme, no "..", no absolute path),
 * which the main-process exporter inlines before rendering.
 */
export function safeImageSrc(src: unknown): string | null {
  if (typeof src !== 'string') return null;
  const s = src.replace(/\s+/g, '');
  if (DATA_IMAGE.test(s)) return s;
  return isSafeRelativePath(src) ? src : null;
}

export function isSafeRelativePath(p: string): boolean {
  if (p === '' || p.length > 500 || /[\u0000-\u001F\\?#%:]/.test(p) || p.startsWith('/')) return false;
  return p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/** The media type and bytes of a data: image URL accepted by `safeImageSrc`, or null. */
export function decodeDataImage(src: string): { mediaType: 'png' | 'jpeg' | 'gif' | 'webp'; bytes: Uint8Array } | null {
  const m = DATA_IMAGE.exec(src);
  if (!m) return null;
  return { mediaType: m[1] as 'png' | 'jpeg' | 'gif' | 'webp', bytes: base64Decode(m[2]) };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Node's Buffer or the DOM's atob, so this layer stays runnable anywhere. */
export function base64Decode(b64: string): Uint8Array {
  const clean = b64.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const ch of clean) {
    const v = B64.indexOf(ch);
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

/**
 * JSON that is safe inside <script type="application/ld+json">: "<", ">" and "&" as \u escapes so
 * neither "</script" nor "<!--" can appear, and the line separators JavaScript parsers trip on.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
