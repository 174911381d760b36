import { Node, mergeAttributes } from '@tiptap/core';
import { DEFAULT_IMAGE_WIDTH, imageWidthPercent } from '../images/image-width';

/**
 * A picture with the alt text, caption and credit a publisher needs. `src` is a data: URL or a
 * library-relative path (`assets/<article>/<hash>.png`); `width` is the share of the column it
 * takes, in percent (25–100), left out of the HTML at the full column.
 */
export const Image = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    const attr = (name: string, html: string) => ({
      default: '',
      parseHTML: (el: { getAttribute(name: string): string | null }) => el.getAttribute(html) ?? '',
      renderHTML: (attrs: Record<string, unknown>) => (attrs[name] ? { [html]: String(attrs[name]) } : {}),
    });
    return {
      src: attr('src', 'data-src'),
      alt: attr('alt', 'data-alt'),
      caption: attr('caption', 'data-caption'),
      credit: attr('credit', 'data-credit'),
      width: {
        default: DEFAULT_IMAGE_WIDTH,
        parseHTML: (el: { getAttribute(name: string): string | null }) => imageWidthPercent(el.getAttribute('data-width')),
        renderHTML: (attrs: Record<string, unknown>) => {
          const width = imageWidthPercent(attrs.width);
          return width === DEFAULT_IMAGE_WIDTH ? {} : { 'data-width': String(width) };
        },
      },
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-type="image"]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      'figure',
      mergeAttributes({ 'data-type': 'image' }, HTMLAttributes),
      ['img', { src: String(node.attrs.src ?? ''), alt: String(node.attrs.alt ?? '') }],
      ['figcaption', {}, String(node.attrs.caption ?? ''), ' ', ['small', {}, String(node.attrs.credit ?? '')]],
    ];
  },
});
