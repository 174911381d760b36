import type { ReactNode } from 'react';
import type { TextRange } from '../../../shared/search/highlight';

/** Text with stretches highlighted, built as React text and <mark> elements: nothing in `text` is ever read as HTML. */
export function MarkedText({ text, highlights }: { text: string; highlights: readonly TextRange[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const h of [...highlights].sort((a, b) => a.start - b.start)) {
    const start = Math.max(h.start, at);
    const end = Math.min(h.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
