import type { FormEvent, KeyboardEvent, ReactNode, Ref } from 'react';
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

/** Every modal dialog: a dimmed backdrop, the dialog role, Esc, and Tab kept inside. */
export function Modal({ labelledBy, describedBy, className, alert, busy, onEscape, onBackdrop, onSubmit, dialogRef, children }: Props) {
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
    onKeyDown,
  } as const;
  return (
    <div className="modal-backdrop" onMouseDown={onBackdrop && ((e) => e.target === e.currentTarget && onBackdrop())}>
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
