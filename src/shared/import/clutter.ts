/**
 * Page furniture that comes along when copy is taken off a website: buttons, widgets, prompts.
 * Each rule looks at one line (or one HTML paragraph) on its own, so dropping clutter stays linear.
 */

const SHARE_WORDS =
  'share|shares|share this|share this article|share this story|share on facebook|share on twitter|share on x|share via email|tweet|facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|copy link|copy url|reddit|pinterest|telegram|threads|bluesky|mastodon|save|save article|bookmark|gift article|gift this article|listen|listen to this article|comments?|\\d+ comments?|follow|follow us|like';
const SHARE_LINE = new RegExp(`^(?:(?:${SHARE_WORDS})\\s*[|·•/,]?\\s*)+$`, 'i');

const EXACT_CLUTTER = new RegExp(
  '^(?:' +
    [
      'advertisement',
      'advertisment',
      'sponsored( content)?',
      'ad',
      'ads by .*',
      'story continues below( this)? ad(vertisement)?',
      'article continues below( this)? ad(vertisement)?',
      'skip (the )?ad(vertisement)?',
      'skip to (main )?content',
      'skip navigation',
      'continue reading( the main story)?',
      'read more',
      'read more:.*',
      'related:.*',
      'see also:.*',
      'most (read|popular|viewed)',
      'trending( now)?',
      'menu',
      'search',
      'log ?in',
      'sign ?in',
      'sign ?up',
      'subscribe( now)?',
      'register',
      'home',
      'close',
      'back to top',
      'accept( all)?( cookies)?',
      'accessibility links',
      'print( this page)?',
      'get emails about this page',
      'share this page',
      'is this page useful\\?.*',
      'view cookies',
      'breaking( news)?',
      'live( updates)?',
      'site overlay',
      'bookmark and share',
      'jump to (navigation|content|search)( jump to (navigation|content|search))?',
      'here\'?s how you know',
      'reject( all)?',
      'manage (cookies|preferences|settings)',
      'image( caption)?',
      'video',
      'play video',
      'watch:.*',
      'loading…?|loading\\.\\.\\.',
      '(all rights reserved|©|copyright ©?).*',
      '\\d+ min(ute)?s? read',
      '\\d+ (minutes?|hours?|days?) ago',
    ].join('|') +
    ')[.!]?$',
  'i',
);

/** "12°C Partly cloudy", "Oslo 4° / -1°", "Weather: …". */
const WEATHER = /(?:-?\d+\s?°\s?[CF]?\b|\bweather\b|\b(?:partly|mostly) (?:cloudy|sunny)\b|\bhumidity\b)/i;
/** "FTSE 100 7,512.3 +0.4%", "EUR/USD 1.0842 ▲", "Dow Jones −120.5 (−0.3%)". */
const MARKET =
  /(?:[▲▼△▽]|[+−-]\s?\d+(?:[.,]\d+)?\s?%|\b(?:FTSE|DAX|CAC|Nikkei|Dow|Nasdaq|S&P|Hang Seng|Brent|EUR\/USD|GBP\/USD|USD\/JPY|BTC)\b)/;
const TIMESTAMP = /^(?:updated|published|posted|last updated|first published|modified)\b/i;
/** A dateline-free date stamp: "Tuesday, 12 March 2024 10:04 GMT", "March 12, 2024". */
const DATE_STAMP =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}\b/i;
const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(?:we use|this (?:site|website) uses|accept|consent|privacy|preferences|by continuing|browsing experience)\b/i;
const NEWSLETTER = /\b(?:newsletters?|subscribe|subscription|sign up|signup|inbox)\b/i;
const NEWSLETTER_CONTEXT =
  /\b(?:inbox|email address|e-mail address|for free|free|today|now|here|daily|weekly|delivered|get (?:the|our)|our newsletter|sign up)\b/i;
