import { newId } from '../../../shared/ids';
import { bodyCan, defineCommand } from '../commands/define';

export const claimCommands = [
  defineCommand('article.markClaim', {
    places: { toolbar: { group: 4, order: 4 }, contextMenu: { group: 2, order: 3 } },
    when: (ctx) => bodyCan(ctx, ({ editor }) => editor.can().markClaim({ claimId: 'c' }), 'Select the sentence, figure or statistic first, then choose “Mark as claim”.'),
    run: ({ article }) => {
      if (!article) return;
      const claimId = newId('c');
      // The mark and its entry are one step: undo takes back both.
      article.session.document.transact(() => {
        article.editor.chain().focus().markClaim({ claimId }).run();
        article.session.document.apply([{ kind: 'claim.add', claim: { id: claimId, status: 'unverified', evidence: '', link: '' } }]);
      });
      article.ui.set({ tab: 'claims', notice: null });
    },
  }),
];
