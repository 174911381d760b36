import { Quotation as QuotationMark } from '../../../../../shared/schema/quotation';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quotation: {
      /** Marks the selected words as a quotation of a source ("Attribute to…"). */
      setQuotation: (attrs: { id: string; sourceId: string }) => ReturnType;
      /** Removes the quotation mark from the selected words. */
      unsetQuotation: () => ReturnType;
    };
  }
}

/** The shared quotation mark plus the editor's commands for it. */
export const Quotation = QuotationMark.extend({
  addCommands() {
    return {
      setQuotation:
        (attrs) =>
        ({ state, commands }) =>
          !state.selection.empty && commands.setMark(this.name, attrs),
      unsetQuotation:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },
});
