import { format } from '../core/vocabulary/core-messages';
import {
  type IssueBillingKeyAndPayParams,
  type IssueBillingKeyParams,
  type IssueBillingKeyResponse,
  type IssueBillingKeyUICallbacks,
  type LoadIssueBillingKeyUIParams,
  V2_RESULT_QUERY_KEYS,
} from '../core/vocabulary/v2-wire';
import type { PortOneSdk } from '../core/page/v2-sdk';
import { getV2PgNotices } from '../core/rules/v2-notices';
import { V2_PG_LABELS } from '../core/rules/pg-labels';
import { getV2PgRule, type KnownV2PgCode } from '../core/rules/v2-pg-rules';
import { V2_DEFAULT_DELIVERY } from '../core/rules/v2-pg-rule';
import { formatAmount } from '../texts/format-amount';
import { UI_MESSAGES } from '../texts/ui-messages';
import type { MockOutcome } from './mock-windows';
import { isMobileBrowser } from './navigation';
import { createPayPalStandIn, type MockPayPal } from './paypal-button';
import { checkStandInOptions, SHARED_OPTION_RULES } from './stand-in-options';
import { createStandIn, lastOf, windowOf, type MockStandInHandle, type MockStandInOptions } from './stand-in';
import { WINDOW_TEXT } from './window-text';

const V2_OPTION_RULES = {
  ...SHARED_OPTION_RULES,
  needsConfirmation: [true, false],
  pg: { is: (value: unknown) => typeof value === 'string', says: 'a v2 PG name' },
} as const;

/** How the v2 stand-in answers `requestIssueBillingKey`. Every field is optional. */
export interface MockPortOneOptions extends MockStandInOptions {
  /**
   * For `'failure'` (and the simulated window's Decline): PortOne's `code` / `message` and the PG's `pgCode` /
   * `pgMessage` (defaults `'FAILURE_TYPE_PG'`, `'[카드사] 카드 인증에 실패했습니다'`, `'CARD_AUTH_FAILED'`, `'카드 인증에 실패했습니다'`).
   */
  failure?: { code?: string; message?: string; pgCode?: string; pgMessage?: string };
  /** The channel uses manual confirmation: a success answers `billingKey: 'NEEDS_CONFIRMATION'` with a `billingIssueToken`. */
  needsConfirmation?: boolean;
  /**
   * `'callback'` (default) resolves the promise with the response. `'redirect'` navigates to `redirectUrl` (or the
   * current page) with PortOne's query keys (`transactionType`, `billingKey`, on failure `code`, `message`, `pgCode`,
   * `pgMessage`; `billingIssueToken` with manual confirmation) and resolves `undefined`. `'auto'` does what PortOne does:
   * `forceRedirect` with a `redirectUrl` redirects; otherwise `windowType` for this device (`REDIRECTION` redirects), else
   * the PG's rules (`pg` option) for this device (a mobile user agent meaning mobile), else mobile redirects.
   */
  delivery?: 'callback' | 'redirect' | 'auto';
  /**
   * The PG the channel stands for (a v2 PG name): the request names only its `channelKey`, so the simulated window's
   * title and notes, and `'auto'` delivery, read this PG's rules. Default: none (the window shows the channel key).
   */
  pg?: string;
  /** Where to install `PortOne`; default `window`. */
  target?: { PortOne?: unknown };
}

/** The installed v2 stand-in and what it was asked. */
export interface MockPortOne extends MockStandInHandle<
  IssueBillingKeyParams | IssueBillingKeyAndPayParams | LoadIssueBillingKeyUIParams,
  IssueBillingKeyResponse
> {
  /** The installed stand-in (`window.PortOne`). */
  readonly sdk: PortOneSdk;
  /** Every `requestIssueBillingKey` request, in order. */
  readonly requests: readonly IssueBillingKeyParams[];
  /** Every `requestIssueBillingKeyAndPay` request (issue-and-pay, a request with `payment`), in order. */
  readonly andPayRequests: readonly IssueBillingKeyAndPayParams[];
  /** The last `requestIssueBillingKey` request. @throws {Error} when it was not called. */
  lastRequest(): IssueBillingKeyParams;
  /** The last `requestIssueBillingKeyAndPay` request. @throws {Error} when it was not called. */
  lastAndPayRequest(): IssueBillingKeyAndPayParams;
  /**
   * PayPal RT: what `loadIssueBillingKeyUI` and `updateLoadIssueBillingKeyUIRequest` were given, and `click()` for
   * PayPal's simulated button (rendered into PortOne's container). A click is an attempt, answered like
   * `requestIssueBillingKey` (scripted outcome after `delayMs`, or the simulated window) through
   * `onIssueBillingKeySuccess`, or `onIssueBillingKeyFail` with an `IssueBillingKeyError`-shaped error.
   */
  readonly paypal: MockPayPal<LoadIssueBillingKeyUIParams>;
}

