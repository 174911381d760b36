import { Parser } from 'htmlparser2';
import { bylineOf, isClutterLine } from './clutter';
import { cleanHeading, unwrapHeadline } from './headline';
import { promoteBoldHeadings, runsText, importedHref, tidyRuns, type Block, type CopyStructure, type Run } from './structure';

/** Elements dropped with everything inside them: code, embeds, forms and page furniture. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'canvas', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'input', 'video', 'audio', 'picture',
  'figure', 'map', 'dialog', 'menu', 'link', 'meta', 'base',
]);
/** Class and id words that mark furniture on news sites. */
const CLUTTER_CLASS = new Set([
  'share', 'sharing', 'social', 'advert', 'advertisement', 'ad', 'ads', 'cookie', 'cookies', 'consent', 'newsletter',
  'subscribe', 'promo', 'related', 'recommended', 'comments', 'comment', 'sidebar', 'popup', 'modal', 'paywall',
  'banner', 'breadcrumb', 'breadcrumbs', 'widget', 'toolbar', 'nav', 'navigation', 'weather', 'markets', 'ticker',
]);
const DEK_CLASS = /\b(?:dek|standfirst|sub-?head(?:line)?|summary|strap|deck|subtitle|description|lede-intro)\b/i;
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'tr', 'td', 'th', 'table', 'dd', 'dt', 'dl', 'pre', 'hr', 'br', 'address', 'center', 'body', 'html', 'caption',
]);
/** Lists and block quotes nested deeper than this are flattened into their parent, which bounds the body's depth. */
const MAX_CONTAINER_DEPTH = 3;

/** Deeper element nesting than this is flattened before parsing; no article needs more. */
const MAX_ELEMENT_DEPTH = 256;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
/** Elements HTML closes implicitly, so an unclosed run of them is a sequence, not nesting. */
const SEQUENTIAL = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * Drops the tags of elements nested deeper than MAX_ELEMENT_DEPTH, keeping their text. The parser
 * keeps its open elements in an array it shifts and unshifts, so 100,000 levels would take it
 * minutes; after this pass it never sees more than a few hundred. One forward scan, linear in length.
 */
export function limitNesting(html: string, maxDepth = MAX_ELEMENT_DEPTH): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  const stack: { name: string; kept: boolean }[] = [];
  let copied = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (lower.startsWith('<!--', i)) {
      const end = lower.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const m = /^<(\/?)([a-z][a-z0-9:-]*)/.exec(lower.slice(i, i + 64));
    const gt = html.indexOf('>', i);
    if (gt < 0) break;
    if (!m) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const [, slash, name] = m;
    const selfClosing = html[gt - 1] === '/';
    let keep = true;
    if (slash) {
      const from = Math.max(0, stack.length - 64);
      let j = stack.length - 1;
      while (j >= from && stack[j].name !== name) j--;
      if (j >= from) {
        keep = stack[j].kept;
        stack.length = j;
      }
    } else if (!VOID.has(name) && !SEQUENTIAL.has(name) && !RAW_TEXT.has(name) && !selfClosing) {
      keep = stack.length < maxDepth;
      stack.push({ name, kept: keep });
    }
    let next = gt + 1;
    if (!slash && RAW_TEXT.has(name)) {
      // Raw text (a script's source) is skipped whole, so a "<" inside it is never read as a tag.
      const close = lower.indexOf(`</${name}`, next);
      next = close < 0 ? html.length : close;
    }
    if (!keep) {
      out.push(html.slice(copied, i));
      copied = gt + 1;
    }
    i = html.indexOf('<', next);
  }
  out.push(html.slice(copied));
  return out.join('');
}

interface Open {
  name: string;
  dropped: boolean;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  link?: boolean;
  container?: boolean;
}

type Container = { kind: 'list'; block: Extract<Block, { type: 'list' }> } | { kind: 'quote'; block: Extract<Block, { type: 'blockquote' }> };

function isClutterElement(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')) return true;
  const words = `${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.role ?? ''}`.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => CLUTTER_CLASS.has(w)) || /^(?:navigation|banner|complementary|contentinfo|dialog)$/.test(attribs.role ?? '');
}

/**
 * Reads HTML without a DOM: a streaming parser calls back for each tag, and this keeps its own
 * stack, so neither deep nesting nor a huge page can exhaust the call stack. Scripts, styles, event
 * handlers, inline styles and images never make it into the result: only text, the kept inline
 * formatting and safe links are copied out.
 */
