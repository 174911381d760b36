import type { z } from 'zod';
import { appChannels, appEvents, logChannels } from './channels/app';
import { exportChannels, exportEvents } from './channels/export';
import { importChannels, importEvents } from './channels/import';
import { libraryChannels, libraryEvents } from './channels/library';
import { settingsChannels } from './channels/settings';
import { sourcesChannels } from './channels/sources';
import { journalChannels } from './channels/journal';
import { libraryFilesChannels, libraryFilesEvents } from './channels/library-files';
import { searchChannels, searchEvents } from './channels/search';
import { versionsChannels } from './channels/versions';
import { styleChannels } from './channels/style';
import { assetsChannels } from './channels/assets';

export * from './channels/app';
export * from './channels/export';
export * from './channels/import';
export * from './channels/library';
export * from './channels/settings';
export * from './channels/sources';
export * from './channels/journal';
export * from './channels/library-files';
export * from './channels/search';
export * from './channels/versions';
export * from './channels/style';
export * from './channels/assets';

/**
 * The single source of every channel between the UI and the main-process services. The preload
 * bridge, the main handlers and the browser-mode HTTP transport are all derived from this object;
 * each entry validates what it receives (`input`) and what it answers (`output`). Each service's
 * channels live in `channels/<service>.ts` and are registered here with one line.
 */
export const contract = {
  ...libraryChannels,
  ...settingsChannels,
  ...appChannels,
  ...logChannels,
  ...exportChannels,
  ...sourcesChannels,
  ...journalChannels,
  ...libraryFilesChannels,
  ...importChannels,
  ...searchChannels,
  ...versionsChannels,
  ...styleChannels,
  ...assetsChannels,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Messages the main process pushes to the UI. */
export const events = {
  ...libraryEvents,
  ...appEvents,
  ...exportEvents,
  ...libraryFilesEvents,
  ...importEvents,
  ...searchEvents,
} as const satisfies Record<string, z.ZodType>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const CHANNELS = Object.keys(contract) as Channel[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
