// verifyWith from both React entries, in plain Node (no window, no DOM), against a real HTTP endpoint.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// Imported at load, as a shop's server code would: a browser global read while loading would fail this file.
import { verifyWith as verifyWithV1 } from '../../src/index';
import { verifyWith as verifyWithV2 } from '../../src/v2/index';

let server: Server;
let url: string;
let received: { method: string; headers: IncomingMessage['headers']; body: string }[];
let status = 200;

beforeEach(async () => {
  received = [];
  status = 200;
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ method: req.method ?? '', headers: req.headers, body });
      // An auth middleware sends an expired session to its sign-in page (200, HTML); a 308 keeps the POST.
      if (req.url === '/expired') return res.writeHead(302, { Location: '/login' }).end();
      if (req.url === '/login') return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>로그인</h1>');
      if (req.url === '/moved') return res.writeHead(308, { Location: '/api/billing/verify' }).end();
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(status === 200 ? { ok: true } : { ok: false, reason: 'MISMATCH' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/billing/verify`;
});
afterEach(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

describe.each([
  ['react-billing-key', verifyWithV1],
  ['react-billing-key/v2', verifyWithV2],
])('verifyWith from %s', (_, verifyWith) => {
  it('is exported by the entry, which loads in Node without a window', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof verifyWith).toBe('function');
  });

  it("POSTs the result as JSON, keeps init's headers, resolves true on 200 only", async () => {
    const verify = verifyWith(url, { headers: { 'X-CSRF-Token': 'csrf-1' }, credentials: 'include' });
    const result = { customerUid: 'member_42_card_1', merchantUid: 'm1', impUid: 'imp_1', verified: false };
    expect(await verify(result)).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'POST', body: JSON.stringify(result) });
    expect(received[0]!.headers['content-type']).toBe('application/json');
    expect(received[0]!.headers['x-csrf-token']).toBe('csrf-1');
    for (const refusal of [201, 204, 400, 401, 403, 404, 422, 500, 502, 503]) {
      status = refusal;
      expect(await verify(result), `HTTP ${refusal}`).toBe(false);
    }
  });

  it("a redirect to a sign-in page (200 HTML) is false; a redirect to the handler's { ok: true } is true", async () => {
    const result = { customerUid: 'member_42_card_1', verified: false };
    expect(await verifyWith(url.replace('/api/billing/verify', '/expired'))(result)).toBe(false);
    expect(received.map((r) => r.method)).toEqual(['POST', 'GET']);
    expect(await verifyWith(url.replace('/api/billing/verify', '/moved'))(result)).toBe(true);
    expect(received.at(-1)).toMatchObject({ method: 'POST', body: JSON.stringify(result) });
  });

  it('keeps a Content-Type the shop sets, and rejects when the server cannot be reached', async () => {
    await verifyWith(url, { headers: new Headers({ 'Content-Type': 'application/json; charset=utf-8' }) })({ billingKey: 'bk' });
    expect(received[0]!.headers['content-type']).toBe('application/json; charset=utf-8');
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await expect(verifyWith(url)({ billingKey: 'bk' })).rejects.toThrow();
    server = createServer().listen(0, '127.0.0.1');
  });
});
