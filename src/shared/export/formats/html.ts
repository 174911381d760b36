import { defineExportFormat } from './export-format';

export const htmlFormat = defineExportFormat({
  id: 'html',
  label: 'Web page (HTML)',
  name: 'HTML',
  hint: 'One web page with its pictures and fonts inside, ready to publish.',
  extension: '.html',
  hasPages: false,
  hasSourceAppendix: true,
  async render(article, options, context) {
    const { renderArticleHtml } = await import('../html');
    return renderArticleHtml(article, { ...options, fonts: context.fonts() });
  },
});
