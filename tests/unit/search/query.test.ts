import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldForSearch, personKey, searchTokens } from '../../../src/shared/search/fold';
import { highlightRanges, unmark, withoutMarkers } from '../../../src/shared/search/highlight';
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS, parseQuery } from '../../../src/shared/search/query';
import { openWasmDatabase, type SqlDatabase, type SqlStatement } from '../../../src/main/search/sqlite';

/**
 * The search box's language on its own: what each form means as an FTS5 expression, and that no
 * input whatever makes an expression SQLite refuses (checked against a real FTS5 table).
 */

const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);

describe('reading a query', () => {
  it('quotes every word, joins words with AND and keeps phrases in order', () => {
    expect(parseQuery('ferry fares').match).toBe('("ferry" AND "fares")');
    expect(parseQuery('"late ferry"').match).toBe('"late ferry"');
    expect(parseQuery('well-known').match).toBe('"well known"');
  });

  it('reads prefixes, exclusions, OR and fields', () => {
    expect(parseQuery('ferr*').match).toBe('"ferr" *');
    expect(parseQuery('"late ferr"*').match).toBe('"late ferr" *');
    expect(parseQuery('ferry -fares').match).toBe('"ferry" NOT ("fares")');
    expect(parseQuery('ferry NOT fares').match).toBe('"ferry" NOT ("fares")');
    expect(parseQuery('ferry OR boat').match).toBe('("ferry") OR ("boat")');
    expect(parseQuery('headline:ferry source:"Ana Martínez"').match).toBe('(headline : "ferry" AND sources : "Ana Martínez")');
    expect(parseQuery('section:reaction').match).toBe('sections : "reaction"');
    expect(parseQuery('ferry').headlineMatch).toBe('headline : ("ferry")');
  });

  it('lists every article but the excluded ones when a query only excludes', () => {
    const q = parseQuery('-budget -"late ferry"');
    expect(q.match).toBeNull();
    expect(q.exclude).toBe('"budget" OR "late ferry"');
  });

  it('treats fields it does not know as words, and says so', () => {
    const q = parseQuery('colour:red http://example.com');
    expect(q.match).toBe('("colour red" AND "http example com")');
    expect(q.notices.join(' ')).toMatch(/no “colour:” field.*Fields: headline: dek: byline: body: section: source: claim:/);
  });

  it('searches the rest as a phrase when the closing quote is missing, and says so', () => {
    const q = parseQuery('"late ferry');
    expect(q.match).toBe('"late ferry"');
    expect(q.notices).toEqual([expect.stringMatching(/closing quotation mark is missing/)]);
  });

  it('drops punctuation that is not a word, and FTS5 operators typed as syntax', () => {
    expect(parseQuery('NEAR(ferry, fares)').match).toBe('("NEAR ferry" AND "fares")');
    expect(parseQuery('( ) * ^ $ | \\').match).toBeNull();
    expect(parseQuery('c++ .*').match).toBe('"c"');
    expect(parseQuery('AND').match).toBeNull();
  });

  it('cuts very long input and very many words, with a notice', () => {
    const long = parseQuery('ferry '.repeat(2000));
    expect(long.notices.join(' ')).toContain(`first ${MAX_QUERY_CHARS.toLocaleString('en')} characters`);
    expect(long.notices.join(' ')).toContain(`first ${MAX_QUERY_TERMS} words`);
    expect(long.match!.split('AND')).toHaveLength(MAX_QUERY_TERMS);
  });

  it('keeps words to highlight, folded, with prefixes marked', () => {
    expect(parseQuery('Martínez ferr* -fares').highlight).toEqual([
      { word: 'martinez', prefix: false },
      { word: 'ferr', prefix: true },
    ]);
  });
});

describe('folding and highlighting', () => {
  it('ignores case and accents as the index does', () => {
    expect(foldForSearch('MARTÍNEZ Çağrı Ørsted')).toBe('martinez cagrı ørsted');
    expect(searchTokens('Well-known CAFÉ, 3.5%')).toEqual(['well', 'known', 'cafe', '3', '5']);
  });

  it('finds the same person whatever the honorific, accents or case', () => {
    expect(personKey('Dr. Ana Martínez')).toBe('ana martinez');
    expect(personKey('ana  MARTINEZ')).toBe('ana martinez');
    expect(personKey('')).toBe('');
    expect(personKey('Dr')).toBe('dr');
  });

  it('marks matches in any text by the same rule', () => {
    const text = 'Martínez said the ferries, not the ferry, matter.';
    const ranges = highlightRanges(text, parseQuery('martinez ferr*').highlight);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Martínez', 'ferries', 'ferry']);
  });

  it('turns the index’s marks into offsets, whatever is left unclosed', () => {
    expect(unmark('the \uE000late\uE001 \uE000ferry')).toEqual({ text: 'the late ferry', highlights: [{ start: 4, end: 8 }, { start: 9, end: 14 }] });
    expect(withoutMarkers('a\uE000b\uE001c')).toBe('abc');
  });
});

describe('hostile queries (property test against a real FTS5 table)', () => {
  let db: SqlDatabase;
  let match: SqlStatement;
  beforeAll(() => {
    db = openWasmDatabase(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(headline, dek, byline, body, sections, sources, claims, tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO t VALUES ('Late ferry', 'dek', 'By Jo', 'body text near ferry', 'Reaction', 'Ana Martínez', 'claim');`);
    match = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
  });
  afterAll(() => {
    match.finalize();
    db.close();
  });

  const syntax = fc.constantFrom('"', '*', '-', ':', '(', ')', 'NEAR(', 'OR', 'AND', 'NOT', '^', '{', '}', '+', ',', '\u0000', '\\', 'headline:', 'nosuch:', 'source:', ' ');
  const hostile = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(fc.oneof(syntax, fc.string({ maxLength: 8 }), fc.constantFrom('ferry', 'Martínez', 'late')), { maxLength: 40 }).map((parts) => parts.join('')),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constant('x'.repeat(10_000)),
    fc.constant('"'.repeat(5001)),
  );

  it('never throws and never builds an expression SQLite refuses', () => {
    let asked = 0;
    let matched = 0;
    fc.assert(
      fc.property(hostile, (input) => {
        const q = parseQuery(input);
        for (const expr of [q.match, q.exclude, q.headlineMatch]) {
          if (expr === null) continue;
          asked++;
          if (match.get<{ n: number }>([expr])!.n > 0) matched++;
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`hostile queries: ${RUNS} inputs, ${asked} FTS5 expressions run, ${matched} matched the sample row, 0 refused`);
  });
});
