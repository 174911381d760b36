import { bodyCan, defineCommand } from '../commands/define';

export const imageCommands = [
  defineCommand('insert.image', {
    places: { toolbar: { group: 4, order: 3 } },
    // Asked with a stand-in picture: whether a block may go where the cursor is.
    when: (ctx) => bodyCan(ctx, (a) => a.editor.can().insertImages([{ src: 'assets/x/x.png' }]), 'A picture cannot go here.'),
    run: ({ article }) => article?.ui.chooseImageFile(),
  }),
];
