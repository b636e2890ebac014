// The extension's Workspace Trust wiring (client/src/trust.ts) without VS Code: a fake workspace
// whose trust is granted, and a fake server that records what it is told.
import assert from 'node:assert/strict';
import { DID_GRANT_TRUST, forwardTrust, trustOption } from '../../client/src/trust';
import { fakeWorkspace } from '../helpers/fakeWorkspace';

function fakeServer(listening: boolean) {
  const sent: string[] = [];
  return {
    sent,
    listening: () => listening,
    notify: async (method: string) => void sent.push(method),
  };
}

describe('client: what the server hears of Workspace Trust', () => {
  it('an untrusted window starts the server untrusted; a grant tells it once, and a restart says trusted', () => {
    const ws = fakeWorkspace(false);
    const server = fakeServer(true);
    assert.deepEqual(trustOption(ws), { trusted: false });
    forwardTrust(ws, server);
    assert.deepEqual(server.sent, []);
    ws.grant();
    assert.deepEqual(server.sent, [DID_GRANT_TRUST]);
    assert.deepEqual(trustOption(ws), { trusted: true });
  });

  it('a trusted window starts the server trusted and sends nothing', () => {
    const ws = fakeWorkspace(true);
    const server = fakeServer(true);
    forwardTrust(ws, server);
    assert.deepEqual(trustOption(ws), { trusted: true });
    assert.deepEqual(server.sent, []);
  });

  it('a stopped server is told nothing (its next start reads the trust); after dispose, nothing is sent', () => {
    const ws = fakeWorkspace(false);
    const stopped = fakeServer(false);
    forwardTrust(ws, stopped);
    ws.grant();
    assert.deepEqual(stopped.sent, []);
    const again = fakeWorkspace(false);
    const server = fakeServer(true);
    forwardTrust(again, server).dispose();
    again.grant();
    assert.deepEqual(server.sent, []);
  });

  it('a server that refuses the notification (stopped meanwhile) leaves no unhandled rejection', async () => {
    const ws = fakeWorkspace(false);
    let rejected = 0;
    forwardTrust(ws, {
      listening: () => true,
      notify: () => (rejected++, Promise.reject(new Error('Client is not running'))),
    });
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      ws.grant();
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    assert.equal(rejected, 1);
    assert.deepEqual(unhandled, []);
  });
});
