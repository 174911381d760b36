import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { NINJS_VERSIONS, renderArticleNinjs } from '../../../src/shared/export/ninjs';
import { HAVE_NINJS_SCHEMAS, NINJS_SCHEMAS, articleWith, loadArticle } from './fixture';

if (!HAVE_NINJS_SCHEMAS) {
  console.warn(`ninjs schema tests skipped: IPTC's schemas are not at ${NINJS_SCHEMAS} (the shared/ folder beside the repository).`);
}

function validator(version: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The schemas point at GeoJSON's schema by its web address; offline, a permissive stand-in takes its place.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(JSON.parse(readFileSync(resolve(NINJS_SCHEMAS, `ninjs-schema_${version}.json`), 'utf8')));
}

describe.skipIf(!HAVE_NINJS_SCHEMAS)('ninjs is valid against IPTC’s published schema', () => {
  for (const version of NINJS_VERSIONS) {
    it(`ninjs ${version} of the rich article`, () => {
      const validate = validator(version);
      const doc = JSON.parse(renderArticleNinjs(loadArticle(), { version }));
      expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
      expect(doc.standard.version).toBe(version);
    });

    it(`ninjs ${version} of a sparse article with unreadable dates`, () => {
      const validate = validator(version);
      const sparse = articleWith({ headline: '', byline: '', slug: '', createdAt: 'yesterday', updatedAt: '', id: 'id with spaces/and slashes' });
      const doc = JSON.parse(renderArticleNinjs(sparse, { version }));
      expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
    });
  }

  it('a schema that fails: the validator is really checking', () => {
    const validate = validator('3.1');
    expect(validate({ uri: 'urn:x', headline: 'old 1.x field' })).toBe(false);
  });
});

describe('ninjs content', () => {
  it('carries headline, dek, byline, slugline, located, dates, version and the HTML body', () => {
    const doc = JSON.parse(renderArticleNinjs(loadArticle()));
    expect(doc).toMatchObject({
      uri: 'urn:copydesk:article:a7f3c2e0-ferry-vote',
      type: 'text',
      version: '2025-03-15T17:05:00Z',
      firstCreated: '2025-03-14T09:30:00Z',
      versionCreated: '2025-03-15T17:05:00Z',
      pubStatus: 'usable',
      language: 'en',
      slugline: 'ferry-vote',
      located: 'PORT ELLIS',
      by: 'By Ines Okafor and Rhys Templeton',
      people: [{ name: 'Ines Okafor', rel: 'author' }, { name: 'Rhys Templeton', rel: 'author' }],
      headlines: [{ role: 'main', value: 'Council keeps the late ferry to Skerry Island after a 5–4 vote' }],
    });
    expect(doc.bodies[0].contentType).toBe('text/html');
    expect(doc.bodies[0].value).toContain('<h2 id="section-1">A narrow vote</h2>');
  });

  it('2.2 spells its properties in lower case', () => {
    const doc = JSON.parse(renderArticleNinjs(loadArticle(), { version: '2.2' }));
    expect(doc.versioncreated).toBe('2025-03-15T17:05:00Z');
    expect(doc.bodies[0].contenttype).toBe('text/html');
  });
});
