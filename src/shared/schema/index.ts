import { getSchema, type AnyExtension } from '@tiptap/core';
import { Bold } from '@tiptap/extension-bold';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Italic } from '@tiptap/extension-italic';
import { Link } from '@tiptap/extension-link';
import { ListKeymap } from '@tiptap/extension-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Strike } from '@tiptap/extension-strike';
import { Text } from '@tiptap/extension-text';
import { Dropcursor, Gapcursor, UndoRedo } from '@tiptap/extensions';
import { Doc } from './doc';
import { Section } from './section';
import { SectionTitle } from './section-title';
import { PullQuote } from './pull-quote';
import { Image } from './image';
import { Quotation } from './quotation';
import { Claim } from './claim';
import { Comment } from './comment';
import { Insertion } from './insertion';
import { Deletion } from './deletion';
import { Modification } from './modification';
import { SuggestibleBlockquote, SuggestibleBulletList, SuggestibleListItem, SuggestibleOrderedList } from './suggestion-containers';

/**
 * The article schema, shared by the editor, the exporters, the importers and the CLI. Listed one
 * by one (in StarterKit's order, so the schema and the files it writes are unchanged) rather than
 * through StarterKit, so the editor can take over each extension's keyboard shortcuts: every key
 * is bound by the command registry. Editor-only behaviour (commands, views) is added in the renderer.
 */
export function articleExtensions(): AnyExtension[] {
  return [
    Bold,
    SuggestibleBlockquote,
    SuggestibleBulletList,
    Dropcursor,
    Gapcursor,
    HardBreak,
    UndoRedo,
    Italic,
    SuggestibleListItem,
    ListKeymap,
    Link.configure({
      openOnClick: false,
      autolink: false,
      linkOnPaste: true,
      protocols: ['http', 'https', 'mailto'],
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    }),
    SuggestibleOrderedList,
    Paragraph,
    Strike,
    Text,
    // No trailing-node extension: its trailing paragraph cannot follow a section (doc is `block* section*`).
    Doc,
    Section,
    SectionTitle,
    PullQuote,
    Image,
    Quotation,
    Claim,
    Comment,
    Insertion,
    Deletion,
    Modification,
  ];
}

export function articleSchema() {
  return getSchema(articleExtensions());
}

export { Doc, Section, SectionTitle, PullQuote, Image, Quotation, Claim, Comment, Insertion, Deletion, Modification };
