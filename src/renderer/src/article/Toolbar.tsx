import { Fragment, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { safeHref } from '../../../shared/export/escape';
import { CommandButton } from '../commands/CommandButton';
import { surfaceItems } from '../commands/surfaces';
import { useWatch } from '../ui/store';
import type { ArticleUi } from './article-ui';
import { SectionMenu } from './SectionMenu';

interface Props {
  editor: Editor | null;
  ui: ArticleUi;
}

const TOOLBAR = surfaceItems('toolbar');
/** The Section menu sits between the block tools and the quotation tools. */
const SECTION_MENU_AFTER_GROUP = 2;

/**
 * The formatting toolbar, made from the command registry: each button is a command with its
 * shortcut in the tooltip, pressed when on, disabled with the reason when it does not apply.
 */
export function Toolbar({ editor, ui }: Props) {
  if (!editor) return <div className="toolbar" />;
  const groups = [...new Set(TOOLBAR.map((i) => i.group))];
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {groups.map((g) => (
        <Fragment key={g}>
          <span className="toolbar-group" role="group">
            {TOOLBAR.filter((i) => i.group === g).map((i) => (
              <CommandButton key={i.id} id={i.id} label={i.label} keepFocus />
            ))}
          </span>
          {g === SECTION_MENU_AFTER_GROUP && (
            <span className="toolbar-group" role="group">
              <SectionMenu editor={editor} />
            </span>
          )}
        </Fragment>
      ))}
      <LinkForm editor={editor} ui={ui} />
    </div>
  );
}

/** The link address form "Insert link…" opens under the toolbar: only web and mail links are taken. */
function LinkForm({ editor, ui }: Props & { editor: Editor }) {
  const linking = useWatch(ui, (s) => s.linking);
  const [href, setHref] = useState<string | null>(null);
  if (!linking) return null;
  const value = href ?? String(editor.getAttributes('link').href ?? 'https://');
  const close = () => {
    setHref(null);
    ui.set({ linking: false });
  };
  const url = value.trim();
  return (
    <form
      className="link-form"
      onSubmit={(e) => {
        e.preventDefault();
        const chain = editor.chain().focus().extendMarkRange('link');
        if (url === '') chain.unsetLink().run();
        else if (safeHref(url)) chain.setLink({ href: url }).run();
        else return;
        close();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        close();
        editor.commands.focus();
      }}
    >
      <label>
        <span className="visually-hidden">Link address</span>
        <input autoFocus value={value} onChange={(e) => setHref(e.target.value)} placeholder="https://…" />
      </label>
      <button type="submit">Apply</button>
      {url !== '' && !safeHref(url) && <span className="muted small">Only web and mail links.</span>}
    </form>
  );
}
