import { LINE_WIDTHS, THEMES, type LineWidth, type Theme } from '../../../shared/ipc/contract';
import { useWatch } from '../ui/store';
import { appearance } from './appearance';

const THEME_LABELS: Record<Theme, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };
const WIDTH_LABELS: Record<LineWidth, string> = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' };

/** Theme, text size and line width in the Settings dialog; each change shows at once and is kept. */
export function AppearanceFields() {
  const s = useWatch(appearance, (v) => v);
  return (
    <fieldset className="appearance-fields">
      <legend>Appearance</legend>
      <label className="field">
        <span>Theme</span>
        <select value={s.theme} onChange={(e) => appearance.change({ theme: e.target.value as Theme })}>
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {THEME_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Text size</span>
        <input type="number" min={12} max={28} value={s.textSize} onChange={(e) => {
          const n = Math.round(Number(e.target.value));
          if (n >= 12 && n <= 28) appearance.change({ textSize: n });
        }} />
      </label>
      <label className="field">
        <span>Line width</span>
        <select value={s.lineWidth} onChange={(e) => appearance.change({ lineWidth: e.target.value as LineWidth })}>
          {LINE_WIDTHS.map((w) => (
            <option key={w} value={w}>
              {WIDTH_LABELS[w]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
