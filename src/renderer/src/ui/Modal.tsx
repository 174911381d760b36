import { useEffect, useRef, type FormEvent, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { trapTab } from './trap-focus';

interface Props {
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string;
  describedBy?: string;
  className?: string;
  /** An alert dialog: it interrupts to ask or warn. */
  alert?: boolean;
  busy?: boolean;
  /** What Esc does; without it Esc does nothing here. */
  onEscape?: () => void;
  /** A click on the dimmed page around the dialog. */
  onBackdrop?: () => void;
  /** Render the dialog as a form, submitted by Enter and its submit button. */
  onSubmit?: (e: FormEvent<HTMLFormElement>) => void;
  dialogRef?: Ref<HTMLFormElement & HTMLDivElement>;
  children: ReactNode;
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** Every modal dialog: a dimmed backdrop, the dialog role, Esc, and Tab kept inside. */
export function Modal({ labelledBy, describedBy, className, alert, busy, onEscape, onBackdrop, onSubmit, dialogRef, children }: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  // Focus starts inside the dialog (its own autofocus, else its first control, else the dialog),
  // or Esc and typed keys would still reach the article behind it.
  useEffect(() => {
    const dialog = backdrop.current?.firstElementChild as HTMLElement | null;
    if (!dialog || dialog.contains(document.activeElement)) return;
    const first = dialog.querySelector<HTMLElement>(FOCUSABLE);
    if (first) first.focus();
    else dialog.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && onEscape) {
      e.preventDefault();
      onEscape();
      return;
    }
    trapTab(e, e.currentTarget);
  };
  const common = {
    ref: dialogRef,
    role: alert ? 'alertdialog' : 'dialog',
    'aria-modal': true,
    'aria-labelledby': labelledBy,
    'aria-describedby': describedBy,
    'aria-busy': busy || undefined,
    className: className ? `modal ${className}` : 'modal',
    tabIndex: -1,
    onKeyDown,
  } as const;
  return (
    <div ref={backdrop} className="modal-backdrop" onMouseDown={onBackdrop && ((e) => e.target === e.currentTarget && onBackdrop())}>
      {onSubmit ? (
        <form {...common} onSubmit={onSubmit}>
          {children}
        </form>
      ) : (
        <div {...common}>{children}</div>
      )}
    </div>
  );
}
