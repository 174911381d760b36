import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';
import { safeImageSrc } from '../../../../shared/export/escape';
import { assetUrl, isAssetPath } from '../../../../shared/images/asset-path';
import { IMAGE_WIDTHS, MIN_IMAGE_WIDTH, imageWidthPercent } from '../../../../shared/images/image-width';

/** Where the editor loads a picture from: a stored one from the library, an embedded one as it is; null if neither. */
export function displaySrc(src: unknown): string | null {
  if (isAssetPath(src)) return assetUrl(src);
  const safe = safeImageSrc(src);
  return safe?.startsWith('data:') ? safe : null;
}

type TextField = 'alt' | 'caption' | 'credit';
const FIELDS: { key: TextField; label: string; placeholder: string }[] = [
  { key: 'alt', label: 'Alt text', placeholder: 'What the picture shows, for readers who cannot see it' },
  { key: 'caption', label: 'Caption', placeholder: 'What readers should know about it' },
  { key: 'credit', label: 'Credit', placeholder: 'Photo: name / agency' },
];
const ALT_REQUIRED = 'Required before Ready to publish: describe what the picture shows.';

let views = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent?: HTMLElement): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  parent?.append(el);
  return el;
}

/**
 * A picture in the body as the page will show it, at its share of the column, with its alt text
 * (flagged while empty: the checklist blocks publishing without it), caption, credit and width
 * beside it. Plain DOM; each field edits the node with one transaction, and typing in a field is
 * grouped into one undo step as typing in the body is. The corner handle resizes with the mouse;
 * the Width menu does the same from the keyboard.
 */
export class ImageView implements NodeView {
  readonly dom: HTMLElement;
  private readonly frame: HTMLElement;
  private readonly img: HTMLImageElement;
  private readonly unavailable: HTMLElement;
  private readonly inputs: Record<TextField, HTMLInputElement>;
  private readonly altHint: HTMLElement;
  private readonly width: HTMLSelectElement;
  private readonly fields: HTMLElement;
  private readonly handle: HTMLElement;
  /** The field being typed in since it was focused. */
  private typingIn: TextField | null = null;

  constructor(
    private node: PMNode,
    private readonly editor: Editor,
    private readonly getPos: () => number | undefined,
  ) {
    const id = `image-${++views}`;
    this.dom = element('figure', 'image-block');
    this.dom.dataset.type = 'image';
    this.dom.setAttribute('aria-label', 'Picture');
    this.frame = element('div', 'image-frame', this.dom);
    this.img = element('img', 'image-picture', this.frame);
    this.img.draggable = false;
    this.img.addEventListener('error', () => this.showUnavailable('The picture file is missing or damaged.'));
    this.img.addEventListener('load', () => this.showUnavailable(null));
    this.unavailable = element('p', 'image-unavailable', this.frame);
    this.unavailable.setAttribute('role', 'note');
    this.handle = element('span', 'image-resize', this.frame);
    this.handle.title = 'Drag to resize';
    this.handle.setAttribute('aria-hidden', 'true');
    this.handle.addEventListener('pointerdown', (e) => this.startResize(e));

    this.fields = element('div', 'image-fields', this.dom);
    this.fields.dataset.imageFields = '';
    this.inputs = {} as Record<TextField, HTMLInputElement>;
    for (const f of FIELDS) {
      const label = element('label', `image-field image-${f.key}`, this.fields);
      element('span', 'image-field-label', label).textContent = f.label;
      const input = element('input', '', label);
      input.type = 'text';
      input.placeholder = f.placeholder;
      input.dataset.imageField = f.key;
      // Undo and redo in these fields are the article's (the field edits are body steps).
      input.toggleAttribute('data-article-field', true);
      // The first keystroke after coming into a field starts an undo step; the ones after it join that step.
      input.addEventListener('focus', () => (this.typingIn = null));
      input.addEventListener('input', () => {
        this.set({ [f.key]: input.value }, this.typingIn === f.key);
        this.typingIn = f.key;
      });
      this.inputs[f.key] = input;
    }
    this.inputs.alt.setAttribute('aria-required', 'true');
    this.altHint = element('p', 'image-alt-hint');
    this.altHint.id = `${id}-alt-hint`;
    this.altHint.textContent = ALT_REQUIRED;
    this.inputs.alt.parentElement!.after(this.altHint);
    this.inputs.alt.setAttribute('aria-describedby', this.altHint.id);

    const widthLabel = element('label', 'image-field image-width', this.fields);
    element('span', 'image-field-label', widthLabel).textContent = 'Width';
    this.width = element('select', '', widthLabel);
    this.width.addEventListener('change', () => this.set({ width: Number(this.width.value) }));
    this.render();
  }

