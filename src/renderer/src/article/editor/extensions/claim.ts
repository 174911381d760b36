import { Claim as ClaimMark } from '../../../../../shared/schema/claim';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    claim: {
      /** Marks the selected words as a claim to check; its status and evidence live in the article under `claimId`. */
      markClaim: (attrs: { claimId: string }) => ReturnType;
      /** Removes the claim mark from the selected words. */
      unmarkClaim: () => ReturnType;
    };
  }
}

/** The shared claim mark plus the editor's commands for it. */
export const Claim = ClaimMark.extend({
  addCommands() {
    return {
      markClaim:
        (attrs) =>
        ({ state, commands }) =>
          !state.selection.empty && commands.setMark(this.name, attrs),
      unmarkClaim:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },
});
