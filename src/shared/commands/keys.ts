/**
 * Keyboard shortcuts written once, platform-neutrally: "Mod" is Cmd on macOS and Ctrl elsewhere.
 * From one string come the Electron accelerator, the label a person reads, and the test a keydown
 * event is matched against — so the menu, the palette and the key handler never disagree.
 */

export type Platform = 'mac' | 'other';

/** A chord such as "Mod+Shift+P", "Alt+/", "Alt+Shift+ArrowUp" or "Ctrl+Y". */
export type KeyChord = string;

/** One chord everywhere, or different chords per platform; the first chord is the one menus show. */
export type KeySpec = KeyChord[] | { mac: KeyChord[]; other: KeyChord[] };

export interface Chord {
  /** Cmd on macOS. */
  meta: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  /** Normalised key name: "A"…"Z", "0"…"9", "/", ",", "Enter", "ArrowUp", "F10"… */
  key: string;
}

const MODIFIERS = new Set(['Mod', 'Cmd', 'Meta', 'Ctrl', 'Control', 'Alt', 'Option', 'Shift']);

/** Physical key codes for the keys chords name, used when `event.key` is not plain ASCII (Alt on macOS, other scripts). */
const CODE_KEYS: Record<string, string> = {
  Slash: '/',
  Backslash: '\\',
  Comma: ',',
  Period: '.',
  Semicolon: ';',
  Quote: "'",
  BracketLeft: '[',
  BracketRight: ']',
  Minus: '-',
  Equal: '=',
  Backquote: '`',
  Space: 'Space',
};

/** Keys whose `event.key` depends on Shift ("*" for Shift+8 on a US layout): matched by their code instead. */
const SHIFTED_TO_BASE: Record<string, string> = {
  '!': '1', '@': '2', '#': '3', $: '4', '%': '5', '^': '6', '&': '7', '*': '8', '(': '9', ')': '0',
  '?': '/', '<': ',', '>': '.', ':': ';', '"': "'", '{': '[', '}': ']', _: '-', '+': '=', '~': '`', '|': '\\',
};

export function chordsFor(spec: KeySpec | undefined, platform: Platform): KeyChord[] {
  if (!spec) return [];
  return Array.isArray(spec) ? spec : spec[platform];
}

/** Parses "Mod+Alt+S" for a platform. Throws on a malformed chord: chords are written by us, in the catalog. */
export function parseChord(chord: KeyChord, platform: Platform): Chord {
  const parts = chord.split('+');
  // "Mod++" would be the plus key; the catalog never uses it, so a trailing empty part is an error.
  const key = parts.pop();
  if (!key || MODIFIERS.has(key)) throw new Error(`A shortcut needs a key: "${chord}"`);
  const out: Chord = { meta: false, ctrl: false, alt: false, shift: false, key: normaliseKey(key) };
  for (const m of parts) {
    if (m === 'Mod') out[platform === 'mac' ? 'meta' : 'ctrl'] = true;
    else if (m === 'Cmd' || m === 'Meta') out.meta = true;
    else if (m === 'Ctrl' || m === 'Control') out.ctrl = true;
    else if (m === 'Alt' || m === 'Option') out.alt = true;
    else if (m === 'Shift') out.shift = true;
    else throw new Error(`Unknown modifier "${m}" in "${chord}"`);
  }
  return out;
}

function normaliseKey(key: string): string {
  if (key.length === 1) return key.toUpperCase();
  if (key === 'Esc') return 'Escape';
  if (key === 'Up' || key === 'Down' || key === 'Left' || key === 'Right') return `Arrow${key}`;
  return key;
}

/** The same chord as a comparable string, for "no two commands share a key". */
export function chordId(c: Chord): string {
  return `${c.meta ? 'Meta+' : ''}${c.ctrl ? 'Ctrl+' : ''}${c.alt ? 'Alt+' : ''}${c.shift ? 'Shift+' : ''}${c.key}`;
}

/** What a keydown event says, in the terms of `Chord`. */
export interface KeyEventLike {
  key: string;
  code: string;
  metaKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The key a chord would name for this event: the printed character when it is plain, the physical key otherwise. */
export function eventKey(e: KeyEventLike): string {
  const k = e.key;
  if (k.length === 1 && /[a-z0-9]/i.test(k)) return k.toUpperCase();
  if (k.length === 1 && SHIFTED_TO_BASE[k]) return SHIFTED_TO_BASE[k];
  if (k.length === 1 && /[/\\,.;'[\]\-=`]/.test(k)) return k;
  if (k === ' ') return 'Space';
  // Alt on macOS and non-Latin layouts print something else: fall back to the physical key.
  const m = /^(?:Key([A-Z])|Digit(\d))$/.exec(e.code);
  if (m) return m[1] ?? m[2];
  if (CODE_KEYS[e.code]) return CODE_KEYS[e.code];
  return k.length === 1 ? k.toUpperCase() : k;
}

export function eventChordId(e: KeyEventLike): string {
  return chordId({ meta: e.metaKey, ctrl: e.ctrlKey, alt: e.altKey, shift: e.shiftKey, key: eventKey(e) });
}

/** Electron's accelerator syntax ("CmdOrCtrl+Alt+S"); Electron picks Cmd or Ctrl itself. */
export function toAccelerator(chord: KeyChord): string {
  return chord
    .split('+')
    .map((p) => {
      if (p === 'Mod') return 'CmdOrCtrl';
      if (p === 'Meta') return 'Cmd';
      if (p === 'ArrowUp') return 'Up';
      if (p === 'ArrowDown') return 'Down';
      if (p === 'ArrowLeft') return 'Left';
      if (p === 'ArrowRight') return 'Right';
      if (p === 'Enter') return 'Return';
      return p.length === 1 ? p.toUpperCase() : p;
    })
    .join('+');
}

const MAC_SYMBOLS: Record<string, string> = { meta: '⌘', ctrl: '⌃', alt: '⌥', shift: '⇧' };
const KEY_LABELS: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Backspace: 'Backspace',
  Enter: 'Enter',
  Escape: 'Esc',
  Space: 'Space',
};

/** "Ctrl+Alt+S" on Windows and Linux, "⌥⌘S" on macOS (in the order macOS menus use). */
export function chordLabel(chord: KeyChord, platform: Platform): string {
  const c = parseChord(chord, platform);
  const key = KEY_LABELS[c.key] ?? c.key;
  if (platform === 'mac') {
    const macKey = c.key === 'Backspace' ? '⌫' : c.key === 'Enter' ? '↩' : key;
    return `${c.ctrl ? MAC_SYMBOLS.ctrl : ''}${c.alt ? MAC_SYMBOLS.alt : ''}${c.shift ? MAC_SYMBOLS.shift : ''}${c.meta ? MAC_SYMBOLS.meta : ''}${macKey}`;
  }
  return [c.ctrl && 'Ctrl', c.meta && 'Meta', c.alt && 'Alt', c.shift && 'Shift', key].filter(Boolean).join('+');
}
