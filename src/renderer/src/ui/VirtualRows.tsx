import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  /** Every row is this tall (px): what lets the list know where any row is without measuring it. */
  rowHeight: number;
  itemKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** The row the keyboard is on; scrolled into view when it changes. */
  activeIndex: number | null;
  /** Called when the rows shown come within a screen of the end (to fetch more). */
  onNearEnd?: () => void;
  onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
  className?: string;
}

/** Rows drawn beyond the visible ones on each side, so a fast scroll does not show blank space. */
const OVERSCAN = 6;

/**
 * A scrolling list that puts only the rows in view (and a few either side) in the DOM, so a library
 * of 20,000 articles costs what one screenful does. Rows are absolutely placed in a box as tall as
 * all of them would be, so the scrollbar is honest.
 */
export function VirtualRows<T>({ items, rowHeight, itemKey, renderRow, activeIndex, onNearEnd, onKeyDown, className }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A new list (another search) starts at its top.
  const first = items.length ? itemKey(items[0]) : '';
  useLayoutEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
  }, [first]);

  useEffect(() => {
    const el = box.current;
    if (activeIndex === null || !el) return;
    const top = activeIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [activeIndex, rowHeight]);

  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const end = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);

  useEffect(() => {
    if (onNearEnd && end + Math.ceil(height / rowHeight) >= items.length) onNearEnd();
  }, [end, items.length, height, rowHeight, onNearEnd]);

  const shown: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    shown.push(
      <div key={itemKey(items[i])} className="virtual-row" style={{ top: i * rowHeight, height: rowHeight }}>
        {renderRow(items[i], i)}
      </div>,
    );
  }
  return (
    <div ref={box} role="rowgroup" className={`virtual-rows ${className ?? ''}`} tabIndex={0} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} onKeyDown={onKeyDown}>
      <div role="presentation" className="virtual-space" style={{ height: items.length * rowHeight }}>
        {shown}
      </div>
    </div>
  );
}