export function structureHtml(html: string): CopyStructure {
  const lead: Block[] = [];
  const sections: { title: string; blocks: Block[] }[] = [];
  const stack: Open[] = [];
  const containers: Container[] = [];
  const hrefs: (string | undefined)[] = [];
  let dropDepth = 0;
  let bold = 0;
  let italic = 0;
  let strike = 0;
  let runs: Run[] = [];
  let heading: { level: number; text: string } | null = null;
  let title = '';
  let inTitle = false;
  let headline = '';
  let dek = '';
  let byline = '';
  let pendingDek = false;
  /** Headings met before any headline or copy: the headline if no h1 follows, else chrome. */
  const pendingHeadings: string[] = [];
  let images = 0;
  let droppedElements = 0;
  let droppedLines = 0;

  const target = (): Block[] => {
    const c = containers[containers.length - 1];
    if (c?.kind === 'quote') return c.block.blocks;
    if (c?.kind === 'list') {
      if (!c.block.items.length) c.block.items.push([]);
      return c.block.items[c.block.items.length - 1];
    }
    return sections.length ? sections[sections.length - 1].blocks : lead;
  };

  const flush = (): void => {
    const tidy = tidyRuns(runs);
    runs = [];
    if (!tidy.length) return;
    const text = runsText(tidy);
    if (isClutterLine(text)) {
      droppedLines++;
      return;
    }
    if (!sections.length && !containers.length && headline) {
      const b = bylineOf(text);
      if (b !== null) {
        if (!byline) byline = b;
        return;
      }
      if (pendingDek && !dek) {
        dek = text;
        pendingDek = false;
        return;
      }
    }
    pendingDek = false;
    target().push({ type: 'paragraph', runs: tidy });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (dropDepth > 0 || DROPPED.has(name) || (name !== 'body' && name !== 'html' && isClutterElement(attribs))) {
          if (dropDepth === 0 && name !== 'link' && name !== 'meta' && name !== 'base') droppedElements++;
          dropDepth++;
          stack.push({ name, dropped: true });
          return;
        }
        if (name === 'title') inTitle = true;
        if (name === 'img') images++;
        const open: Open = { name, dropped: false };
        if (BLOCK.has(name)) flush();
        if (/^h[1-6]$/.test(name)) heading = { level: Number(name[1]), text: '' };
        if (name === 'p' && headline && !dek && DEK_CLASS.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`)) pendingDek = true;
        if (name === 'b' || name === 'strong') {
          open.bold = true;
          bold++;
        }
        if (name === 'i' || name === 'em' || name === 'cite') {
          open.italic = true;
          italic++;
        }
        if (name === 's' || name === 'strike' || name === 'del') {
          open.strike = true;
          strike++;
        }
        if (name === 'a') {
          open.link = true;
          hrefs.push(importedHref(attribs.href));
        }
        if ((name === 'ul' || name === 'ol' || name === 'blockquote') && containers.length < MAX_CONTAINER_DEPTH) {
          const block: Block = name === 'blockquote' ? { type: 'blockquote', blocks: [] } : { type: 'list', ordered: name === 'ol', items: [] };
          target().push(block);
          containers.push(block.type === 'list' ? { kind: 'list', block } : { kind: 'quote', block: block as Extract<Block, { type: 'blockquote' }> });
          open.container = true;
        }
        if (name === 'li') {
          const c = containers[containers.length - 1];
          if (c?.kind === 'list') c.block.items.push([]);
        }
        stack.push(open);
      },
      ontext(data) {
        if (dropDepth > 0) return;
        if (inTitle) title += data;
        else if (heading) heading.text += data;
        else runs.push({ text: data, bold: bold > 0 || undefined, italic: italic > 0 || undefined, strike: strike > 0 || undefined, href: hrefs.length ? hrefs[hrefs.length - 1] : undefined });
      },
      onclosetag(name) {
        const open = stack.pop();
        if (!open) return;
        if (open.dropped) {
          dropDepth--;
          return;
        }
        if (name === 'title') inTitle = false;
        if (open.bold) bold--;
        if (open.italic) italic--;
        if (open.strike) strike--;
        if (open.link) hrefs.pop();
        if (BLOCK.has(name)) flush();
        if (open.container) containers.pop();
        if (heading && /^h[1-6]$/.test(name)) {
          const h = heading;
          heading = null;
          const text = cleanHeading(h.text.replace(/\s+/g, ' ').trim());
          if (!text || isClutterLine(text)) return;
          if (h.level === 1 && !headline && !sections.length) {
            // Headings above the h1 with no copy between (a kicker, a reprint's link to itself) are chrome.
            if (!lead.length) {
              droppedElements += pendingHeadings.length;
              pendingHeadings.length = 0;
            }
            headline = unwrapHeadline(text);
          } else if (!headline && !lead.length && !sections.length && h.level <= 3) {
            pendingHeadings.push(text);
          } else if (h.level <= 3 && !containers.length) {
            if (headline && unwrapHeadline(text) === headline) return;
            sections.push({ title: text, blocks: [] });
          } else target().push({ type: 'paragraph', runs: [{ text, bold: true }] });
          return;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(limitNesting(html));
  parser.end();
  flush();

  const warnings: string[] = [];
  if (images) warnings.push(`Left out ${images} image${images === 1 ? '' : 's'}: images are never fetched from the web; add them from files.`);
  if (droppedElements + droppedLines) warnings.push(`Dropped ${droppedElements + droppedLines} piece${droppedElements + droppedLines === 1 ? '' : 's'} of page furniture (scripts, menus, buttons, prompts).`);
  if (!headline && pendingHeadings.length) {
    headline = unwrapHeadline(pendingHeadings[0]);
    // The other headings above the copy become its first sections, in order.
    sections.unshift(...pendingHeadings.slice(1).filter((t) => unwrapHeadline(t) !== headline).map((t) => ({ title: t, blocks: [] as Block[] })));
  }
  return promoteBoldHeadings({ headline: headline || unwrapHeadline(title.replace(/\s+/g, ' ').trim().replace(/\s+[|–—-]\s+[^|–—-]{1,60}$/, '')), dek, byline, lead, sections, warnings });
}
