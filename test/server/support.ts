import { createServer } from 'node:net';
import { expect } from 'vitest';
import { BillingServerError } from '../../src/server';

/** The BillingServerError a promise rejects with (fails the test when it resolves or rejects with anything else). */
export async function rejection(promise: Promise<unknown>): Promise<BillingServerError> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BillingServerError);
  return error as BillingServerError;
}

/** A loopback port nobody listens on (a connection to it is refused). */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
