import { format } from '../core/vocabulary/core-messages';
import type { IamportSdk } from '../core/page/v1-sdk';
import { resetDevNotes } from '../core/page/dev-notes';
import { resetWindowLock } from '../core/page/window-lock';
import { V1_REDIRECT_QUERY_KEYS, type RequestPayParams, type IamportResponse } from '../core/vocabulary/v1-wire';
import { getPgNotices } from '../core/rules/v1-notices';
import { PG_LABELS } from '../core/rules/pg-labels';
import { getPgRule, mayRedirect, methodRuleOf, pgCodeOf, type KnownPgCode } from '../core/rules/v1-pg-lookup';
import { formatAmount } from '../messages/format-amount';
import { UI_MESSAGES } from '../messages/ui-messages';
import { createMockWindows, type MockAnswerMode, type MockOutcome } from './mock-windows';
import { isMobileBrowser, navigateTo } from './navigation';
import { createPayPalStandIn, type MockPayPal } from './paypal-button';
import { WINDOW_TEXT } from './window-text';

/** How the v1 stand-in answers `request_pay`. Every field is optional. */
export interface MockIamportOptions {
  /** What the window answers: `'success'` (default), `'failure'` or `'cancel'`. With `simulateWindow` the buyer decides. */
  outcome?: MockOutcome;
  /** For `'failure'` (and the simulated window's Decline): the PG's `error_code` / `error_msg` (defaults `'F400'` / `'[카드사] 카드 인증에 실패했습니다'`). */
  failure?: { code?: string; message?: string };
  /** Response shape: `'current'` (no success flag; `error_code: null` on success, default), `'legacy'` (`success`) or `'mobile'` (`imp_success`). */
  shape?: 'current' | 'legacy' | 'mobile';
  /** When to answer: `'auto'` (default, after `delayMs`), `'sync'` (inside `request_pay`), `'manual'` (on `answer()`). */
  answer?: MockAnswerMode;
  /** Wait before answering in `'auto'` mode, ms (default 0: the next macrotask). With `simulateWindow`, from the buyer's choice. */
  delayMs?: number;
  /**
   * `'callback'` (default) calls `request_pay`'s callback. `'redirect'` navigates to `m_redirect_url` (or the current page)
   * with the real query keys (`imp_uid`, `merchant_uid`, on failure `error_code` / `error_msg`, plus `success` for
   * `'legacy'` or `imp_success` for `'mobile'`) and never calls back. `'auto'` does what the PG does on this device
   * (its rules' `delivery`, a mobile user agent meaning mobile).
   */
  delivery?: 'callback' | 'redirect' | 'auto';
  /** How a redirect navigates; default `window.location.assign`. Stories and tests pass e.g. `history.pushState`. */
  navigate?: (url: string) => void;
  /** Show a visible simulated PG window (a modal dialog) and let the buyer Approve / Decline / Cancel. */
  simulateWindow?: boolean;
  /** Language of the simulated window: `'ko'` (default) or `'en'`. */
  locale?: 'ko' | 'en';
  /** Where to install `IMP`; default `window`. */
  target?: { IMP?: unknown };
  /**
   * The PG behind each channel key, as PortOne's console knows it (`{ 'channel-key-…': 'toss_brandpay' }`): how the
   * stand-in tells which PG a request is for when it sends `channelKey` without `pg` (Toss BrandPay, KG파이낸셜's new
   * module, or any request that passes a channel key). Without an entry such a window shows the channel key.
   */
  channels?: Readonly<Record<string, string>>;
}

/** The installed stand-in and what it was asked. */
export interface MockIamport {
  /** The installed stand-in (`window.IMP`). */
  readonly sdk: IamportSdk;
  /** userCodes passed to `init`, in order. */
  readonly inits: readonly string[];
  /** Every `request_pay` params, in order. */
  readonly requests: readonly RequestPayParams[];
  /** The requests still waiting for an answer, oldest first (`'manual'` mode, `delayMs`, an open simulated window). */
  readonly pending: readonly RequestPayParams[];
  /** The last `request_pay` params. @throws {Error} when `request_pay` was not called. */
  lastRequest(): RequestPayParams;
  /**
   * PayPal RT: what `loadUI('paypal-rt', …)` and `updateLoadUIRequest` were given, and `click()` for PayPal's simulated
   * button (rendered into PortOne's container). A click is an attempt: its params join `requests`, and it is answered
   * like `request_pay` (scripted outcome after `delayMs`, or the simulated window), through `loadUI`'s callback.
   */
  readonly paypal: MockPayPal<RequestPayParams>;
  /**
   * Answers the oldest waiting request now: with the scripted outcome (no argument), another outcome
   * (`'success' | 'failure' | 'cancel'`), or response fields laid over a success (`{ error_code: 'F400', error_msg: '…' }`).
   * @throws {Error} when no request is waiting.
   */
  answer(answer?: MockOutcome | IamportResponse): void;
  /**
   * Removes the stand-in (restores a previous `window.IMP`) and any open simulated window. Answers still waiting are
   * dropped (their callbacks never run); when a request was left without an answer, the page's window lock is released.
   * Also forgets the development warnings printed so far, so they do not leak into the next test.
   */
  uninstall(): void;
}

