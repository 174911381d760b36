/**
 * What a picture file really is, read from its bytes: the type from its signature, its size in pixels
 * from its header, and whether the file is whole. The assets service, the exporter and the DOCX writer
 * all decide with these functions, so a picture refused in one place is never accepted in another.
 * Pure functions on bytes: no file system, no DOM, no decoding of the picture itself.
 */

export type ImageType = 'png' | 'jpeg' | 'gif' | 'webp';

export const IMAGE_TYPES: Record<ImageType, { mime: string; extension: string; names: readonly string[]; label: string }> = {
  png: { mime: 'image/png', extension: 'png', names: ['png'], label: 'PNG' },
  jpeg: { mime: 'image/jpeg', extension: 'jpg', names: ['jpg', 'jpeg', 'jpe', 'jfif'], label: 'JPEG' },
  gif: { mime: 'image/gif', extension: 'gif', names: ['gif'], label: 'GIF' },
  webp: { mime: 'image/webp', extension: 'webp', names: ['webp'], label: 'WebP' },
};

/** The largest picture file Copydesk takes, everywhere: inserting, serving to the editor, exporting. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
/** Beyond these a picture costs the editor and the PDF printer gigabytes to draw (a "decompression bomb"). */
export const MAX_IMAGE_SIDE = 20_000;
export const MAX_IMAGE_PIXELS = 100_000_000;

export interface ImageSize {
  width: number;
  height: number;
}

export type ImageProblem = 'empty' | 'too-large' | 'svg' | 'not-an-image' | 'wrong-extension' | 'truncated' | 'damaged' | 'too-many-pixels';

export type ImageCheck =
  | { ok: true; type: ImageType; mime: string; extension: string; width: number; height: number }
  /** `problem` is a clause ("it is cut short") for other sentences; `message` the whole sentence for the user. */
  | { ok: false; code: ImageProblem; problem: string; message: string };

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u24le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3];
const u32le = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + ((b[i + 3] << 24) >>> 0);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** The type its first bytes announce, or null for anything but PNG, JPEG, GIF and WebP. */
export function sniffImageType(b: Uint8Array): ImageType | null {
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 4) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'gif';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  return null;
}

/** Whether the bytes look like an SVG drawing (XML whose root is <svg>), which can carry scripts. */
export function looksLikeSvg(b: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<') && /<svg[\s>]/i.test(head);
}

/** Where a JPEG's frame header (with its size) starts, walking the segments before the scan; -1 if there is none. */
function jpegFrame(b: Uint8Array): number {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return -1;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // Start-of-frame markers carry the size; C4, C8 and CC share the range but are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return i;
    if (marker === 0xda || marker === 0xd9) return -1;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    i += 2 + u16be(b, i + 2);
  }
  return -1;
}

/** Pixel size from the header, without decoding the picture; null when the header cannot be read. */
export function imageDimensions(b: Uint8Array, type: ImageType): ImageSize | null {
  switch (type) {
    case 'png':
      return b.length >= 24 && ascii(b, 12, 16) === 'IHDR' ? { width: u32be(b, 16), height: u32be(b, 20) } : null;
    case 'gif':
      return b.length >= 10 ? { width: u16le(b, 6), height: u16le(b, 8) } : null;
    case 'jpeg': {
      const at = jpegFrame(b);
      return at >= 0 && at + 9 <= b.length ? { width: u16be(b, at + 7), height: u16be(b, at + 5) } : null;
    }
    case 'webp': {
      if (b.length < 25) return null;
      const chunk = ascii(b, 12, 16);
      if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
      if (chunk === 'VP8 ' && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
        return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
      }
      if (chunk === 'VP8L' && b[20] === 0x2f) {
        const bits = u32le(b, 21);
        return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
      }
      return null;
    }
  }
}

/** PNG: every chunk fits in the file, pixel data is there and the end chunk is reached. */
function pngComplete(b: Uint8Array): boolean {
  let i = 8;
  let pixels = false;
  while (i + 12 <= b.length) {
    const length = u32be(b, i);
    const type = ascii(b, i + 4, i + 8);
    if (length > 0x7fffffff || i + 12 + length > b.length) return false;
    if (type === 'IDAT') pixels = true;
    if (type === 'IEND') return pixels;
    i += 12 + length;
  }
  return false;
}

/** JPEG: a frame, a scan, and the end-of-image marker after it (bytes after the end are tolerated). */
function jpegComplete(b: Uint8Array): boolean {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return false;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = u16be(b, i + 2);
    if (i + 2 + length > b.length) return false;
    if (marker === 0xda) {
      for (let j = b.length - 2; j >= i + 2 + length; j--) if (b[j] === 0xff && b[j + 1] === 0xd9) return true;
      return false;
    }
    i += 2 + length;
  }
  return false;
}

