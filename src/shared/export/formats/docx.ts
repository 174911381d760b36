import { defineExportFormat } from './export-format';

export const docxFormat = defineExportFormat({
  id: 'docx',
  label: 'Word document (DOCX)',
  name: 'DOCX',
  hint: 'A Word document with headings and styled pull quotes.',
  extension: '.docx',
  hasPages: true,
  hasSourceAppendix: true,
  async render(article, options) {
    const { renderArticleDocx } = await import('../docx');
    return renderArticleDocx(article, options);
  },
});
