// The redirect flow without React: the controller's snapshots, its one read per page, exactly-once reporting, and the
// attempt record read back from storage, with a test page address.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  coreMessagesFor,
  createIamportReturn,
  createPortOneReturn,
  STORAGE_KEYS,
  type BillingKeyOutcome,
  type BillingKeyResult,
  type PageLocation,
} from '../../../../src/core';
import { createRedirectController, type RedirectEnvironment } from '../../../../src/core/flows/redirect-controller';
import { iamportAttempts } from '../../../../src/core/flows/v1-protocol';
import { resetBillingKeyState } from '../../../../src/testing';

const messages = coreMessagesFor('en');
const RETURN = 'https://shop.example/billing?plan=pro&imp_uid=imp_1&merchant_uid=mid_1&imp_success=true';

/** A page address that records its replacements. */
function pageAt(href: string): PageLocation & { replaced: string[] } {
  const replaced: string[] = [];
  return {
    replaced,
    get href() {
      return replaced.at(-1) ?? href;
    },
    replace: (url: string) => replaced.push(url),
  };
}

function v1Environment(location: PageLocation, extra: Pick<RedirectEnvironment<BillingKeyResult>, 'verify'> = {}) {
  return {
    protocol: createIamportReturn({}),
    messages,
    location,
    ...extra,
    notify: vi.fn<(outcome: BillingKeyOutcome<BillingKeyResult>) => void>(),
    report: vi.fn<(outcome: BillingKeyOutcome<BillingKeyResult>) => void>(),
  };
}

const remember = (id: string) =>
  iamportAttempts.remember({ version: 1, id, openedAt: Date.now(), customerUid: 'member_1', pg: 'kakaopay', amount: 0 });

afterEach(() => resetBillingKeyState());

describe('createRedirectController', () => {
  it('reads nothing before attach() (a server, the first client render): idle, the address untouched', () => {
    const location = pageAt(RETURN);
    const environment = v1Environment(location);
    const controller = createRedirectController(environment);
    expect(controller.getSnapshot()).toEqual({ status: 'idle', result: null, error: null });
    expect(controller.getSnapshot()).toBe(controller.getSnapshot());
    expect(location.replaced).toEqual([]);
    expect(environment.report).not.toHaveBeenCalled();
  });

  it('attach(): the result with the remembered request, told once to notify then report; the address cleaned', async () => {
    remember('mid_1');
    const location = pageAt(RETURN);
    const environment = v1Environment(location);
    const controller = createRedirectController(environment);
    const seen: string[] = [];
    controller.subscribe(() => seen.push(controller.getSnapshot().status));
    controller.attach();
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('success'));
    expect(controller.getSnapshot().result).toMatchObject({ customerUid: 'member_1', merchantUid: 'mid_1', impUid: 'imp_1' });
    expect(seen).toEqual(['success']);
    expect(environment.notify).toHaveBeenCalledTimes(1);
    expect(environment.report).toHaveBeenCalledTimes(1);
    expect(environment.notify.mock.invocationCallOrder[0]).toBeLessThan(environment.report.mock.invocationCallOrder[0]!);
    expect(location.replaced).toEqual(['https://shop.example/billing?plan=pro']);
    // The record is forgotten once the result is reported.
    expect(window.sessionStorage.getItem(STORAGE_KEYS.pendingV1)).toBeNull();
  });

  it('attach, detach, attach (StrictMode): one read, one report, and the result still shows', async () => {
    const location = pageAt(RETURN);
    const environment = v1Environment(location);
    const controller = createRedirectController(environment);
    controller.attach();
    controller.detach();
    controller.attach();
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('success'));
    expect(environment.notify).toHaveBeenCalledTimes(1);
    expect(environment.report).toHaveBeenCalledTimes(1);
    expect(location.replaced).toHaveLength(1);
  });

  it('verify: verifying, then the verified result; a page mounted again meanwhile follows it without a second report', async () => {
    let approve!: (ok: boolean) => void;
    const verify = vi.fn(() => new Promise<boolean>((resolve) => (approve = resolve)));
    const location = pageAt(RETURN);
    const first = v1Environment(location, { verify });
    const leader = createRedirectController(first);
    const statuses: string[] = [];
    leader.subscribe(() => statuses.push(leader.getSnapshot().status));
    leader.attach();
    await vi.waitFor(() => expect(leader.getSnapshot().status).toBe('verifying'));
    leader.detach();

    const second = v1Environment(location, { verify });
    const follower = createRedirectController(second);
    follower.attach();
    expect(follower.getSnapshot().status).toBe('verifying');
    approve(true);
    await vi.waitFor(() => expect(follower.getSnapshot().status).toBe('success'));
    expect(follower.getSnapshot().result).toMatchObject({ verified: true });
    expect(statuses).toEqual(['verifying', 'success']);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(first.notify).toHaveBeenCalledTimes(1);
    expect(first.report).toHaveBeenCalledTimes(1);
    expect(second.notify).not.toHaveBeenCalled();
    expect(second.report).not.toHaveBeenCalled();
  });

  it('the callbacks in force when the result is reported are the ones told (setEnvironment after attach)', async () => {
    let approve!: (ok: boolean) => void;
    const location = pageAt(RETURN);
    const initial = v1Environment(location, { verify: () => new Promise<boolean>((resolve) => (approve = resolve)) });
    const controller = createRedirectController(initial);
    controller.attach();
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('verifying'));
    const latest = { ...initial, notify: vi.fn(), report: vi.fn() };
    controller.setEnvironment(latest);
    approve(true);
    await vi.waitFor(() => expect(latest.report).toHaveBeenCalledTimes(1));
    expect(latest.notify).toHaveBeenCalledTimes(1);
    expect(initial.notify).not.toHaveBeenCalled();
    expect(initial.report).not.toHaveBeenCalled();
  });

  it('a failure return: failure with the typed error; a URL without a result stays idle and untouched', async () => {
    const failed = createRedirectController(
      v1Environment(pageAt('https://shop.example/?merchant_uid=mid_2&imp_success=false&error_msg=no')),
    );
    failed.attach();
    await vi.waitFor(() => expect(failed.getSnapshot().status).toBe('failure'));
    expect(failed.getSnapshot()).toMatchObject({ result: null, error: { code: 'PG_FAILED' } });

    const location = pageAt('https://shop.example/?merchant_uid=mine');
    const plain = v1Environment(location);
    const idle = createRedirectController(plain);
    idle.attach();
    await Promise.resolve();
    expect(idle.getSnapshot().status).toBe('idle');
    expect(location.replaced).toEqual([]);
    expect(plain.report).not.toHaveBeenCalled();
  });

  it('v2: an edited record reads as not remembered, and the key is still reported (pg "")', async () => {
    window.sessionStorage.setItem(STORAGE_KEYS.pendingV2, JSON.stringify({ i1: { openedAt: Date.now(), pg: 42 } }));
    const report = vi.fn();
    const controller = createRedirectController({
      protocol: createPortOneReturn(),
      messages,
      location: pageAt('https://shop.example/?rbk_issue_id=i1&transactionType=ISSUE_BILLING_KEY&billingKey=bk-1'),
      report,
    });
    controller.attach();
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('success'));
    expect(controller.getSnapshot().result).toMatchObject({ billingKey: 'bk-1', issueId: 'i1', pg: '' });
    expect(report).toHaveBeenCalledTimes(1);
  });
});
