/** What the find bar asks for. */
export interface FindQuery {
  query: string;
  matchCase?: boolean;
  wholeWord?: boolean;
  /** `query` is a JavaScript regular expression (replacements may then use $1, $<name>, $&). */
  regex?: boolean;
}

export type CompiledQuery = { ok: true; pattern: RegExp } | { ok: false; error: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A quantified group that itself contains an unbounded quantifier — `(a+)+`, `(\w*\s?)*`, `(x+y?){2,}` —
 * can take exponential time on text that almost matches, and one regular-expression call cannot be
 * interrupted. Such patterns are refused before they run.
 */
export function nestedQuantifier(source: string): boolean {
  const groups: boolean[] = [];
  let inner = false; // the innermost open group (or the top level) has an unbounded quantifier so far
  let lastGroupUnbounded = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      lastGroupUnbounded = false;
      continue;
    }
    if (c === '[') {
      // Skip a character class: its quantifier characters are literal.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      lastGroupUnbounded = false;
      continue;
    }
    if (c === '(') {
      groups.push(inner);
      inner = false;
      lastGroupUnbounded = false;
      continue;
    }
    if (c === ')') {
      lastGroupUnbounded = inner;
      inner = (groups.pop() ?? false) || inner;
      continue;
    }
    const brace = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null;
    // {n,} has no bound; {n,m} with a large m is as bad in practice.
    const unbounded = c === '*' || c === '+' || (brace !== null && brace[2] !== undefined && (brace[3] === '' || Number(brace[3]) >= 100));
    if (brace) i += brace[0].length - 1;
    if (unbounded) {
      if (lastGroupUnbounded) return true;
      inner = true;
    }
    lastGroupUnbounded = false;
  }
  return false;
}

function tryCompile(source: string, flags: string): RegExp | Error {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    return e as Error;
  }
}

/** Turns the find bar's query into one pattern; a bad or dangerous regular expression gives a sentence instead. */
export function compileQuery(q: FindQuery): CompiledQuery {
  if (q.query === '') return { ok: false, error: 'Type something to find.' };
  if (q.query.length > 1000) return { ok: false, error: 'That is too long to search for (1,000 characters at most).' };
  const body = q.regex ? q.query : escape(q.query);
  if (q.regex && nestedQuantifier(q.query)) {
    return { ok: false, error: 'That regular expression repeats a repetition, like (a+)+, which can take minutes to search: write it without the nesting.' };
  }
  const flags = `g${q.matchCase ? '' : 'i'}`;
  const unicode = tryCompile(q.wholeWord ? `(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])` : body, `${flags}u`);
  if (unicode instanceof RegExp) return { ok: true, pattern: unicode };
  // Patterns written for the older syntax ("\-" outside a class) still work, with ASCII word boundaries.
  const legacy = q.regex ? tryCompile(q.wholeWord ? `(?<![\\w])(?:${body})(?![\\w])` : body, flags) : unicode;
  if (legacy instanceof RegExp) return { ok: true, pattern: legacy };
  const reason = unicode.message.split(': ').pop() ?? unicode.message;
  return { ok: false, error: `That regular expression is not valid: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.` };
}
