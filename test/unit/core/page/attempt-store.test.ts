// The attempt record's round trip: written by the protocol before the window opens, read back typed on the return,
// tolerant of whatever sessionStorage holds (edits, an older release's shape, parse failures, quotas, private mode).
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createIamportProtocol,
  createIamportReturn,
  createPortOneProtocol,
  createPortOneReturn,
  SESSION_TTL_MS,
  STORAGE_KEYS,
} from '../../../../src/core';
import { withConsent } from '../../../../src/core/flows/consent-protocol';
import { createAttemptStore, recallAttempt } from '../../../../src/core/page/attempt-store';
import { ATTEMPT_RECORD_VERSION, type AttemptRecord } from '../../../../src/core/request/attempt-record';
import { readV1Attempt, type V1AttemptRecord } from '../../../../src/core/request/v1-attempt';
import { readV2Attempt, type V2AttemptRecord } from '../../../../src/core/request/v2-attempt';
import { portOneAttempts } from '../../../../src/core/flows/v2-protocol';
import { CORE_MESSAGES } from '../../../../src/core/vocabulary/core-messages';
import { resetBillingKeyState } from '../../../../src/testing';
import { STORE, VALID } from '../../../support/v2-fixtures';

const messages = CORE_MESSAGES.en;
const v1Return = createIamportReturn({});
const v2Return = createPortOneReturn();
const consent = { version: '2026-12', agreedAt: '2026-12-06T07:30:00.000Z' };

const store = (key: string, map: unknown) => window.sessionStorage.setItem(key, JSON.stringify(map));
const stored = (key: string) => JSON.parse(window.sessionStorage.getItem(key) ?? '{}') as Record<string, unknown>;

afterEach(() => {
  resetBillingKeyState();
  vi.restoreAllMocks();
});

