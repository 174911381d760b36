import { describe, expect, it } from 'vitest';
import { chordLabel, eventChordId, parseChord, chordId, toAccelerator, type KeyEventLike } from '../../../src/shared/commands/keys';

const ev = (key: string, code: string, mods: Partial<Pick<KeyEventLike, 'metaKey' | 'ctrlKey' | 'altKey' | 'shiftKey'>> = {}): KeyEventLike => ({
  key,
  code,
  metaKey: false,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

const matches = (chord: string, platform: 'mac' | 'other', e: KeyEventLike) => chordId(parseChord(chord, platform)) === eventChordId(e);

describe('keyboard shortcuts', () => {
  it('reads Mod as Cmd on macOS and Ctrl elsewhere', () => {
    expect(matches('Mod+S', 'other', ev('s', 'KeyS', { ctrlKey: true }))).toBe(true);
    expect(matches('Mod+S', 'mac', ev('s', 'KeyS', { metaKey: true }))).toBe(true);
    expect(matches('Mod+S', 'mac', ev('s', 'KeyS', { ctrlKey: true }))).toBe(false);
  });

  it('matches keys whatever Shift or Alt made of them', () => {
    // Shift+8 types "*" on a US layout; Alt+/ on macOS types "÷"; Alt+Shift+Up stays an arrow.
    expect(matches('Mod+Shift+8', 'other', ev('*', 'Digit8', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matches('Alt+/', 'mac', ev('÷', 'Slash', { altKey: true }))).toBe(true);
    expect(matches('Alt+Shift+ArrowUp', 'other', ev('ArrowUp', 'ArrowUp', { altKey: true, shiftKey: true }))).toBe(true);
    // A Cyrillic layout prints "ы" on the S key: the physical key still counts.
    expect(matches('Mod+S', 'other', ev('ы', 'KeyS', { ctrlKey: true }))).toBe(true);
    // Ctrl+Alt+S is not Ctrl+S.
    expect(matches('Mod+S', 'other', ev('s', 'KeyS', { ctrlKey: true, altKey: true }))).toBe(false);
  });

  it('gives Electron accelerators and the labels each platform prints', () => {
    expect(toAccelerator('Mod+Alt+Enter')).toBe('CmdOrCtrl+Alt+Return');
    expect(toAccelerator('Alt+Shift+ArrowDown')).toBe('Alt+Shift+Down');
    expect(chordLabel('Mod+Alt+S', 'other')).toBe('Ctrl+Alt+S');
    expect(chordLabel('Mod+Shift+P', 'mac')).toBe('⇧⌘P');
    expect(chordLabel('Alt+Shift+ArrowUp', 'other')).toBe('Alt+Shift+↑');
  });

  it('refuses a malformed chord', () => {
    expect(() => parseChord('Mod+', 'other')).toThrow();
    expect(() => parseChord('Hyper+S', 'other')).toThrow();
  });
});
