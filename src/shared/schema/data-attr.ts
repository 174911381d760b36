/**
 * A node or mark attribute that round-trips through a `data-*` HTML attribute and is left out of
 * the HTML when empty. Shared by the nodes and marks that carry ids.
 */
export function dataAttr(name: string, html: string) {
  return {
    default: null,
    parseHTML: (el: { getAttribute(n: string): string | null }) => el.getAttribute(html),
    renderHTML: (attrs: Record<string, unknown>) => (attrs[name] ? { [html]: String(attrs[name]) } : {}),
  };
}