const TRANSACTION_TYPE = 'ISSUE_BILLING_KEY';
const AND_PAY = 'ISSUE_BILLING_KEY_AND_PAY';
type WindowRequest = IssueBillingKeyParams | IssueBillingKeyAndPayParams;
type AnyRequest = WindowRequest | LoadIssueBillingKeyUIParams;
const isAndPay = (request: AnyRequest): request is IssueBillingKeyAndPayParams => 'paymentId' in request;
const DEFAULT_FAILURE = {
  code: 'FAILURE_TYPE_PG',
  message: '[카드사] 카드 인증에 실패했습니다',
  pgCode: 'CARD_AUTH_FAILED',
  pgMessage: '카드 인증에 실패했습니다',
};
// Toss Payments' code and the words most PGs use when the buyer closes the window.
const CANCEL = {
  code: 'FAILURE_TYPE_PG',
  message: '사용자가 결제를 취소하였습니다',
  pgCode: 'PAY_PROCESS_CANCELED',
  pgMessage: '사용자가 결제를 취소하였습니다',
};

/** An `IssueBillingKeyError`-shaped rejection (what the SDK throws before issuance), without the package. */
function portOneError(code: string, message: string): Error {
  return Object.assign(new Error(message), {
    name: 'IssueBillingKeyError',
    __portOneErrorType: 'IssueBillingKeyError',
    transactionType: TRANSACTION_TYPE,
    code,
  });
}

/** What the simulated window says about a v2 request, from the PG's v2 rules (Galaxia's 1,000 KRW, Smartro's verification…). */
function windowContent(request: AnyRequest, pg: string | undefined, locale: 'ko' | 'en') {
  const text = WINDOW_TEXT[locale];
  const rule = getV2PgRule(pg);
  const pgName =
    pg && Object.prototype.hasOwnProperty.call(V2_PG_LABELS, pg) ? V2_PG_LABELS[pg as KnownV2PgCode][locale] : request.channelKey;
  const money = (value: number) => formatAmount(value, locale, request.currency, 'minor');
  if (isAndPay(request)) {
    // Issue-and-pay charges the first payment now, together with the key.
    const charged = format(UI_MESSAGES[locale].notice.chargedNow, { amount: money(request.totalAmount) });
    return windowOf(locale, pgName, [
      [text.amount, money(request.totalAmount)],
      [text.charge, charged],
      [text.payMethod, String(request.billingKeyAndPayMethod ?? text.buyerChooses)],
      ['paymentId', request.paymentId],
    ]);
  }
  const amount = typeof request.displayAmount === 'number' ? request.displayAmount : 0;
  const shown = amount === 0 ? (rule?.windowAmountAtZero ?? 0) : amount;
  // Only a window whose page documents an amount shows one (KG Inicis, Welcome, Naver Pay, Galaxia).
  const showsAmount = rule?.showsDisplayAmount === true || (amount === 0 && rule?.windowAmountAtZero !== undefined);
  const notes = getV2PgNotices(pg, amount).map((notice) =>
    format(UI_MESSAGES[locale].notice[notice.kind], { amount: money(notice.amount ?? amount) }),
  );
  return windowOf(locale, pgName, [
    ...(showsAmount ? [[text.amount, money(shown)] as const] : []),
    // requestIssueBillingKey never charges: an amount is only shown.
    [text.charge, [...notes, text.nothingCharged].join(' ')],
    [text.payMethod, String(request.billingKeyMethod ?? '')],
    ['issueId', String(request.issueId ?? '')],
  ]);
}

function redirects(request: WindowRequest, options: MockPortOneOptions): boolean {
  const { delivery = 'callback' } = options;
  if (delivery !== 'auto') return delivery === 'redirect';
  if (!request.redirectUrl) return false;
  if (request.forceRedirect) return true;
  const device = isMobileBrowser() ? 'mobile' : 'pc';
  const windowType = request.windowType?.[device];
  if (windowType !== undefined) return windowType === 'REDIRECTION';
  const rule = getV2PgRule(options.pg);
  return (rule?.delivery ?? V2_DEFAULT_DELIVERY)[device] === 'redirect';
}

/**
 * Installs a stand-in `window.PortOne` (PortOne v2) whose `requestIssueBillingKey` answers as scripted — or as the buyer
 * decides in a visible simulated window — and records every call: it resolves a response (`billingKey`, or `code`,
 * `message`, `pgCode`, `pgMessage` on failure; `NEEDS_CONFIRMATION` and a `billingIssueToken` with manual confirmation),
 * resolves `undefined` after navigating for a redirect, and rejects with an `IssueBillingKeyError`-shaped error
 * (`__portOneErrorType`, `code: 'BadRequest'`) for a request without `storeId`, `channelKey` or `billingKeyMethod`.
 * Plain DOM, no React: for Vitest, Jest, Playwright and Storybook. Call `uninstall()` when done.
 * @throws {TypeError} when an option has a value the stand-in does not know (`outcome: 'maybe'`), before installing.
 * @example
 * const portOne = installMockPortOne({ answer: 'manual', pg: 'tosspayments' });
 * await user.click(screen.getByRole('button', { name: '카드 등록하기' }));
 * expect(portOne.lastRequest()).toMatchObject({ billingKeyMethod: 'CARD' });
 * act(() => portOne.answer('cancel'));
 * portOne.uninstall();
 */
