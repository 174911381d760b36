import { contract, events, CHANNELS, type Channel, type EventName, type EventPayload, type Input, type Output } from './contract';
import { resultSchema, type Result } from './result';

/** How a client reaches the services: Electron IPC through the preload, or HTTP in browser mode. */
export interface Transport {
  invoke(channel: Channel, payload: unknown): Promise<unknown>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

export type CopydeskApi = {
  call<C extends Channel>(channel: C, payload: Input<C>): Promise<Result<Output<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** A typed client over any transport; answers are validated against the contract before the UI sees them. */
export function createClient(transport: Transport): CopydeskApi {
  return {
    async call(channel, payload) {
      let raw: unknown;
      try {
        raw = await transport.invoke(channel, payload);
      } catch (e) {
        return { ok: false, error: { code: 'internal', message: `Copydesk could not reach its services: ${(e as Error).message}` } };
      }
      const parsed = resultSchema(contract[channel].output).safeParse(raw);
      if (!parsed.success) {
        return { ok: false, error: { code: 'internal', message: `Unexpected answer on ${channel}.` } };
      }
      return parsed.data as Result<Output<typeof channel>>;
    },
    on(event, listener) {
      return transport.subscribe(event, (payload) => {
        const parsed = events[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof event>);
      });
    },
  };
}

export { CHANNELS };
