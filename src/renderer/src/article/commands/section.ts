import { bodyCan, defineCommand } from '../../commands/define';
import { sectionPlace } from '../editor/transforms/sections';

/** An outline line passes the section it stands for; from menus and keys it is the one holding the cursor. */
type SectionArg = { sectionId: string } | undefined;

/**
 * Whether an outline line's section can move: read from the cached section list rather than by
 * building the move (`can()`), because every outline line asks after every change.
 */
const movableDown = (place: { index: number; count: number } | null): boolean => !!place && place.index < place.count - 1;

const NOT_IN_SECTION = 'Put the cursor in a section first.';

export const sectionCommands = [
  defineCommand('insert.section', {
    places: { toolbar: { group: 2, order: 4 }, sectionMenu: { group: 1, order: 1 } },
    when: (ctx) => bodyCan(ctx, (a) => a.editor.can().insertSection(), 'A section cannot be added here.'),
    run: ({ article }) => article?.editor.chain().focus().insertSection().run(),
  }),
  defineCommand('section.split', {
    places: { sectionMenu: { group: 1, order: 2 } },
    when: (ctx) =>
      bodyCan(ctx, (a) => a.editor.can().splitSection(), 'Put the cursor in the paragraph where the new section should start (not in a title).'),
    run: ({ article }) => article?.editor.chain().focus().splitSection().run(),
  }),
  defineCommand('section.merge', {
    places: { sectionMenu: { group: 1, order: 3 } },
    when: (ctx) => bodyCan(ctx, (a) => a.editor.can().mergeSectionIntoPrevious(), NOT_IN_SECTION),
    run: ({ article }) => article?.editor.chain().focus().mergeSectionIntoPrevious().run(),
  }),
  defineCommand<SectionArg>('section.moveUp', {
    places: { sectionMenu: { group: 2, order: 1 } },
    when: (ctx, arg) =>
      arg
        ? bodyCan(ctx, (a) => (sectionPlace(a.editor.state.doc, arg.sectionId)?.index ?? 0) > 0, 'This is the first section.')
        : bodyCan(ctx, (a) => a.editor.can().moveSection(-1), 'The cursor is not in a section, or it is the first one.'),
    run: ({ article }, arg) =>
      arg ? article?.editor.chain().moveSectionById(arg.sectionId, 'up').run() : article?.editor.chain().focus().moveSection(-1).run(),
  }),
  defineCommand<SectionArg>('section.moveDown', {
    places: { sectionMenu: { group: 2, order: 2 } },
    when: (ctx, arg) =>
      arg
        ? bodyCan(ctx, (a) => movableDown(sectionPlace(a.editor.state.doc, arg.sectionId)), 'This is the last section.')
        : bodyCan(ctx, (a) => a.editor.can().moveSection(1), 'The cursor is not in a section, or it is the last one.'),
    run: ({ article }, arg) =>
      arg ? article?.editor.chain().moveSectionById(arg.sectionId, 'down').run() : article?.editor.chain().focus().moveSection(1).run(),
  }),
  defineCommand('section.toggleFold', {
    places: { sectionMenu: { group: 3, order: 1 } },
    when: (ctx) => bodyCan(ctx, (a) => a.editor.can().toggleSectionCollapsed(), NOT_IN_SECTION),
    run: ({ article }) => article?.editor.chain().focus().toggleSectionCollapsed().run(),
  }),
];
