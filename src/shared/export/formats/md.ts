import { defineExportFormat } from './export-format';

export const markdownFormat = defineExportFormat({
  id: 'md',
  label: 'Markdown',
  name: 'Markdown',
  hint: 'Plain text with Markdown formatting, pull quotes kept.',
  extension: '.md',
  hasPages: false,
  // Every quotation's sources are footnotes already, whether or not an appendix is asked for.
  hasSourceAppendix: false,
  async render(article, options) {
    const { renderArticleMarkdown } = await import('../markdown');
    return renderArticleMarkdown(article, options);
  },
});
