import type { AnyExtension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { articleExtensions } from '../../../../shared/schema';
import { Section } from './extensions/section';
import { SectionTitle } from './extensions/section-title';
import { PullQuote } from './extensions/pull-quote';
import { CleanPaste } from './extensions/clean-paste';

/** The editor's extensions: the shared schema with the editor-only versions of some nodes swapped in. */
export function editorExtensions(): AnyExtension[] {
  const overrides = new Map<string, AnyExtension>([
    ['section', Section],
    ['sectionTitle', SectionTitle],
    ['pullQuote', PullQuote],
  ]);
  return [
    ...articleExtensions().map((e) => overrides.get(e.name) ?? e),
    CleanPaste,
    Placeholder.configure({
      placeholder: ({ node }) =>
        node.type.name === 'sectionTitle' ? 'Section title' : node.type.name === 'pullQuote' ? 'Words repeated exactly from the body' : 'Write the story…',
      includeChildren: true,
    }),
  ];
}