const SENTENCE_END = /[.!?…]["”’)\]]?$/;

function words(line: string): number {
  const m = line.match(/\S+/g);
  return m ? m.length : 0;
}

/** The banner every US federal website carries, and archive and wiki notices: the same words on every page. */
const SITE_NOTICES = [
  /^an official website of the united states government\b/i,
  /^official websites use \.gov$/i,
  /^secure \.gov websites use https$/i,
  /^(?:a )?\.gov website belongs to an official government organization in the united states\.?$/i,
  /^a lock \(.{0,12}\) or https:\/\/ means you.{1,3}ve safely connected to the \.gov website\b/i,
  /^from (?:wikipedia|wikinews|wikimedia commons|wikisource|wikivoyage), the free\b/i,
  /^(?:user|talk|template|category|file|wikinews|wikipedia):\S+$/i,
];
const ARCHIVE_NOTICE = /\b(?:part of a historical collection|collection of archived material|archived (?:page|content|material)|no longer (?:being )?updated|may be outdated)\b/i;
/** "Category: News", "Author: Admin", "Location: Washington, DC": a page's metadata, one label and a short value. */
const METADATA = /^(?:category|categories|tags?|author|posted(?: in| by)?|filed under|topics?|location|presenters?|release date|release type|transcript id|period of service|image|photo|credit|video)\s*:\s*.{0,120}$/i;
/** "2:16 p.m. EDT": the time stamp over a transcript. */
const TIME_STAMP = /^\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?$/i;

/** True for a line that is page furniture wherever it appears. */
export function isClutterLine(raw: string): boolean {
  const line = raw.trim();
  if (line === '') return false;
  if (line.length > 400) return false;
  if (SHARE_LINE.test(line) || EXACT_CLUTTER.test(line)) return true;
  if (SITE_NOTICES.some((re) => re.test(line)) || TIME_STAMP.test(line)) return true;
  const hasQuote = /["“”]/.test(line);
  if (!hasQuote && ARCHIVE_NOTICE.test(line) && words(line) <= 60) return true;
  if (!hasQuote && METADATA.test(line) && words(line) <= 30 && !SENTENCE_END.test(line)) return true;
  // "Subjects: Cyclone recovery; insurance; roads." — a transcript's topic list, full stop or not.
  if (!hasQuote && /^(?:subjects?|topics covered|keywords)\s*:\s*[^.!?]{2,300}[.]?$/i.test(line)) return true;
  // Breadcrumbs of any length: "You are in: Home > Press > Briefings > 2003 > April".
  if (/^[^>]{1,80}(?:\s>\s[^>]{1,80}){3,}$/.test(line)) return true;
  if (!hasQuote && COOKIE.test(line) && (COOKIE_CONTEXT.test(line) || (words(line) <= 6 && !SENTENCE_END.test(line)))) return true;
  if (!hasQuote && line.length < 220 && NEWSLETTER.test(line) && NEWSLETTER_CONTEXT.test(line)) return true;
  // Widgets are short and never sentences; the same words inside a sentence are copy.
  if (line.length <= 80 && !SENTENCE_END.test(line) && words(line) <= 10) {
    const hasDigit = /\d/.test(line);
    if (hasDigit && (WEATHER.test(line) || MARKET.test(line) || TIMESTAMP.test(line) || DATE_STAMP.test(line))) return true;
    // Navigation: "News | Sport | Business", "Home › World › Europe".
    if (/^[^|›»>]{1,30}(?:\s*[|›»>]\s*[^|›»>]{1,30}){2,}$/.test(line)) return true;
  }
  return false;
}


/** "By Ana Ruiz", "By Ana Ruiz and Tom Hale, Staff reporters". */
export function bylineOf(raw: string): string | null {
  const line = raw.trim();
  if (line.length > 160) return null;
  const m = /^by\s+(\p{Lu}[^.!?]*)$/iu.exec(line);
  return m ? line.replace(/^by\s+/i, '').trim() : null;
}
