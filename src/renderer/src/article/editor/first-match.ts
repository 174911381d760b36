import type { Node as PmNode } from '@tiptap/pm/model';
import type { DocRange } from '../../../../shared/analysis/target';
import { highlightRanges } from '../../../../shared/search/highlight';
import type { HighlightTerm } from '../../../../shared/search/query';

/**
 * Where the search's first matched word stands in the body, compared the way the index compares
 * words (accents and case aside), or null when the body has none (the match was in the headline).
 */
export function firstMatch(doc: PmNode, terms: readonly HighlightTerm[]): DocRange | null {
  if (terms.length === 0) return null;
  let found: DocRange | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (!node.isText || !node.text) return true;
    const [first] = highlightRanges(node.text, terms);
    if (first) found = { from: pos + first.start, to: pos + first.end };
    return false;
  });
  return found;
}
