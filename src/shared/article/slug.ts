/** A file-name-safe slug: lower-case ASCII letters, digits and single hyphens, at most 60 characters. */
export function slugify(input: string): string {
  const s = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return s;
}

export const ARTICLE_FILE_SUFFIX = '.article.json';

/** The base file name for an article: its slug, or the headline's, or "untitled". */
export function articleFileStem(slug: string, headline: string): string {
  return slugify(slug) || slugify(headline) || 'untitled';
}
