import { defineExportFormat } from './export-format';

export const ninjsFormat = defineExportFormat({
  id: 'ninjs',
  label: 'IPTC ninjs (JSON)',
  name: 'ninjs',
  hint: 'IPTC ninjs 3.1 JSON for wires and content systems.',
  extension: '.ninjs.json',
  hasPages: false,
  hasSourceAppendix: false,
  async render(article, options) {
    const { renderArticleNinjs } = await import('../ninjs');
    return renderArticleNinjs(article, { version: options.ninjsVersion, language: options.language });
  },
});