const CANCEL_MESSAGE = '[결제포기] 사용자가 결제를 취소하셨습니다';
const DEFAULT_FAILURE = { code: 'F400', message: '[카드사] 카드 인증에 실패했습니다' };

/** What the simulated window says about a v1 request, from the PG rules (Galaxia's 1,000 KRW, Danal's test charge…). */
function windowContent(params: RequestPayParams, pg: string | undefined, locale: 'ko' | 'en') {
  const text = WINDOW_TEXT[locale];
  const rule = getPgRule(pg);
  const code = pgCodeOf(pg);
  const pgName = Object.prototype.hasOwnProperty.call(PG_LABELS, code)
    ? PG_LABELS[code as KnownPgCode][locale]
    : String(pg ?? params.channelKey ?? '');
  const amount = typeof params.amount === 'number' ? params.amount : 0;
  const money = (value: number) => formatAmount(value, locale, params.currency);
  const method = rule && methodRuleOf(rule, params.pay_method);
  const shown = amount === 0 ? method?.windowAmountAtZero || 0 : amount;
  // A window that does not use the amount (Toss BrandPay) shows none.
  const showsAmount = method?.positiveAmount !== 'not-used';
  const notice = getPgNotices(pg, amount, params.pay_method).find((n) =>
    ['testCharge', 'displayOnly', 'windowShowsAmount', 'chargedNow'].includes(n.kind),
  );
  // What the window says it charges: the notice about the amount (test charge, display only, charged now), if any.
  const charge = notice
    ? format(UI_MESSAGES[locale].notice[notice.kind], { amount: money(notice.amount ?? amount) })
    : text.nothingCharged;
  return {
    title: format(text.title, { pg: pgName }),
    rows: [
      [text.pg, pgName] as const,
      ...(showsAmount ? [[text.amount, money(shown)] as const] : []),
      [text.charge, charge] as const,
      [text.payMethod, params.pay_method ?? text.buyerChooses] as const,
      ['customer_uid', String(params.customer_uid ?? '')] as const,
    ],
    actions: [
      { answer: 'success', label: text.approve, tone: 'primary' },
      { answer: 'failure', label: text.decline, tone: 'danger' },
      { answer: 'cancel', label: text.cancel, tone: 'neutral' },
    ] as const,
    escapeAnswer: 'cancel' as const,
  };
}

/** The PG a request is for: its `pg`, or the PG behind its `channelKey` in the `channels` option. */
function pgOf(params: RequestPayParams, channels: MockIamportOptions['channels']): string | undefined {
  if (typeof params.pg === 'string') return params.pg;
  const key = params.channelKey;
  return typeof key === 'string' && channels && Object.prototype.hasOwnProperty.call(channels, key) ? channels[key] : undefined;
}

function redirects(params: RequestPayParams, pg: string | undefined, delivery: MockIamportOptions['delivery']): boolean {
  if (delivery !== 'auto') return delivery === 'redirect';
  const rule = getPgRule(pg);
  if (!rule || !mayRedirect(rule, params)) return false;
  return rule.delivery[isMobileBrowser() ? 'mobile' : 'pc'] === 'redirect';
}

/**
 * Installs a stand-in `window.IMP` (PortOne v1) whose `request_pay` answers as scripted — or as the buyer decides in a
 * visible simulated window — and records every call. Plain DOM, no React: for Vitest, Jest, Playwright and Storybook.
 * Call `uninstall()` when done (e.g. in `afterEach`).
 * @example
 * const imp = installMockIamport({ answer: 'manual' });
 * await user.click(screen.getByRole('button', { name: '카드 등록하기' }));
 * expect(screen.getByRole('button')).toHaveAttribute('aria-busy', 'true'); // the window is open
 * act(() => imp.answer('cancel'));
 * imp.uninstall();
 */
