import type { Page } from 'playwright-core';

/** A text that is hard to read: what it says, its colours and their contrast ratio. */
export interface LowContrast {
  text: string;
  colour: string;
  background: string;
  ratio: number;
}

// Runs in the page (tests compile without the DOM library, so it is sent as source text). For every
// element on screen with its own text, the text colour against the first opaque background behind it
// (walking up the ancestors, blending translucent ones), by the WCAG formula. Disabled controls and
// faded content (opacity) are left out: they are meant to recede.
const LOW_CONTRAST = `(min) => {
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null; const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return { r, g, b, a }; };
  const lum = ({ r, g, b }) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const over = (top, under) => ({ r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1 });
  const backdrop = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg.a > 0) { layers.push(bg); if (bg.a >= 1) break; }
    }
    let colour = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const faded = (el) => { for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1) return true; return false; };
  const found = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim()).join(' ').trim();
    if (!own || el.closest('[disabled], [aria-disabled="true"], .visually-hidden, [aria-hidden="true"]')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || box.bottom < 0 || box.top > innerHeight || faded(el)) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible') continue;
    const fg = parse(style.color);
    if (!fg) continue;
    const bg = backdrop(el);
    const a = lum(over(fg, bg)), b = lum(bg);
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < min) found.push({ text: own.slice(0, 60), colour: style.color, background: 'rgb(' + [bg.r, bg.g, bg.b].map(Math.round).join(', ') + ')', ratio: Math.round(ratio * 100) / 100 });
  }
  return found;
}`;

/** Every text on screen whose contrast with what is behind it is under `min` (3:1, WCAG's floor for large text, by default). */
export function lowContrastText(page: Page, min = 3): Promise<LowContrast[]> {
  return page.evaluate(`(${LOW_CONTRAST})(${min})`) as Promise<LowContrast[]>;
}
