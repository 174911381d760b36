import { describe, expect, it } from 'vitest';
import { ServiceContainer, type Lifecycle } from '../../../src/main/service-container';

/** A service that writes what happens to it into a shared log, and can be told to fail or hang. */
function service(name: string, log: string[], behaviour: { failStart?: boolean; failStop?: boolean; hangStop?: boolean } = {}): Lifecycle {
  return {
    async start() {
      log.push(`start ${name}`);
      if (behaviour.failStart) throw new Error(`${name} refused to start`);
    },
    async stop() {
      log.push(`stop ${name}`);
      if (behaviour.failStop) throw new Error(`${name} broke while stopping`);
      if (behaviour.hangStop) await new Promise(() => undefined);
    },
  };
}

function container(stopTimeoutMs = 1000) {
  const lines: string[] = [];
  return { lines, c: new ServiceContainer({ stopTimeoutMs, log: (l) => lines.push(l) }) };
}

describe('the service container', () => {
  it('starts services in the order they were added and stops them in reverse', async () => {
    const log: string[] = [];
    const { c } = container();
    for (const name of ['library', 'journal', 'watcher', 'exports']) c.add(name, service(name, log));
    await c.start();
    expect(await c.stop()).toEqual([]);
    expect(log).toEqual(['start library', 'start journal', 'start watcher', 'start exports', 'stop exports', 'stop watcher', 'stop journal', 'stop library']);
  });

  it('returns what it is given, so wiring reads as one line per service', () => {
    const { c } = container();
    const s = service('x', []);
    expect(c.add('x', s)).toBe(s);
    expect(c.names).toEqual(['x']);
  });

  it('a stop that fails does not skip the others; the failure is reported and logged', async () => {
    const log: string[] = [];
    const { c, lines } = container();
    c.add('library', service('library', log));
    c.add('watcher', service('watcher', log, { failStop: true }));
    c.add('imports', service('imports', log));
    await c.start();
    const failures = await c.stop();
    expect(log.filter((l) => l.startsWith('stop'))).toEqual(['stop imports', 'stop watcher', 'stop library']);
    expect(failures.map((f) => [f.service, f.error.message])).toEqual([['watcher', 'watcher broke while stopping']]);
    expect(lines).toEqual(['Copydesk: watcher did not stop cleanly: watcher broke while stopping']);
  });

  it('a stop that never finishes is given up on after the timeout, and the rest still stop', async () => {
    const log: string[] = [];
    const { c } = container(100);
    c.add('library', service('library', log));
    c.add('exports', service('exports', log, { hangStop: true }));
    await c.start();
    const failures = await c.stop();
    expect(log.filter((l) => l.startsWith('stop'))).toEqual(['stop exports', 'stop library']);
    expect(failures.map((f) => f.error.message)).toEqual(['exports was still stopping after 100 ms']);
  });

  it('a start that fails stops it and those before it, in reverse, never starts the rest, and names it', async () => {
    const log: string[] = [];
    const { c } = container();
    c.add('library', service('library', log));
    c.add('journal', service('journal', log));
    c.add('watcher', service('watcher', log, { failStart: true }));
    c.add('imports', service('imports', log));
    await expect(c.start()).rejects.toThrow("Copydesk's watcher could not start: watcher refused to start");
    expect(log).toEqual(['start library', 'start journal', 'start watcher', 'stop watcher', 'stop journal', 'stop library']);
  });

  it('stops each service once, however often stop is called, and takes no service once stopping', async () => {
    const log: string[] = [];
    const { c } = container();
    c.add('library', service('library', log));
    await c.start();
    await Promise.all([c.stop(), c.stop()]);
    await c.stop();
    expect(log).toEqual(['start library', 'stop library']);
    expect(() => c.add('late', service('late', log))).toThrow(/stopping/);
    await expect(c.start()).rejects.toThrow(/stopped/);
  });

  it('refuses two services of one name, and stops only services that were started', async () => {
    const log: string[] = [];
    const { c } = container();
    c.add('library', service('library', log));
    expect(() => c.add('library', service('library', log))).toThrow(/already registered/);
    await c.stop();
    expect(log).toEqual([]);
  });
});