export function installMockIamport(options: MockIamportOptions = {}): MockIamport {
  const { shape = 'current', delivery = 'callback', locale = 'ko' } = options;
  const target = options.target ?? (globalThis as { window?: { IMP?: unknown } }).window ?? (globalThis as { IMP?: unknown });
  const had = 'IMP' in target;
  const previous = target.IMP;
  const inits: string[] = [];
  const requests: RequestPayParams[] = [];
  let count = 0;
  let redirected = 0;
  const windows = createMockWindows<RequestPayParams>({
    answer: options.answer ?? 'auto',
    delayMs: options.delayMs ?? 0,
    simulateWindow: options.simulateWindow ?? false,
    outcome: options.outcome ?? 'success',
    windowContent: (params) => windowContent(params, pgOf(params, options.channels), locale),
  });

  const respond = (params: RequestPayParams, outcome: MockOutcome, override?: Record<string, unknown>): IamportResponse => {
    const ok = outcome === 'success';
    const failure = outcome === 'cancel' ? { code: 'F400', message: CANCEL_MESSAGE } : { ...DEFAULT_FAILURE, ...options.failure };
    const response: IamportResponse = {
      imp_uid: `imp_${Date.now().toString(36)}${++count}`,
      merchant_uid: params.merchant_uid,
      error_code: ok ? null : failure.code,
      error_msg: ok ? null : failure.message,
    };
    if (shape === 'legacy') response.success = ok;
    if (shape === 'mobile') response.imp_success = ok;
    return { ...response, ...override };
  };

  const deliver = (
    params: RequestPayParams,
    callback: ((response: IamportResponse) => void) | undefined,
    response: IamportResponse,
  ) => {
    if (!redirects(params, pgOf(params, options.channels), delivery)) return callback?.(response);
    redirected++;
    const url = new URL(String(params.m_redirect_url ?? window.location.href), window.location.href);
    for (const key of V1_REDIRECT_QUERY_KEYS) {
      const value = response[key];
      if (value !== null && value !== undefined) url.searchParams.set(key, String(value));
    }
    navigateTo(url.toString(), options.navigate);
  };

  let uiCallback: ((response: IamportResponse) => void) | undefined;
  // PortOne runs request_pay with loadUI's params when the buyer clicks PayPal's button; PayPal answers by callback.
  const paypal = createPayPalStandIn<RequestPayParams>((params) => {
    requests.push(params);
    const callback = uiCallback;
    windows.open(params, (outcome, override) => callback?.(respond(params, outcome, override)));
  });

  const sdk: IamportSdk = {
    init(userCode) {
      inits.push(userCode);
    },
    request_pay(params, callback) {
      requests.push(params);
      // The one check a billing-key window needs: without customer_uid no key can be issued.
      if (!params.customer_uid) {
        return callback?.({ ...respond(params, 'failure'), error_msg: 'customer_uid is required to issue a billing key' });
      }
      windows.open(params, (outcome, override) => deliver(params, callback, respond(params, outcome, override)));
    },
    loadUI(type, params, callback) {
      if (type !== 'paypal-rt') throw new Error(`${String(type)}: 올바른 UI 타입을 입력해주세요.`);
      uiCallback = callback;
      paypal.load(params);
    },
    updateLoadUIRequest(type, params) {
      if (type === 'paypal-rt') paypal.update(params);
    },
  };
  target.IMP = sdk;

  return {
    sdk,
    inits,
    requests,
    get pending() {
      return windows.waiting();
    },
    lastRequest() {
      const last = requests[requests.length - 1];
      if (!last) throw new Error('installMockIamport: request_pay has not been called');
      return last;
    },
    answer: (answer) => windows.answer(answer),
    paypal: paypal.handle,
    uninstall() {
      paypal.dispose();
      // A request left without an answer (or sent away by a redirect) would hold the page's window for the next test.
      if (windows.dispose() > 0 || redirected > 0) resetWindowLock();
      if (process.env.NODE_ENV !== 'production') resetDevNotes();
      if (target.IMP !== sdk) return;
      if (had) target.IMP = previous;
      else delete target.IMP;
    },
  };
}
