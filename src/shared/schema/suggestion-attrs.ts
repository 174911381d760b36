/**
 * Attributes of the suggestion marks, shaped as prosemirror-suggest-changes declares them (an `id`
 * that is required and a number or string; no default), round-tripping through `data-*` attributes.
 */

type El = { getAttribute(n: string): string | null };

/** The suggestion's id: required, as the library's own mark specs have it. */
export function suggestionIdAttr() {
  return {
    isRequired: true,
    validate: 'number|string',
    parseHTML: (el: El) => {
      const v = el.getAttribute('data-suggestion-id');
      return v !== null && /^\d+$/.test(v) ? Number(v) : v;
    },
    renderHTML: (attrs: Record<string, unknown>) => ({ 'data-suggestion-id': String(attrs.id) }),
  };
}

/** A JSON value (a mark or attribute before or after a modification) kept in a data attribute. */
export function jsonAttr(name: string, html: string) {
  return {
    default: null,
    parseHTML: (el: El) => {
      const v = el.getAttribute(html);
      if (v === null) return null;
      try {
        return JSON.parse(v) as unknown;
      } catch {
        return null;
      }
    },
    renderHTML: (attrs: Record<string, unknown>) => (attrs[name] === null || attrs[name] === undefined ? {} : { [html]: JSON.stringify(attrs[name]) }),
  };
}