describe('the attempt record, written before the window opens and read back on return', () => {
  it('v1: the record the protocol writes is the record the return reads, typed and versioned', () => {
    const attempt = createIamportProtocol({ userCode: 'imp12345678' }).prepare(
      { pg: 'kcp_billing', customerUid: 'member_1', amount: 0, merchantUid: 'mid_1' },
      messages,
    );
    const written: V1AttemptRecord = attempt.record;
    expect(written).toEqual({
      version: ATTEMPT_RECORD_VERSION,
      id: 'mid_1',
      openedAt: expect.any(Number) as unknown,
      customerUid: 'member_1',
      pg: 'kcp_billing',
      amount: 0,
      payMethod: 'card',
    });
    createIamportProtocol({ userCode: 'imp12345678' }).attempts.remember(written);
    const read: V1AttemptRecord | undefined = v1Return.recall('mid_1');
    expect(read).toEqual(written);
  });

  it('v2: issue-and-pay and a consent travel through storage', () => {
    const protocol = withConsent(createPortOneProtocol({ storeId: STORE }), {
      gate: () => ({ required: true, record: consent }),
      refusal: () => 'tick it',
    });
    const attempt = protocol.prepare({ ...VALID.kcp_v2, issueId: 'issue-1' }, messages);
    expect(attempt.record).toMatchObject({ version: ATTEMPT_RECORD_VERSION, id: 'issue-1', pg: 'kcp_v2', consent });
    protocol.attempts.remember(attempt.record);
    const read: V2AttemptRecord | undefined = v2Return.recall('issue-1');
    expect(read).toEqual(attempt.record);
    expect(read?.firstPayment).toBeUndefined();
  });

  it("reads the previous release's records (no version), under either generation's key", () => {
    const openedAt = Date.now();
    store(STORAGE_KEYS.pendingV1, {
      m1: { id: 'm1', openedAt, customerUid: 'c1', pg: 'kakaopay', amount: 1004, payMethod: 'card' },
      // The first shape of all: merchantUid instead of id (the key is the id either way).
      m2: { merchantUid: 'm2', openedAt, customerUid: 'c2', pg: 'tosspayments', amount: 0 },
    });
    store(STORAGE_KEYS.pendingV2, {
      i1: { id: 'i1', openedAt, pg: 'kcp_v2', billingKeyMethod: 'CARD', firstPayment: true, consent },
    });
    expect(v1Return.recall('m1')).toEqual({
      version: ATTEMPT_RECORD_VERSION,
      id: 'm1',
      openedAt,
      customerUid: 'c1',
      pg: 'kakaopay',
      amount: 1004,
      payMethod: 'card',
    });
    expect(v1Return.recall('m2')).toMatchObject({ id: 'm2', customerUid: 'c2', pg: 'tosspayments', payMethod: undefined });
    expect(v2Return.recall('i1')).toEqual({
      version: ATTEMPT_RECORD_VERSION,
      id: 'i1',
      openedAt,
      pg: 'kcp_v2',
      billingKeyMethod: 'CARD',
      firstPayment: true,
      consent,
    });
  });

  it.each<[string, unknown]>([
    ['another version', { version: 2, openedAt: Date.now(), customerUid: 'c', pg: 'kakaopay', amount: 0 }],
    ['a missing customerUid', { openedAt: Date.now(), pg: 'kakaopay', amount: 0 }],
    ['a pg that is not text', { openedAt: Date.now(), customerUid: 'c', pg: 42, amount: 0 }],
    ['an amount that is not a number', { openedAt: Date.now(), customerUid: 'c', pg: 'kakaopay', amount: '0' }],
    ['no time', { customerUid: 'c', pg: 'kakaopay', amount: 0 }],
    ['an expired record', { openedAt: Date.now() - SESSION_TTL_MS - 1, customerUid: 'c', pg: 'kakaopay', amount: 0 }],
    ['an array', [1, 2]],
    ['text', 'mid'],
    ['null', null],
  ])('v1: %s is read as not remembered', (_label, record) => {
    store(STORAGE_KEYS.pendingV1, { mid: record });
    expect(v1Return.recall('mid')).toBeUndefined();
  });

  it('keeps only the known fields; an unreadable consent or pay method is left out, firstPayment only when true', () => {
    const openedAt = Date.now();
    store(STORAGE_KEYS.pendingV1, {
      mid: { openedAt, customerUid: 'c', pg: 'kakaopay', amount: 0, payMethod: 7, consent: { version: 1 }, buyer: 'x' },
    });
    store(STORAGE_KEYS.pendingV2, { i: { openedAt, pg: 'kcp_v2', billingKeyMethod: ['CARD'], firstPayment: 'true' } });
    expect(v1Return.recall('mid')).toEqual({
      version: ATTEMPT_RECORD_VERSION,
      id: 'mid',
      openedAt,
      customerUid: 'c',
      pg: 'kakaopay',
      amount: 0,
      payMethod: undefined,
    });
    expect(v2Return.recall('i')).toEqual({
      version: ATTEMPT_RECORD_VERSION,
      id: 'i',
      openedAt,
      pg: 'kcp_v2',
      billingKeyMethod: undefined,
    });
    store(STORAGE_KEYS.pendingV2, { i: { openedAt, pg: 'kcp_v2', consent: { version: 'v', agreedAt: 'not a date' } } });
    expect(recallAttempt(portOneAttempts, 'i', readV2Attempt)?.consent).toBeUndefined();
  });

  it('an id is any text, `__proto__` and `constructor` included, and records of other ids stay', () => {
    const attempts = createAttemptStore<V1AttemptRecord>(STORAGE_KEYS.pendingV1);
    const openedAt = Date.now();
    const record = (id: string): V1AttemptRecord => ({
      version: ATTEMPT_RECORD_VERSION,
      id,
      openedAt,
      customerUid: `c-${id}`,
      pg: 'kakaopay',
      amount: 0,
    });
    for (const id of ['__proto__', 'constructor', 'a']) attempts.remember(record(id));
    expect(recallAttempt(attempts, '__proto__', readV1Attempt)).toMatchObject(record('__proto__'));
    expect(recallAttempt(attempts, 'toString', readV1Attempt)).toBeUndefined();
    attempts.forget('constructor');
    expect(Object.keys(stored(STORAGE_KEYS.pendingV1)).sort()).toEqual(['__proto__', 'a']);
    attempts.forget('__proto__');
    attempts.forget('a');
    expect(window.sessionStorage.getItem(STORAGE_KEYS.pendingV1)).toBeNull();
  });
});

describe('storage that fails never throws and never blocks a result', () => {
  const attempts = createAttemptStore<AttemptRecord>('test:attempts');
  const record: AttemptRecord = { version: ATTEMPT_RECORD_VERSION, id: 'a', openedAt: Date.now() };
  const recall = (id: string) => recallAttempt(attempts, id, (_stored, base) => base);

  it('unparsable storage reads as empty, and the next record replaces it', () => {
    window.sessionStorage.setItem('test:attempts', '{not json');
    expect(recall('a')).toBeUndefined();
    attempts.remember(record);
    expect(recall('a')).toEqual(record);
    window.sessionStorage.setItem('test:attempts', '"text"');
    expect(recall('a')).toBeUndefined();
    attempts.forget('a');
  });

  it('a full storage (quota): remember and forget are quiet, nothing is read back', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => attempts.remember(record)).not.toThrow();
    expect(() => attempts.forget('a')).not.toThrow();
    expect(recall('a')).toBeUndefined();
  });

  it('storage blocked on access (private mode): every call is quiet', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      expect(() => attempts.remember(record)).not.toThrow();
      expect(recall('a')).toBeUndefined();
      expect(() => attempts.forget('a')).not.toThrow();
    } finally {
      Object.defineProperty(window, 'sessionStorage', original);
    }
  });
});
