import { defineExportFormat } from './export-format';

export const pdfFormat = defineExportFormat({
  id: 'pdf',
  label: 'Print (PDF)',
  name: 'PDF',
  hint: 'A print-ready document with a running footer and page numbers.',
  extension: '.pdf',
  hasPages: true,
  hasSourceAppendix: true,
  /** The print HTML, printed by the host; the footer, rendered apart by Chromium, gets the regular face only. */
  async render(article, options, context) {
    const { renderArticleHtml } = await import('../html');
    const fonts = context.fonts();
    const html = renderArticleHtml(article, { ...options, fonts });
    return context.printPdf(html, {
      pageSize: options.pageSize,
      slug: article.slug,
      footerFonts: fonts.filter((f) => f.weight === 400 && f.style === 'normal'),
    });
  },
});