  private render(): void {
    const { src, alt, width } = this.node.attrs;
    const shown = displaySrc(src);
    if (shown && this.img.getAttribute('src') !== shown) this.img.src = shown;
    if (!shown) {
      this.img.removeAttribute('src');
      this.showUnavailable(typeof src === 'string' && src ? `This picture (${src.slice(0, 80)}) is not in the library’s assets folder, so it is not shown here.` : 'This picture has no file.');
    }
    this.img.alt = String(alt ?? '');
    const editable = this.editor.isEditable;
    for (const f of FIELDS) {
      const input = this.inputs[f.key];
      const value = String(this.node.attrs[f.key] ?? '');
      if (input.value !== value) input.value = value;
      input.readOnly = !editable;
    }
    const missingAlt = String(alt ?? '').trim() === '';
    this.dom.classList.toggle('alt-missing', missingAlt);
    this.inputs.alt.setAttribute('aria-invalid', String(missingAlt));
    this.altHint.hidden = !missingAlt;
    const percent = imageWidthPercent(width);
    this.frame.style.width = `${percent}%`;
    const options = [...new Set([...IMAGE_WIDTHS, percent])].sort((a, b) => a - b);
    if (this.width.options.length !== options.length || [...this.width.options].some((o, i) => Number(o.value) !== options[i])) {
      this.width.replaceChildren(...options.map((w) => new Option(w === 100 ? 'Full column' : `${w} %`, String(w))));
    }
    this.width.value = String(percent);
    this.width.disabled = !editable;
    this.handle.hidden = !editable;
  }

  private showUnavailable(message: string | null): void {
    this.unavailable.hidden = message === null;
    this.unavailable.textContent = message ?? '';
    this.frame.classList.toggle('unavailable', message !== null);
  }

  private set(attrs: Record<string, unknown>, typing = false): void {
    const pos = this.getPos();
    if (pos === undefined || !this.editor.isEditable) return;
    this.editor.commands.setImageAttrs(pos, attrs, typing);
  }

  /** Drags the corner: the picture grows both ways from the middle, in steps of 5 %, and is set once, on release. */
  private startResize(e: PointerEvent): void {
    if (!this.editor.isEditable || e.button !== 0) return;
    e.preventDefault();
    const column = this.dom.clientWidth || 1;
    const startX = e.clientX;
    const startPx = this.frame.offsetWidth;
    let percent = imageWidthPercent(this.node.attrs.width);
    const move = (m: PointerEvent) => {
      const raw = ((startPx + 2 * (m.clientX - startX)) / column) * 100;
      percent = Math.min(100, Math.max(MIN_IMAGE_WIDTH, Math.round(raw / 5) * 5));
      this.frame.style.width = `${percent}%`;
    };
    const end = () => {
      this.handle.removeEventListener('pointermove', move);
      this.handle.removeEventListener('pointerup', end);
      this.handle.removeEventListener('pointercancel', end);
      this.set({ width: percent });
      this.render();
    };
    this.handle.setPointerCapture(e.pointerId);
    this.handle.addEventListener('pointermove', move);
    this.handle.addEventListener('pointerup', end);
    this.handle.addEventListener('pointercancel', end);
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  selectNode(): void {
    this.dom.classList.add('ProseMirror-selectednode');
  }

  deselectNode(): void {
    this.dom.classList.remove('ProseMirror-selectednode');
  }

  /** The fields and the handle are the view's own: ProseMirror leaves their keys, clicks and typing alone. */
  stopEvent(event: Event): boolean {
    const target = event.target as Node | null;
    return !!target && (this.fields.contains(target) || this.handle.contains(target));
  }

  ignoreMutation(): boolean {
    return true;
  }
}

/** Puts the cursor in the alt text of the picture at `pos` ("Go there" from the checklist). */
export function focusImageAlt(editor: Editor, pos: number): boolean {
  const dom = editor.view.nodeDOM(pos);
  const input = dom instanceof HTMLElement ? dom.querySelector<HTMLInputElement>('input[data-image-field="alt"]') : null;
  if (!input) return false;
  input.scrollIntoView({ block: 'center' });
  input.focus();
  return true;
}
