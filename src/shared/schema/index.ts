import { getSchema, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
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
import { SUGGESTIBLE_CONTAINERS } from './suggestion-containers';

/**
 * The article schema, shared by the editor, the exporters, the importers and the CLI.
 * Editor-only behaviour (commands, views, shortcuts) is added on top in the renderer.
 */
export function articleExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      heading: false,
      codeBlock: false,
      code: false,
      horizontalRule: false,
      underline: false,
      // Replaced by copies whose children may carry suggestion marks (suggestion-containers.ts).
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      // Its trailing paragraph cannot follow a section (doc is `block* section*`), so it would add an empty, invalid section.
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: false,
        linkOnPaste: true,
        protocols: ['http', 'https', 'mailto'],
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
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
    ...SUGGESTIBLE_CONTAINERS,
  ];
}

export function articleSchema() {
  return getSchema(articleExtensions());
}

export { Doc, Section, SectionTitle, PullQuote, Image, Quotation, Claim, Comment, Insertion, Deletion, Modification };
