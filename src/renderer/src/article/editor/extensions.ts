import type { AnyExtension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { articleExtensions } from '../../../../shared/schema';
import { Section } from './extensions/section';
import { SectionTitle } from './extensions/section-title';
import { PullQuote } from './extensions/pull-quote';
import { Image } from './extensions/image';
import { Quotation } from './extensions/quotation';
import { Claim } from './extensions/claim';
import { Comment } from './extensions/comment';
import { CleanPaste } from './extensions/clean-paste';
import { SuggestionMode } from './extensions/suggestion-mode';
import { FindHighlight } from './extensions/find-highlight';
import { Spelling } from './extensions/spelling';
import { FocusParagraph } from './extensions/focus-paragraph';
import { TypewriterScrolling } from './extensions/typewriter-scrolling';

/**
 * Extensions whose keyboard shortcuts are user commands (bold, lists, undo…): the command registry
 * binds those keys, so the extensions' own bindings are removed and nothing binds a key twice.
 * Editing keys (Enter, Backspace, Tab in lists, Shift+Enter) stay with the extensions that own them.
 */
const COMMAND_KEYS = new Set(['bold', 'italic', 'strike', 'bulletList', 'orderedList', 'blockquote', 'paragraph', 'undoRedo']);

/** Undo steps the editor keeps: far more than a session makes, so its history never drops a step the document's undo counts on. */
const UNDO_DEPTH = 100_000;

/** The editor's extensions: the shared schema with the editor-only versions of some nodes and marks swapped in. */
export function editorExtensions(): AnyExtension[] {
  const overrides = new Map<string, AnyExtension>([
    ['section', Section],
    ['sectionTitle', SectionTitle],
    ['pullQuote', PullQuote],
    ['image', Image],
    ['quotation', Quotation],
    ['claim', Claim],
    ['comment', Comment],
  ]);
  const adapt = (e: AnyExtension): AnyExtension => {
    const own = overrides.get(e.name);
    if (own) return own;
    if (!COMMAND_KEYS.has(e.name)) return e;
    const keyless = e.extend({ addKeyboardShortcuts: () => ({}) });
    return e.name === 'undoRedo' ? keyless.configure({ depth: UNDO_DEPTH }) : keyless;
  };
  return [
    ...articleExtensions().map(adapt),
    CleanPaste,
    SuggestionMode,
    FindHighlight,
    Spelling,
    FocusParagraph,
    TypewriterScrolling,
    Placeholder.configure({
      placeholder: ({ node }) =>
        node.type.name === 'sectionTitle' ? 'Section title' : node.type.name === 'pullQuote' ? 'Words repeated exactly from the body' : 'Write the story…',
      includeChildren: true,
    }),
  ];
}
