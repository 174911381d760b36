import type { z } from 'zod';
import { contract, isChannel, type Channel, type Contract } from './contract';
import { toAppError, type Result } from './result';

/** One function per channel: what the main process implements. Inputs arrive already validated. */
export type Handlers = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<z.input<Contract[C]['output']>>;
};

/**
 * Validates a request against the contract, runs its handler and turns any failure into an error
 * value. Every transport (Electron IPC, browser-mode HTTP) calls this, so validation happens in one place.
 */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `There is no channel named "${String(channel).slice(0, 100)}".` } };
  }
  const parsed = contract[channel].input.safeParse(payload ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      error: { code: 'invalid-request', message: `Invalid request on ${channel}: ${first?.path.join('.') || 'payload'} ${first?.message ?? ''}`.trim() },
    };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: toAppError(e) };
  }
}
