import { format } from '../core/vocabulary/core-messages';
import type { IamportSdk } from '../core/page/v1-sdk';
import { V1_REDIRECT_QUERY_KEYS, type RequestPayParams, type IamportResponse } from '../core/vocabulary/v1-wire';
import { getPgNotices } from '../core/rules/v1-notices';
import { PG_LABELS } from '../core/rules/pg-labels';
import { getPgRule, mayRedirect, methodRuleOf, pgCodeOf, type KnownPgCode } from '../core/rules/v1-pg-lookup';
import { formatAmount } from '../texts/format-amount';
import { UI_MESSAGES } from '../texts/ui-messages';
import type { MockOutcome } from './mock-windows';
import { isMobileBrowser } from './navigation';
import { createPayPalStandIn, type MockPayPal } from './paypal-button';
import { checkStandInOptions, SHARED_OPTION_RULES } from './stand-in-options';
import { createStandIn, lastOf, windowOf, type MockStandInHandle, type MockStandInOptions } from './stand-in';
import { WINDOW_TEXT } from './window-text';

const V1_OPTION_RULES = {
  ...SHARED_OPTION_RULES,
  shape: ['current', 'legacy', 'mobile'],
  channels: { is: (value: unknown) => typeof value === 'object' && value !== null, says: 'an object' },
} as const;

/** How the v1 stand-in answers `request_pay`. Every field is optional. */
export interface MockIamportOptions extends MockStandInOptions {
  /** For `'failure'` (and the simulated window's Decline): the PG's `error_code` / `error_msg` (defaults `'F400'` / `'[카드사] 카드 인증에 실패했습니다'`). */
  failure?: { code?: string; message?: string };
  /** Response shape: `'current'` (no success flag; `error_code: null` on success, default), `'legacy'` (`success`) or `'mobile'` (`imp_success`). */
  shape?: 'current' | 'legacy' | 'mobile';
  /**
   * `'callback'` (default) calls `request_pay`'s callback. `'redirect'` navigates to `m_redirect_url` (or the current page)
   * with the real query keys (`imp_uid`, `merchant_uid`, on failure `error_code` / `error_msg`, plus `success` for
   * `'legacy'` or `imp_success` for `'mobile'`) and never calls back. `'auto'` does what the PG does on this device
   * (its rules' `delivery`, a mobile user agent meaning mobile).
   */
  delivery?: 'callback' | 'redirect' | 'auto';
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
export interface MockIamport extends MockStandInHandle<RequestPayParams, IamportResponse> {
  /** The installed stand-in (`window.IMP`). */
  readonly sdk: IamportSdk;
  /** userCodes passed to `init`, in order. */
  readonly inits: readonly string[];
  /** Every `request_pay` params, in order. */
  readonly requests: readonly RequestPayParams[];
  /** The last `request_pay` params. @throws {Error} when `request_pay` was not called. */
  lastRequest(): RequestPayParams;
  /**
   * PayPal RT: what `loadUI('paypal-rt', …)` and `updateLoadUIRequest` were given, and `click()` for PayPal's simulated
   * button (rendered into PortOne's container). A click is an attempt: its params join `requests`, and it is answered
   * like `request_pay` (scripted outcome after `delayMs`, or the simulated window), through `loadUI`'s callback.
   */
  readonly paypal: MockPayPal<RequestPayParams>;
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
  return windowOf(locale, pgName, [
    ...(showsAmount ? [[text.amount, money(shown)] as const] : []),
    [text.charge, charge],
    [text.payMethod, params.pay_method ?? text.buyerChooses],
    ['customer_uid', String(params.customer_uid ?? '')],
  ]);
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
 * @throws {TypeError} when an option has a value the stand-in does not know (`outcome: 'maybe'`), before installing.
 * @example
 * const imp = installMockIamport({ answer: 'manual' });
 * await user.click(screen.getByRole('button', { name: '카드 등록하기' }));
 * expect(screen.getByRole('button')).toHaveAttribute('aria-busy', 'true'); // the window is open
 * act(() => imp.answer('cancel'));
 * imp.uninstall();
 */
export function installMockIamport(options: MockIamportOptions = {}): MockIamport {
  checkStandInOptions('installMockIamport', options, V1_OPTION_RULES);
  const { shape = 'current', delivery = 'callback', locale = 'ko' } = options;
  const inits: string[] = [];
  const requests: RequestPayParams[] = [];
  let count = 0;
  const standIn = createStandIn<RequestPayParams>('IMP', options, (params) =>
    windowContent(params, pgOf(params, options.channels), locale),
  );
  const { windows } = standIn;

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
    standIn.redirect(params.m_redirect_url, response, V1_REDIRECT_QUERY_KEYS);
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
  const uninstall = standIn.install(sdk, paypal);

  return {
    sdk,
    inits,
    requests,
    get pending() {
      return windows.waiting();
    },
    lastRequest: () => lastOf(requests, 'installMockIamport: request_pay has not been called'),
    answer: (answer) => windows.answer(answer),
    paypal: paypal.handle,
    uninstall,
  };
}
