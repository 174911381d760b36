import { commandSpec, type CommandId, type CommandSpec } from '../../../shared/commands/catalog';
import type { Platform } from '../../../shared/commands/keys';
import type { AppController } from '../app/app-controller';
import type { CopydeskApi } from '../../../shared/ipc/client';
import type { OpenArticle } from '../article/open-article';
// Type only (erased at run time, so TipTap stays out of the first chunk): brings in each editor
// extension's command declarations, which command `run`s and `when`s call through `editor.chain()`.
import type * as _editorCommands from '../article/editor/extensions';

/** What a command can see and act on. Built fresh for every evaluation, so `when` never reads stale state. */
export interface CommandContext {
  platform: Platform;
  host: 'electron' | 'browser';
  app: AppController;
  /** The services, as every part of the page reaches them. */
  api: CopydeskApi;
  /** The article being edited, once its editor exists. */
  article: OpenArticle | null;
}

/** `true` when the command applies now, otherwise the sentence that says why not (shown as a tooltip). */
export type Availability = true | string;

/** The renderer's own surfaces (the native menu and the palette come from the catalog). */
export type Surface = 'appBar' | 'articleActions' | 'toolbar' | 'sectionMenu' | 'contextMenu';
export interface Place {
  /** Groups are separated by a line (menus) or a gap (toolbars); order within a group. */
  group: number;
  order: number;
  /** A label for this surface only (a toolbar has less room than a menu). */
  label?: string;
  /** The surface's main action (New article in the app bar). */
  emphasis?: boolean;
}

export interface CommandImpl<A = unknown> {
  /** Where it appears besides the menus and the palette. */
  places?: Partial<Record<Surface, Place>>;
  /** Decided before a click: menus and buttons are disabled with the reason when it is not `true`. */
  when?: (ctx: CommandContext, arg?: A) => Availability;
  run: (ctx: CommandContext, arg?: A) => unknown;
  /** For toggles (bold, a panel shown): whether it is on now. */
  checked?: (ctx: CommandContext) => boolean;
}

export interface Command extends CommandSpec, CommandImpl {
  id: CommandId;
}

/** A command: the catalog's declaration (title, keys, menu place) with its behaviour. */
export function defineCommand<A = unknown>(id: CommandId, impl: CommandImpl<A>): Command {
  return { ...commandSpec(id), ...(impl as CommandImpl), id };
}

// Conditions most commands share, each with the sentence a journalist reads when it does not hold.

export function needsArticle(ctx: CommandContext): Availability {
  return ctx.article ? true : 'Open an article first.';
}

export function needsEditable(ctx: CommandContext): Availability {
  const open = needsArticle(ctx);
  if (open !== true) return open;
  return ctx.article!.session.readOnly ? 'This article is read-only.' : true;
}

/** Editable, and the editor says the TipTap command `can` apply where the cursor is; `reason` otherwise. */
export function bodyCan(ctx: CommandContext, can: (article: OpenArticle) => boolean, reason: string): Availability {
  const editable = needsEditable(ctx);
  if (editable !== true) return editable;
  return can(ctx.article!) ? true : reason;
}

export function hasSelection(article: OpenArticle): boolean {
  return !article.editor.state.selection.empty;
}
