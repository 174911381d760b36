import type { AnalysisWarning } from '../../../shared/analysis/target';

interface Props<W extends AnalysisWarning> {
  heading: string;
  label: string;
  warnings: W[];
  /** Clicking a warning goes to what it is about. */
  onPick: (w: W) => void;
}

/** A panel's warnings, each a button that leads to its words, pull quote or source. */
export function WarningList<W extends AnalysisWarning>({ heading, label, warnings, onPick }: Props<W>) {
  return (
    <section className="warnings" aria-label={heading}>
      <h3>{heading}</h3>
      <ul aria-label={label}>
        {warnings.map((w, i) => (
          <li key={`${w.code}-${i}`}>
            <button type="button" className={`warning-item ${w.code}`} onClick={() => onPick(w)}>
              {w.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
