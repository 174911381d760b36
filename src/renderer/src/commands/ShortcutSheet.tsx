import { chordLabel, chordsFor } from '../../../shared/commands/keys';
import { Modal } from '../ui/Modal';
import { useCommandHost } from './use-command';

/** The sheet's order: the menu bar's, with the article's own categories where the Article menu is. */
const ORDER = ['File', 'Edit', 'Find', 'View', 'Insert', 'Format', 'Section', 'Sources', 'Claims', 'Window', 'Help'];
const rank = (category: string) => (ORDER.includes(category) ? ORDER.indexOf(category) : ORDER.length);

/** Help → Keyboard shortcuts: every command that has a key, by category, made from the registry. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const host = useCommandHost();
  const groups = new Map<string, { id: string; title: string; keys: string[] }[]>();
  for (const c of host.commands()) {
    // Keys of the find bar show with "in the find bar", since they do nothing elsewhere.
    const keys = [
      ...chordsFor(c.keys, host.platform).map((k) => chordLabel(k, host.platform)),
      ...(c.findBarKeys ?? []).map((k) => `${chordLabel(k, host.platform)} in the find bar`),
    ];
    if (keys.length === 0) continue;
    groups.set(c.category, [...(groups.get(c.category) ?? []), { id: c.id, title: c.title, keys }]);
  }
  return (
    <Modal labelledBy="shortcuts-title" className="shortcut-sheet" onEscape={onClose} onBackdrop={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <div className="shortcut-groups">
        {[...groups].sort(([a], [b]) => rank(a) - rank(b)).map(([category, rows]) => (
          <section key={category} aria-labelledby={`shortcuts-${category}`}>
            <h3 id={`shortcuts-${category}`}>{category}</h3>
            <table>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.title}</th>
                    <td>
                      {r.keys.map((k, i) => (
                        <span key={k}>
                          {i > 0 && <span className="muted"> or </span>}
                          <kbd>{k}</kbd>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <p className="muted small">Find any command by name with the command palette. Copy, cut and paste keep your system’s usual keys.</p>
      <div className="modal-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
