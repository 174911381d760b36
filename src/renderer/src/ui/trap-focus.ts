import type { KeyboardEvent } from 'react';

/**
 * Keeps Tab and Shift+Tab inside a modal dialog: from the last control back to the first and the
 * other way round. Unchecked radio buttons are skipped, as the browser skips them.
 */
export function trapTab(e: KeyboardEvent<HTMLElement>, dialog: HTMLElement | null): void {
  if (e.key !== 'Tab' || !dialog) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter(
    (el) => !el.hasAttribute('disabled') && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
  if (!focusable.length) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
