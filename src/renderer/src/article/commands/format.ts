import { bodyCan, defineCommand, needsEditable } from '../../commands/define';

const PLAIN = 'does not apply here: section titles and pull quotes are plain text.';

/** Character and block formatting of the body. */
export const formatCommands = [
  defineCommand('format.bold', {
    places: { toolbar: { group: 1, order: 1 }, contextMenu: { group: 3, order: 1 } },
    when: (ctx) => bodyCan(ctx, (a) => a.editor.can().toggleBold(), `Bold ${PLAIN}`),
    checked: ({ article }) => !!article?.editor.isActive('bold'),
    run: ({ article }) => article?.editor.chain().focus().toggleBold().run(),
  }),
  defineCommand('format.italic', {
    places: { toolbar: { group: 1, order: 2 }, contextMenu: { group: 3, order: 2 } },
    when: (ctx) => bodyCan(ctx, (a) => a.editor.can().toggleItalic(), `Italic ${PLAIN}`),
    checked: ({ article }) => !!article?.editor.isActive('italic'),
    run: ({ article }) => article?.editor.chain().focus().toggleItalic().run(),
  }),
  defineCommand('format.strike', {
    when: (ctx) => bodyCan(ctx, (a) => a.editor.can().toggleStrike(), `Strikethrough ${PLAIN}`),
    checked: ({ article }) => !!article?.editor.isActive('strike'),
    run: ({ article }) => article?.editor.chain().focus().toggleStrike().run(),
  }),
  defineCommand('format.clear', {
    when: (ctx) => bodyCan(ctx, (a) => !a.editor.state.selection.empty, 'Select the words to clear first.'),
    // Quotations and claims are not formatting: they stay.
    run: ({ article }) => article?.editor.chain().focus().unsetBold().unsetItalic().unsetStrike().unsetLink().run(),
  }),
  defineCommand('format.bulletList', {
    places: { toolbar: { group: 2, order: 1 } },
    when: (ctx) => bodyCan(ctx, (a) => a.editor.can().toggleBulletList(), 'A list cannot go here (a section title or pull quote).'),
    checked: ({ article }) => !!article?.editor.isActive('bulletList'),
    run: ({ article }) => article?.editor.chain().focus().toggleBulletList().run(),
  }),
  defineCommand('format.orderedList', {
    places: { toolbar: { group: 2, order: 2 } },
    when: (ctx) => bodyCan(ctx, (a) => a.editor.can().toggleOrderedList(), 'A list cannot go here (a section title or pull quote).'),
    checked: ({ article }) => !!article?.editor.isActive('orderedList'),
    run: ({ article }) => article?.editor.chain().focus().toggleOrderedList().run(),
  }),
  defineCommand('format.blockquote', {
    places: { toolbar: { group: 2, order: 3 } },
    when: (ctx) => bodyCan(ctx, (a) => a.editor.can().toggleBlockquote(), 'A block quote cannot go here (a section title or pull quote).'),
    checked: ({ article }) => !!article?.editor.isActive('blockquote'),
    run: ({ article }) => article?.editor.chain().focus().toggleBlockquote().run(),
  }),
  defineCommand('insert.link', {
    places: { toolbar: { group: 1, order: 3 }, contextMenu: { group: 3, order: 3 } },
    when: (ctx) => {
      const ok = needsEditable(ctx);
      if (ok !== true) return ok;
      const { editor } = ctx.article!;
      if (!editor.state.selection.empty || editor.isActive('link')) return editor.can().setLink({ href: 'https://example.org' }) ? true : `A link ${PLAIN}`;
      return 'Select the words to link first.';
    },
    checked: ({ article }) => !!article?.editor.isActive('link'),
    run: ({ article }) => article?.ui.set({ linking: true }),
  }),
];
