import { afterEach, describe, expect, it } from 'vitest';
import { Server } from '@hocuspocus/server';
import { connect, synced, until } from './support/client';

/**
 * @hocuspocus/server 4.x declares Node ≥ 22 (issue 15, pitfall 1). This shows the pinned server and
 * provider working on the Node this project runs on: a loopback round trip between two providers,
 * and a provider refused by onAuthenticate reading nothing. Node 20 has no global WebSocket, so the
 * provider is given `ws`.
 */
describe('Hocuspocus on this Node', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
  });

  async function start(): Promise<string> {
    const server = new Server({
      port: 0,
      address: '127.0.0.1',
      quiet: true,
      stopOnSignals: false,
      async onAuthenticate({ token }) {
        if (token !== 'let-me-in') throw new Error('bad token');
      },
    });
    await server.listen();
    cleanup.push(() => server.destroy());
    return `ws://127.0.0.1:${server.address.port}`;
  }

  function client(url: string, token: string) {
    const c = connect(url, 'round-trip', token);
    cleanup.push(() => c.close());
    return c;
  }

  it('runs on Node ' + process.versions.node + ' and carries an edit from one provider to another', async () => {
    const url = await start();
    const a = client(url, 'let-me-in');
    const b = client(url, 'let-me-in');
    await Promise.all([synced(a.provider), synced(b.provider)]);
    a.doc.getText('t').insert(0, 'hello');
    await until(b.doc, () => b.doc.getText('t').toString() === 'hello');
    expect(b.doc.getText('t').toString()).toBe('hello');
  });

  it('refuses a provider with a bad token, which reads nothing', async () => {
    const url = await start();
    const a = client(url, 'let-me-in');
    await synced(a.provider);
    a.doc.getText('t').insert(0, 'secret');
    const intruder = client(url, 'guess');
    const reason = await new Promise<string>((resolve) => intruder.provider.on('authenticationFailed', (e: { reason: string }) => resolve(e.reason)));
    expect(reason).toBeTruthy();
    expect(intruder.provider.isSynced).toBe(false);
    expect(intruder.doc.getText('t').toString()).toBe('');
  });
});
