import type { CopydeskApi } from '../../../shared/ipc/client';
import { DEFAULT_APPEARANCE, type Appearance } from '../../../shared/ipc/contract';
import { Observable } from '../ui/store';

export interface AppearanceState extends Appearance {
  /** Focus mode: panels hidden, all but the current paragraph dimmed. Not kept between launches. */
  focus: boolean;
  /** Whether the operating system asks for dark colours now. */
  systemDark: boolean;
}

const LINE_WIDTH_PX = { narrow: 600, medium: 760, wide: 960 } as const;

/**
 * How the page looks: the theme (the OS's unless overridden), the body's text size and line width
 * (all kept in settings) and focus mode. Written onto the root element as a data attribute and CSS
 * variables, so styles.css does the rest.
 */
export class AppearanceStore extends Observable<AppearanceState> {
  private api: CopydeskApi | null = null;

  constructor() {
    const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    super({ ...DEFAULT_APPEARANCE, focus: false, systemDark: !!media?.matches });
    media?.addEventListener('change', (e) => this.set({ systemDark: e.matches }));
    this.subscribe(() => this.paint());
    this.paint();
  }

  /** The theme in effect: the override, or the operating system's. */
  get dark(): boolean {
    return this.value.theme === 'dark' || (this.value.theme === 'system' && this.value.systemDark);
  }

  async load(api: CopydeskApi): Promise<void> {
    this.api = api;
    const r = await api.call('settings.get', {});
    if (r.ok) this.set(r.value.appearance);
  }

  /** Changes and remembers the theme, text size, line width or typewriter scrolling. */
  change(patch: Partial<Appearance>): void {
    this.set(patch);
    const { theme, textSize, lineWidth, typewriter } = this.value;
    void this.api?.call('settings.update', { appearance: { theme, textSize, lineWidth, typewriter } });
  }

  private paint(): void {
    if (typeof document === 'undefined') return;
    const root = document.documentElement;
    root.dataset.theme = this.dark ? 'dark' : 'light';
    root.classList.toggle('focus-mode', this.value.focus);
    // Room below the last line, so it too can be written in the middle of the window.
    root.classList.toggle('typewriter', this.value.typewriter);
    root.style.setProperty('--body-size', `${this.value.textSize}px`);
    root.style.setProperty('--line-width', `${LINE_WIDTH_PX[this.value.lineWidth]}px`);
  }
}

/** The page's one appearance. */
export const appearance = new AppearanceStore();
