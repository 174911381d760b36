import { expect } from 'vitest';
import type { ImportDraft } from '../../../src/shared/import/draft';
import { articleSchema } from '../../../src/shared/schema';

/** Who the draft says spoke the quotation containing `fragment` (name, else description), or null. */
export function speakerOf(draft: ImportDraft, fragment: string): string | null {
  const q = draft.quotations.find((x) => x.text.includes(fragment));
  if (!q) throw new Error(`no quotation containing "${fragment}" in ${JSON.stringify(draft.quotations.map((x) => x.text))}`);
  const s = draft.sources.find((x) => x.id === q.sourceId);
  return s ? s.name || s.anonymousDescription : null;
}

export function expectValidBody(draft: ImportDraft): void {
  expect(() => articleSchema().nodeFromJSON(draft.body).check()).not.toThrow();
}