/** GIF: walks the blocks (extensions, image descriptors and their data) to the trailer. */
function gifComplete(b: Uint8Array): boolean {
  const subBlocks = (from: number): number => {
    let i = from;
    while (i < b.length && b[i] !== 0) i += 1 + b[i];
    return i < b.length ? i + 1 : -1;
  };
  if (b.length < 13) return false;
  let i = 13 + (b[10] & 0x80 ? 3 * (2 << (b[10] & 7)) : 0);
  let frames = 0;
  while (i > 0 && i < b.length) {
    const block = b[i];
    if (block === 0x3b) return frames > 0;
    if (block === 0x21) i = i + 2 < b.length ? subBlocks(i + 2) : -1;
    else if (block === 0x2c) {
      if (i + 10 > b.length) return false;
      const local = b[i + 9] & 0x80 ? 3 * (2 << (b[i + 9] & 7)) : 0;
      i = i + 11 + local <= b.length ? subBlocks(i + 11 + local) : -1;
      frames++;
    } else return false;
  }
  return false;
}

/** WebP: the RIFF container's declared length and its first chunk fit in the file. */
function webpComplete(b: Uint8Array): boolean {
  return b.length >= 20 && u32le(b, 4) + 8 <= b.length && 20 + u32le(b, 16) <= b.length;
}

const COMPLETE: Record<ImageType, (b: Uint8Array) => boolean> = { png: pngComplete, jpeg: jpegComplete, gif: gifComplete, webp: webpComplete };

/** The extension a file name ends with ("png"), lower case; null for a name without one (a pasted picture, "IMG_2034"). */
function extensionOf(fileName: string): string | null {
  const m = /\.([a-z0-9]{1,8})$/i.exec(fileName.trim());
  return m && /[a-z]/i.test(m[1]) ? m[1].toLowerCase() : null;
}

const MB = 1024 * 1024;

type Refusal = Extract<ImageCheck, { ok: false }>;

function refusal(fileName: string, code: ImageProblem, problem: string, advice = ''): Refusal {
  const name = fileName.trim() ? `“${fileName.trim()}”` : 'This file';
  return { ok: false, code, problem, message: `${name} ${problem.replace(/^it /, '')}${advice ? `: ${advice}` : ''}.` };
}

/**
 * The refusal for a file of `size` bytes, or null when its size is acceptable: the page asks before
 * it reads or sends a file, and `checkImage` asks again of the bytes that arrived.
 */
export function imageSizeRefusal(fileName: string, size: number): Refusal | null {
  if (size === 0) return refusal(fileName, 'empty', 'it is empty (0 bytes)', 'there is no picture in it');
  if (size > MAX_IMAGE_BYTES) {
    return refusal(fileName, 'too-large', `it is ${Math.ceil(size / MB)} MB, more than the ${MAX_IMAGE_BYTES / MB} MB a picture may be`, 'save a smaller copy and insert that');
  }
  return null;
}

/**
 * The verdict on a picture before it goes into an article or an export: a PNG, JPEG, GIF or WebP
 * (never SVG, which can carry scripts), whole, of a size the editor and the printer can draw, and
 * named for what it is when it has a name.
 */
export function checkImage(bytes: Uint8Array, fileName = ''): ImageCheck {
  const refuse = (code: ImageProblem, problem: string, advice = '') => refusal(fileName, code, problem, advice);
  const size = imageSizeRefusal(fileName, bytes.length);
  if (size) return size;
  const type = sniffImageType(bytes);
  if (!type) {
    if (looksLikeSvg(bytes)) {
      return refuse('svg', 'it is an SVG drawing, which can carry scripts, so Copydesk does not take it', 'save it as PNG or JPEG and insert that');
    }
    return refuse('not-an-image', 'it is not a PNG, JPEG, GIF or WebP picture');
  }
  const info = IMAGE_TYPES[type];
  const ext = extensionOf(fileName);
  if (ext && !info.names.includes(ext)) {
    return refuse('wrong-extension', `it is named as a .${ext} file but holds a ${info.label} picture`, `rename it to .${info.extension} if that is what it is, then insert it`);
  }
  const dims = imageDimensions(bytes, type);
  if (!dims || dims.width === 0 || dims.height === 0) return refuse('damaged', `it is a damaged ${info.label} file (its size in pixels cannot be read)`);
  if (dims.width > MAX_IMAGE_SIDE || dims.height > MAX_IMAGE_SIDE || dims.width * dims.height > MAX_IMAGE_PIXELS) {
    return refuse(
      'too-many-pixels',
      `it is ${dims.width.toLocaleString('en')} × ${dims.height.toLocaleString('en')} pixels, more than a page can hold (at most ${MAX_IMAGE_SIDE.toLocaleString('en')} a side and ${MAX_IMAGE_PIXELS / 1e6} million in all)`,
      'save a smaller copy and insert that',
    );
  }
  if (!COMPLETE[type](bytes)) {
    return refuse('truncated', `it is cut short (the ${info.label} file ends before the picture does)`, 'it may not have finished copying or downloading; get it again');
  }
  return { ok: true, type, mime: info.mime, extension: info.extension, ...dims };
}
