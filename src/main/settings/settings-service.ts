import { join } from 'node:path';
import { Low } from 'lowdb';
import { DEFAULT_APPEARANCE, DEFAULT_EXPORT_PREFERENCES, DEFAULT_PUBLISH_CHECKS, Settings, type Settings as SettingsT } from '../../shared/ipc/contract';
import { JsonDbAdapter } from '../storage/json-db';
import type { Lifecycle } from '../service-container';

export interface SettingsApi {
  get(): SettingsT;
  update(patch: Partial<Omit<SettingsT, 'libraryPath'>>): Promise<SettingsT>;
  /** Remembers an opened article, most recent first. */
  touchRecent(file: string): Promise<void>;
}

/** User settings in lowdb, in the app's data folder. Unknown or damaged content falls back to defaults. */
export class SettingsService implements SettingsApi, Lifecycle {
  private readonly adapter: JsonDbAdapter<SettingsT>;
  private db: Low<SettingsT>;

  constructor(dataDir: string, private readonly libraryPath: string) {
    this.adapter = new JsonDbAdapter<SettingsT>(join(dataDir, 'settings.json'));
    this.db = new Low<SettingsT>(this.adapter, this.defaults());
  }

  private defaults(): SettingsT {
    return { libraryPath: this.libraryPath, displayName: '', recent: [], window: null, export: { ...DEFAULT_EXPORT_PREFERENCES }, recentCommands: [], libraryViews: [], personalDictionary: [], appearance: { ...DEFAULT_APPEARANCE }, publishChecks: { ...DEFAULT_PUBLISH_CHECKS }, reopenLast: true };
  }

  async start(): Promise<void> {
    await this.db.read();
    const parsed = Settings.safeParse(this.db.data);
    this.db.data = parsed.success ? parsed.data : this.defaults();
    if (this.db.data.libraryPath !== this.libraryPath) {
      // Recent files are names inside one library; they mean nothing in another.
      this.db.data = { ...this.db.data, libraryPath: this.libraryPath, recent: [] };
      await this.db.write();
    }
  }

  /** Waits for writes still going (a window move remembered as the app quits). */
  stop(): Promise<void> {
    return this.adapter.idle();
  }

  get(): SettingsT {
    return structuredClone(this.db.data);
  }

  async update(patch: Partial<Omit<SettingsT, 'libraryPath'>>): Promise<SettingsT> {
    const next = { ...this.db.data };
    if (patch.displayName !== undefined) next.displayName = patch.displayName;
    if (patch.recent !== undefined) next.recent = patch.recent.slice(0, 20);
    if (patch.window !== undefined) next.window = patch.window;
    if (patch.export !== undefined) next.export = patch.export;
    if (patch.recentCommands !== undefined) next.recentCommands = patch.recentCommands.slice(0, 20);
    if (patch.libraryViews !== undefined) next.libraryViews = patch.libraryViews;
    if (patch.personalDictionary !== undefined) next.personalDictionary = [...new Set(patch.personalDictionary)].sort();
    if (patch.appearance !== undefined) next.appearance = patch.appearance;
    if (patch.publishChecks !== undefined) next.publishChecks = patch.publishChecks;
    if (patch.reopenLast !== undefined) next.reopenLast = patch.reopenLast;
    this.db.data = next;
    await this.db.write();
    return this.get();
  }

  async touchRecent(file: string): Promise<void> {
    const recent = [file, ...this.db.data.recent.filter((f) => f !== file)].slice(0, 20);
    await this.update({ recent });
  }
}
