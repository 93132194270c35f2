// The request lifecycle without React: a test protocol whose windows the test answers by hand.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BillingKeyError,
  coreMessagesFor,
  createRequestController,
  createSdkLoader,
  type BillingKeyOutcome,
  type BillingKeyProtocol,
} from '../../../../src/core';
import { createAttemptStore, recallAttempt } from '../../../../src/core/page/attempt-store';
import type { AttemptRecord } from '../../../../src/core/request/attempt-record';
import { isWindowBusy } from '../../../../src/core/page/window-lock';
import { resetBillingKeyState } from '../../../../src/testing';

interface TestResult {
  id: string;
  verified: boolean;
  response: unknown;
}
interface TestSdk {
  open: (id: string) => Promise<BillingKeyOutcome<TestResult> | undefined>;
}

const messages = coreMessagesFor('en');
const store = createAttemptStore<AttemptRecord>('test:pending');
const pending = { peek: (id: string) => recallAttempt(store, id, (_stored, base) => base) };

/** A protocol whose windows stay open until `answer(id, outcome)`; requests are ids, `'bad'` is invalid. */
function testProtocol() {
  const windows = new Map<string, (outcome: BillingKeyOutcome<TestResult> | undefined) => void>();
  const sdk: TestSdk = { open: (id) => new Promise((resolve) => windows.set(id, resolve)) };
  const loader = createSdkLoader<TestSdk>({
    global: '__testSdk',
    isSdk: (v): v is TestSdk => !!v,
    defaultUrl: 'https://x/sdk.js',
    mark: 'test',
  });
  (window as unknown as { __testSdk?: TestSdk }).__testSdk = sdk;
  const protocol: BillingKeyProtocol<string, TestResult, TestSdk> = {
    generation: 'v1',
    loader,
    attempts: store,
    prepare(id) {
      if (id === 'bad') throw new BillingKeyError('INVALID_PARAMS', 'bad', { field: 'id' });
      return { id, record: { version: 1, id, openedAt: Date.now() }, open: (s) => s.open(id) };
    },
  };
  const success = (id: string): BillingKeyOutcome<TestResult> => ({
    status: 'success',
    result: { id, verified: false, response: {} },
  });
  return {
    protocol,
    success,
    answer: (id: string, outcome = success(id)) => windows.get(id)!(outcome),
    /** The browser leaves for the PG's redirect: the SDK resolves nothing. */
    leave: (id: string) => windows.get(id)!(undefined),
  };
}

afterEach(() => {
  delete (window as unknown as { __testSdk?: TestSdk }).__testSdk;
  resetBillingKeyState();
});

describe('createRequestController', () => {
  it('publishes pending then success to subscribers, reports once, and resolves', async () => {
    const { protocol, answer } = testProtocol();
    const report = vi.fn();
    const controller = createRequestController({ protocol, messages, report });
    const seen: string[] = [];
    controller.subscribe(() => seen.push(controller.getSnapshot().status));
    const promise = controller.request('a');
    expect(controller.getSnapshot().status).toBe('pending');
    expect(isWindowBusy()).toBe(true);
    answer('a');
    await expect(promise).resolves.toMatchObject({ id: 'a' });
    expect(seen).toEqual(['pending', 'success']);
    expect(report).toHaveBeenCalledTimes(1);
    expect(isWindowBusy()).toBe(false);
  });

  it('keeps the same snapshot object until something changes (useSyncExternalStore needs that)', () => {
    const { protocol } = testProtocol();
    const controller = createRequestController({ protocol, messages });
    expect(controller.getSnapshot()).toBe(controller.getSnapshot());
  });

  it('a second request on the same controller is BUSY and leaves the first one’s state alone', async () => {
    const { protocol } = testProtocol();
    const report = vi.fn();
    const controller = createRequestController({ protocol, messages, report });
    void controller.request('a').catch(() => {});
    await expect(controller.request('b')).rejects.toMatchObject({ code: 'BUSY' });
    expect(controller.getSnapshot().status).toBe('pending');
    expect(report).toHaveBeenCalledWith({ status: 'failure', error: expect.objectContaining({ code: 'BUSY' }) });
  });

  it('another controller is BUSY while the page’s window is held, and opens once it is released', async () => {
    const { protocol, answer } = testProtocol();
    const first = createRequestController({ protocol, messages });
    const second = createRequestController({ protocol, messages });
    const opened = first.request('a');
    await expect(second.request('b')).rejects.toMatchObject({ code: 'BUSY' });
    expect(second.getSnapshot()).toMatchObject({ status: 'failure', error: { code: 'BUSY' } });
    answer('a');
    await opened;
    void second.request('c').catch(() => {});
    expect(second.getSnapshot().status).toBe('pending');
  });

  it('invalid input fails before the lock, the loader or the pending store are touched', async () => {
    const { protocol } = testProtocol();
    const controller = createRequestController({ protocol, messages });
    await expect(controller.request('bad')).rejects.toMatchObject({ code: 'INVALID_PARAMS', field: 'id' });
    expect(isWindowBusy()).toBe(false);
    expect(pending.peek('bad')).toBeUndefined();
  });

  it('abandon() rejects CANCELLED, releases the lock, keeps the pending entry, and sends the late answer to report once', async () => {
    const { protocol, answer } = testProtocol();
    const report = vi.fn();
    const controller = createRequestController({ protocol, messages, report });
    const promise = controller.request('a');
    expect(pending.peek('a')).toMatchObject({ id: 'a' });
    controller.abandon();
    await expect(promise).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(controller.getSnapshot().status).toBe('idle');
    expect(isWindowBusy()).toBe(false);
    expect(pending.peek('a')).toMatchObject({ id: 'a' });
    expect(report).not.toHaveBeenCalled();
    answer('a');
    await vi.waitFor(() => expect(report).toHaveBeenCalledTimes(1));
    expect(report.mock.calls[0]![0]).toMatchObject({ status: 'success', result: { id: 'a' } });
    expect(controller.getSnapshot().status).toBe('idle');
    expect(pending.peek('a')).toBeUndefined();
  });

  it('a window that resolves undefined (the browser is leaving for a redirect) stays pending and keeps its entry', async () => {
    const { protocol, leave } = testProtocol();
    const controller = createRequestController({ protocol, messages });
    void controller.request('a').catch(() => {});
    leave('a');
    await Promise.resolve();
    expect(controller.getSnapshot().status).toBe('pending');
    expect(pending.peek('a')).toBeDefined();
  });

  it('a window that throws is PG_FAILED, not a crash', async () => {
    const { protocol } = testProtocol();
    const failing = {
      ...protocol,
      prepare: (id: string) => ({ ...protocol.prepare(id, messages), open: () => Promise.reject(new Error('sdk bug')) }),
    };
    const controller = createRequestController({ protocol: failing, messages });
    await expect(controller.request('a')).rejects.toMatchObject({ code: 'PG_FAILED' });
    expect(isWindowBusy()).toBe(false);
  });

  it('uses the environment given last (the provider’s latest settings) for the next request', async () => {
    const { protocol, answer } = testProtocol();
    const before = vi.fn();
    const after = vi.fn();
    const controller = createRequestController({ protocol, messages, report: before });
    controller.setEnvironment({ protocol, messages, report: after });
    const promise = controller.request('a');
    answer('a');
    await promise;
    expect(before).not.toHaveBeenCalled();
    expect(after).toHaveBeenCalledTimes(1);
  });
});
