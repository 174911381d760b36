import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { articleSchema } from '../../../src/shared/schema';
import { suggestTransaction } from '../../../src/shared/review/suggest';
import { recordSuggestions, suggestionsSettledAfter } from '../../../src/shared/review/record';
import { reviewAnchors } from '../../../src/shared/review/anchors';
import { emptyReview, type Review } from '../../../src/shared/article/review-model';
import { doc, p, section, title } from '../helpers/doc-builder';
import { rng, textPositions } from '../helpers/random-edits';

const schema = articleSchema();
const AT = '2026-03-01T10:00:00.000Z';
const TOM = { name: 'Tom Lee', now: () => new Date(AT) };

const start = () =>
  EditorState.create({
    doc: schema.nodeFromJSON(doc(p('The council voted on Tuesday to raise fares.'), section({ id: 's1' }, title('How the vote went'), p('Seven for, six against.'), p('The chair spoke last.')))),
  });

describe('skipping the whole-body record while typing on in a suggestion', () => {
  it('never skips an edit after which the record would change: 300 random suggested edits', () => {
    const next = rng(11);
    let state = start();
    let review: Review = emptyReview();
    let skipped = 0;
    let cursor = textPositions(state.doc)[3];
    for (let i = 0; i < 300; i++) {
      const positions = textPositions(state.doc);
      const roll = next();
      const tr = state.tr;
      // Mostly typing on where the last edit left the cursor, as a person does; sometimes elsewhere, deleting or replacing.
      if (roll < 0.6) tr.insertText('x', Math.min(cursor, state.doc.content.size - 1));
      else if (roll < 0.75) tr.insertText('y', positions[Math.floor(next() * positions.length)]);
      else {
        const a = positions[Math.floor(next() * positions.length)];
        const b = Math.min(a + 1 + Math.floor(next() * 6), state.doc.content.size - 1);
        if (roll < 0.9) tr.delete(a, b);
        else tr.insertText('new', a, b);
      }
      let suggested;
      try {
        suggested = suggestTransaction(tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(tr.mapping.map(cursor), tr.doc.content.size)))), state, TOM);
      } catch {
        continue;
      }
      state = state.apply(suggested);
      cursor = state.selection.from;
      const settled = suggestionsSettledAfter(suggested, review);
      const recorded = recordSuggestions(review, reviewAnchors(state.doc.toJSON()), 'Tom Lee', AT);
      if (settled) {
        skipped++;
        expect(recorded, `edit ${i} was skipped but changes the record`).toBe(review);
      }
      review = recorded;
    }
    // The point of it: most keystrokes that continue a suggestion are skipped.
    expect(skipped).toBeGreaterThan(60);
  });

  it('does not skip the first keystroke of a suggestion, which needs its author and time', () => {
    const state = start();
    const suggested = suggestTransaction(state.tr.insertText('Late news: ', 1), state, TOM);
    expect(suggestionsSettledAfter(suggested, emptyReview())).toBe(false);
  });
});
