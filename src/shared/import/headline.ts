/**
 * A headline as a reprint site wraps it: "PRESS RELEASE : New transport hub gets £3.5m [January
 * 2023]", "Statement: …", "… | The Harbour Gazette". The headline is what is inside.
 */
const LABEL = /^(?:(?:reprinted|republished|reposted|syndicated|originally published)\s+(?:from|in|by)\s+[^:|]{1,80}|press release|news release|media release|press statement|statement|transcript|speech|news|breaking|live|exclusive|watch|video)\s*[:|–—-]\s+(?=\S)/i;
const MONTHS = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const BRACKETED_DATE = new RegExp(`\\s*[[(](?:(?:\\d{1,2}\\s+)?(?:${MONTHS}\\s+)?(?:\\d{1,2},?\\s+)?\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})[\\])]\\s*$`, 'i');

export function unwrapHeadline(raw: string): string {
  let t = raw.trim();
  for (let i = 0; i < 2; i++) {
    const before = t;
    t = t.replace(LABEL, '').replace(BRACKETED_DATE, '').trim();
    if (t === before) break;
  }
  return t || raw.trim();
}

const ORG_HEAD = /\b(?:Office|Department|Ministry|Agency|Bureau|Council|Government|Service|Authority|Commission|Administration|Parliament|Embassy)\b/;

/** A line that is only an organisation's name, as a masthead prints it: "Office of the Secretary of Defense (Public Affairs)". */
export function isMasthead(line: string): boolean {
  // "Prime Minister of Australia", "President of Ireland": a head of government's site name.
  if (/^(?:the\s+)?(?:Prime Minister|President|Premier|Governor|Office of the \p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}$/u.test(line.trim())) return true;
  const words = line.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length <= 12 && ORG_HEAD.test(line) && words.every((w) => /^(?:of|for|and|the|&)$/.test(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** Section titles copied off a wiki keep the "[edit]" link beside them. */
export function cleanHeading(raw: string): string {
  return raw.replace(/\s*\[\s*edit(?:\s+source)?\s*\]\s*$/i, '').trim();
}