export function installMockPortOne(options: MockPortOneOptions = {}): MockPortOne {
  checkStandInOptions('installMockPortOne', options, V2_OPTION_RULES);
  const { locale = 'ko' } = options;
  const requests: IssueBillingKeyParams[] = [];
  const andPayRequests: IssueBillingKeyAndPayParams[] = [];
  let count = 0;
  const standIn = createStandIn<AnyRequest>('PortOne', options, (request) => windowContent(request, options.pg, locale));
  const { windows } = standIn;

  const respond = (request: AnyRequest, outcome: MockOutcome, override?: Record<string, unknown>): IssueBillingKeyResponse => {
    const andPay = isAndPay(request);
    const response: IssueBillingKeyResponse = { transactionType: andPay ? AND_PAY : TRANSACTION_TYPE };
    if (andPay) response.paymentId = request.paymentId;
    if (outcome === 'success') {
      const id = `${Date.now().toString(36)}${(++count).toString(36)}`;
      if (options.needsConfirmation) {
        response.billingKey = 'NEEDS_CONFIRMATION';
        response.billingIssueToken = `billing-issue-token-${id}`;
      } else response.billingKey = `billing-key-${id}`;
      if (andPay) response.txId = options.needsConfirmation ? 'NEEDS_CONFIRMATION' : `tx-${id}`;
    } else Object.assign(response, outcome === 'cancel' ? CANCEL : { ...DEFAULT_FAILURE, ...options.failure });
    return { ...response, ...override };
  };

  const deliver = (request: WindowRequest, response: IssueBillingKeyResponse): IssueBillingKeyResponse | undefined => {
    if (!redirects(request, options)) return response;
    standIn.redirect(request.redirectUrl, response, V2_RESULT_QUERY_KEYS);
    return undefined;
  };

  const answerIn = (request: WindowRequest) =>
    new Promise<IssueBillingKeyResponse | undefined>((resolve) => {
      windows.open(request, (outcome, override) => resolve(deliver(request, respond(request, outcome, override))));
    });
  let uiCallbacks: IssueBillingKeyUICallbacks | undefined;
  const paypal = createPayPalStandIn<LoadIssueBillingKeyUIParams>((request) => {
    const callbacks = uiCallbacks;
    windows.open(request, (outcome, override) => {
      const response = respond(request, outcome, override);
      if (!response.code) return callbacks?.onIssueBillingKeySuccess(response);
      const { code, message = code } = response;
      callbacks?.onIssueBillingKeyFail(Object.assign(portOneError(code, message), response));
    });
  });

  const sdk: PortOneSdk = {
    requestIssueBillingKey(request) {
      requests.push(request);
      // What PortOne checks before any window: the store, the channel and (docs schema) the method.
      const missing = (['storeId', 'channelKey', 'billingKeyMethod'] as const).find((key) => !request?.[key]);
      if (missing) return Promise.reject(portOneError('BadRequest', `${missing} is required to issue a billing key`));
      return answerIn(request);
    },
    requestIssueBillingKeyAndPay(request) {
      andPayRequests.push(request);
      const missing = (['storeId', 'paymentId', 'orderName', 'totalAmount', 'currency'] as const).find((key) => !request?.[key]);
      if (missing) return Promise.reject(portOneError('BadRequest', `${missing} is required to issue a billing key and pay`));
      return answerIn(request);
    },
    loadIssueBillingKeyUI(request, callbacks) {
      const missing = (['uiType', 'storeId', 'channelKey', 'billingKeyMethod'] as const).find((key) => !request?.[key]);
      if (missing) return Promise.reject(portOneError('BadRequest', `${missing} is required to load the PayPal button`));
      uiCallbacks = callbacks;
      try {
        paypal.load(request);
      } catch (error) {
        return Promise.reject(portOneError('BadRequest', error instanceof Error ? error.message : String(error)));
      }
      return Promise.resolve();
    },
    updateLoadIssueBillingKeyUIRequest(request) {
      paypal.update(request);
      return Promise.resolve();
    },
  };
  const uninstall = standIn.install(sdk, paypal);

  return {
    sdk,
    requests,
    get pending() {
      return windows.waiting();
    },
    lastRequest: () => lastOf(requests, 'installMockPortOne: requestIssueBillingKey has not been called'),
    andPayRequests,
    lastAndPayRequest: () => lastOf(andPayRequests, 'installMockPortOne: requestIssueBillingKeyAndPay has not been called'),
    answer: (answer) => windows.answer(answer),
    paypal: paypal.handle,
    uninstall,
  };
}
