import type { EventName, EventPayload } from '../shared/ipc/contract';

type Listener = (payload: unknown) => void;

/** Main-process pushes to the UI, by contract event name; each transport forwards them its own way. */
export class EventBus {
  private listeners = new Map<EventName, Set<Listener>>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const l of this.listeners.get(event) ?? []) l(payload);
  }

  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  }
}
