import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Node as PmNode, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { DocNode } from '../../../../../shared/article/model';
import { escapeHtml } from '../../../../../shared/export/escape';
import { structureHtml } from '../../../../../shared/import/html';
import { paragraph, structureToBody, type CopyStructure } from '../../../../../shared/import/structure';

const MARK_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', strike: 's' };

/** HTML for the sanitised body: only the elements the article schema reads, and text escaped. */
function nodeHtml(node: DocNode): string {
  if (node.type === 'text') {
    let html = escapeHtml(node.text ?? '');
    for (const m of node.marks ?? []) {
      if (m.type === 'link' && typeof m.attrs?.href === 'string') html = `<a href="${escapeHtml(m.attrs.href)}">${html}</a>`;
      else if (MARK_TAGS[m.type]) html = `<${MARK_TAGS[m.type]}>${html}</${MARK_TAGS[m.type]}>`;
    }
    return html;
  }
  const inner = (node.content ?? []).map(nodeHtml).join('');
  switch (node.type) {
    case 'paragraph':
      return `<p>${inner}</p>`;
    case 'blockquote':
      return `<blockquote>${inner}</blockquote>`;
    case 'bulletList':
      return `<ul>${inner}</ul>`;
    case 'orderedList':
      return `<ol>${inner}</ol>`;
    case 'listItem':
      return `<li>${inner}</li>`;
    // Pasted headings arrive as bold paragraphs: sections are made with the Section commands.
    case 'sectionTitle':
      return inner ? `<p><strong>${inner}</strong></p>` : '';
    default:
      return inner;
  }
}

/**
 * Rich clipboard HTML (a web page, a word processor, an online doc) as clean HTML for the article
 * schema. It goes through the importer's sanitiser, which reads HTML without a DOM: scripts, styles,
 * event handlers, inline styles, images and page furniture never reach the editor, so nothing in the
 * pasted copy is run or fetched. A headline, dek or byline the sanitiser picked out is kept as text.
 */
export function cleanPastedHtml(html: string): string {
  const s = structureHtml(html);
  const lead = [s.headline && { type: 'paragraph' as const, runs: [{ text: s.headline, bold: true }] }, s.dek && paragraph(s.dek), s.byline && paragraph(s.byline)];
  const structure: CopyStructure = { ...s, headline: '', dek: '', byline: '', lead: [...lead.filter((b) => !!b), ...s.lead] };
  return nodeHtml(structureToBody(structure));
}

/** Plain text as paragraphs: a blank line starts a new paragraph; a single line break (wrapped email text) is a space. */
export function plainTextParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
}

function textSlice(schema: Schema, text: string): Slice {
  const paragraphs = plainTextParagraphs(text).map((p) => schema.nodes.paragraph.create(null, schema.text(p)));
  // Open at both ends, so the first and last paragraphs join the ones the cursor is in.
  return paragraphs.length ? new Slice(Fragment.from(paragraphs), 1, 1) : Slice.empty;
}

const isRemote = (src: unknown) => typeof src === 'string' && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src.trim()) && !/^data:/i.test(src.trim());

/** The slice without pictures that point anywhere but into the article itself. */
function withoutRemoteImages(fragment: Fragment): Fragment {
  const kept: PmNode[] = [];
  fragment.forEach((node) => {
    if (node.type.name === 'image' && isRemote(node.attrs.src)) return;
    kept.push(node.isLeaf ? node : node.copy(withoutRemoteImages(node.content)));
  });
  return Fragment.from(kept);
}

/** Cleans what is pasted into the editor: rich HTML to the article schema, plain text to paragraphs. */
export const CleanPaste = Extension.create({
  name: 'cleanPaste',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('cleanPaste'),
        props: {
          // Copied inside a ProseMirror editor (this one included): the schema's own parse keeps sections and quotation marks.
          transformPastedHTML: (html) => (/data-pm-slice/.test(html) ? html : cleanPastedHtml(html)),
          transformPasted: (slice) => {
            const content = withoutRemoteImages(slice.content);
            return content.eq(slice.content) ? slice : new Slice(content, slice.openStart, slice.openEnd);
          },
          clipboardTextParser: (text, _context, _plain, view) => textSlice(view.state.schema, text),
        },
      }),
    ];
  },
});
