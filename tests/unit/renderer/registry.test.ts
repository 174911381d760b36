import { describe, expect, it } from 'vitest';
import { COMMAND_SPECS, MENUS, menuBar, type MenuItem } from '../../../src/shared/commands/catalog';
import { chordId, chordsFor, parseChord, type Platform } from '../../../src/shared/commands/keys';
import { COMMANDS } from '../../../src/renderer/src/commands/all';
import { surfaceItems } from '../../../src/renderer/src/commands/surfaces';
import type { Surface } from '../../../src/renderer/src/commands/define';

const PLATFORMS: Platform[] = ['mac', 'other'];

function menuIds(items: MenuItem[]): string[] {
  return items.flatMap((i) => (i.kind === 'command' ? [i.spec.id] : i.kind === 'submenu' ? menuIds(i.items) : []));
}

describe('the command registry', () => {
  it('implements every declared command exactly once, and nothing undeclared', () => {
    const implemented = COMMANDS.map((c) => c.id);
    expect(new Set(implemented).size).toBe(implemented.length);
    expect([...implemented].sort()).toEqual(COMMAND_SPECS.map((s) => s.id).sort());
    for (const c of COMMANDS) expect(typeof c.run, c.id).toBe('function');
  });

  it('gives every menu item of both hosts a registered command, and every menu at least one item', () => {
    const registered = new Set(COMMANDS.map((c) => c.id));
    for (const electron of [true, false]) {
      const bar = menuBar({ electron });
      expect(bar.length).toBeGreaterThan(0);
      for (const m of bar) {
        expect(m.items.length, m.label).toBeGreaterThan(0);
        for (const id of menuIds(m.items)) expect(registered.has(id as never), `${m.label} → ${id}`).toBe(true);
      }
    }
    // The native menu has every menu the issue names.
    expect(menuBar({ electron: true }).map((m) => m.id)).toEqual([...MENUS]);
    // Browser mode leaves out what only Electron can do (window management), and keeps the rest.
    const browser = menuBar({ electron: false }).flatMap((m) => menuIds(m.items));
    expect(browser).not.toContain('window.minimize');
    expect(browser).toContain('article.makePullQuote');
  });

  it('never gives two commands the same key on one platform', () => {
    for (const platform of PLATFORMS) {
      const seen = new Map<string, string>();
      for (const c of COMMANDS) {
        for (const chord of chordsFor(c.keys, platform)) {
          const id = chordId(parseChord(chord, platform));
          expect(seen.get(id), `${platform}: ${chord} is bound to ${seen.get(id)} and ${c.id}`).toBeUndefined();
          seen.set(id, c.id);
        }
      }
    }
  });

  it('keeps the word-processor keys people expect', () => {
    const keyOf = (id: string) => chordsFor(COMMANDS.find((c) => c.id === id)!.keys, 'other');
    expect(keyOf('insert.link')).toEqual(['Mod+K']);
    expect(keyOf('view.commandPalette')).toEqual(['Mod+Shift+P', 'Alt+/']);
    expect(keyOf('file.save')).toEqual(['Mod+S']);
    for (const id of ['article.makePullQuote', 'article.attribute', 'article.markClaim']) expect(keyOf(id).length, id).toBeGreaterThan(0);
  });

  it('places on the toolbar, menus and app bar only registered commands, each once per surface', () => {
    const surfaces: Surface[] = ['appBar', 'articleActions', 'toolbar', 'sectionMenu', 'contextMenu'];
    for (const s of surfaces) {
      const ids = surfaceItems(s).map((i) => i.id);
      expect(new Set(ids).size, s).toBe(ids.length);
      expect(ids.length, s).toBeGreaterThan(0);
    }
    expect(surfaceItems('sectionMenu').map((i) => i.id)).toEqual([
      'insert.section',
      'section.split',
      'section.merge',
      'section.moveUp',
      'section.moveDown',
      'section.toggleFold',
    ]);
  });

  it('lists in the palette every command a person can run from the page', () => {
    const inPalette = COMMANDS.filter((c) => c.palette !== false).map((c) => c.id);
    // Only clipboard items (their keys are the system's) and window management are left out.
    const left = COMMANDS.filter((c) => c.palette === false);
    for (const c of left) expect(c.role, c.id).toBeDefined();
    expect(inPalette).toContain('article.markClaim');
    expect(inPalette).toContain('help.shortcuts');
  });
});
