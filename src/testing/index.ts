/**
 * `react-billing-key/testing` — a stand-in for the PortOne v1 SDK (`window.IMP`) for merchants' tests and for Storybook.
 * Plain DOM, no React: it works in any test setup (Vitest + jsdom, Jest, Playwright, Storybook).
 * @packageDocumentation
 */
import { getPgNotices } from '../core/notices';
import { getPgRule, isCharged, pgCodeOf } from '../core/pg-rules';
import { REDIRECT_QUERY_KEYS } from '../core/redirect-url';
import type { IamportResponse, IamportSdk, RequestPayParams } from '../core/types';
import { resetWindowLock } from '../core/window-lock';
import { PG_NAMES } from '../i18n/pg-names';
import { UI_MESSAGES } from '../i18n/ui-messages';
import { format } from '../i18n/types';

export type { IamportResponse, IamportSdk, RequestPayParams } from '../core/types';

/** How the stand-in answers `request_pay`. Every field is optional. */
export interface MockIamportOptions {
  /** What the window answers. 'success' (default) | 'failure' | 'cancel'. Ignored when `simulateWindow` is true (the buyer decides). */
  outcome?: 'success' | 'failure' | 'cancel';
  /** For 'failure' (and the simulated window's Decline): the PG's `error_code` / `error_msg` (defaults 'F400' / '[카드사] 카드 인증에 실패했습니다'). */
  failure?: { code?: string; message?: string };
  /** Response shape: 'current' (no success flag; error_code null on success) | 'legacy' (`success: boolean`) | 'mobile' (`imp_success`). Default 'current'. */
  shape?: 'current' | 'legacy' | 'mobile';
  /** Wait before answering, ms (default 0: next macrotask). With `simulateWindow`, the wait starts when the buyer decides. */
  delayMs?: number;
  /**
   * 'callback' (default) calls request_pay's callback; 'redirect' navigates to `params.m_redirect_url` (or the current page
   * when there is none) with the real query keys and never calls back. The keys are `imp_uid`, `merchant_uid`, `error_code`
   * and `error_msg` (failures only), plus the shape's flag as the string 'true'/'false': `success` for 'legacy',
   * `imp_success` for 'mobile', none for 'current'.
   */
  delivery?: 'callback' | 'redirect';
  /** How 'redirect' navigates; default `(url) => window.location.assign(url)`. Stories/tests pass e.g. history.pushState. */
  navigate?: (url: string) => void;
  /** Show a visible simulated PG window (modal dialog) and let the buyer Approve / Decline / Cancel. */
  simulateWindow?: boolean;
  /** Language of the simulated window: 'ko' (default) or 'en'. */
  locale?: 'ko' | 'en';
  /** Where to install `IMP`; default `globalThis.window`. */
  target?: { IMP?: unknown };
}

/** The installed stand-in and what it was asked. */
export interface MockIamport {
  /** The installed stand-in (`window.IMP`). */
  readonly sdk: IamportSdk;
  /** userCodes passed to init, in order. */
  readonly inits: readonly string[];
  /** Every request_pay params, in order. */
  readonly requests: readonly RequestPayParams[];
  /** The last request_pay params (throws if none). */
  lastRequest(): RequestPayParams;
  /**
   * Removes the stand-in (restores a previous window.IMP if there was one) and any open simulated window.
   * Answers still waiting (`delayMs`, an open window) are dropped: their callbacks never run. When a request was left
   * without an answer (also after a 'redirect', which never calls back), the page's one-window lock is released, so the
   * next test's button does not get `BUSY`.
   */
  uninstall(): void;
}

type Answer = 'success' | 'failure' | 'cancel';

const TEXT = {
  ko: {
    title: '{pg} 결제창 (테스트)',
    pg: 'PG',
    amount: '금액',
    charge: '결제',
    won: '{amount}원',
    now: '{amount}원이 지금 결제됩니다.',
    none: '결제되지 않고 카드만 등록됩니다.',
    approve: '승인',
    decline: '거절',
    cancel: '취소',
  },
  en: {
    title: '{pg} payment window (test)',
    pg: 'PG',
    amount: 'Amount',
    charge: 'Charge',
    won: '{amount} KRW',
    now: '{amount} KRW is charged now.',
    none: 'Nothing is charged; the card is only registered.',
    approve: 'Approve',
    decline: 'Decline',
    cancel: 'Cancel',
  },
};

const CANCEL_MESSAGE = '[결제포기] 사용자가 결제를 취소하셨습니다';
let windows = 0;

/** What the dialog says about the charge, from the PG rules (Danal card amount 0: the 10 KRW test charge). */
function chargeText(params: RequestPayParams, locale: 'ko' | 'en', money: (n: number) => string): string {
  const rule = getPgRule(String(params.pg ?? ''));
  const amount = Number(params.amount) || 0;
  if (rule && isCharged(rule, amount)) return format(TEXT[locale].now, { amount: money(amount) });
  const notice = getPgNotices(String(params.pg ?? ''), amount).find((n) => n.kind === 'testCharge' || n.kind === 'displayOnly');
  return notice ? format(UI_MESSAGES[locale].notice[notice.kind], { amount: money(notice.amount ?? amount) }) : TEXT[locale].none;
}

/**
 * Opens the simulated PG window; `decide` gets the buyer's choice after the window closed and focus went back.
 * Returns a function that closes it without an answer.
 */
function openWindow(params: RequestPayParams, locale: 'ko' | 'en', decide: (answer: Answer) => void): () => void {
  const text = TEXT[locale];
  const money = (n: number) => n.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US');
  const pg = String(params.pg ?? '');
  const pgName = (PG_NAMES[locale] as Record<string, string>)[pgCodeOf(pg)] ?? (pg || String(params.channelKey ?? ''));
  const id = `rbk-mock-window-${++windows}`;
  const before = document.activeElement as HTMLElement | null;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, css: string, content = '') => {
    const node = document.createElement(tag);
    node.style.cssText = css;
    node.textContent = content;
    return node;
  };

  const backdrop = el(
    'div',
    'position:fixed;inset:0;z-index:2147483000;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.55)',
  );
  const dialog = el(
    'div',
    'box-sizing:border-box;width:min(380px,calc(100vw - 32px));padding:24px;border-radius:12px;background:#fff;color:#1f2328;' +
      'font:15px/1.5 system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Malgun Gothic",sans-serif;box-shadow:0 12px 32px rgba(0,0,0,.3)',
  );
  Object.entries({
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': `${id}-title`,
    'aria-describedby': `${id}-desc`,
  }).forEach(([k, v]) => dialog.setAttribute(k, v));
  const title = el('div', 'margin:0 0 16px;font-size:18px;font-weight:700', format(text.title, { pg: pgName }));
  title.id = `${id}-title`;
  const details = el('dl', 'margin:0 0 20px');
  details.id = `${id}-desc`;
  for (const [term, value] of [
    [text.pg, pgName],
    [text.amount, format(text.won, { amount: money(Number(params.amount) || 0) })],
    [text.charge, chargeText(params, locale, money)],
    ['customer_uid', String(params.customer_uid ?? '')],
  ]) {
    details.append(el('dt', 'font-weight:600', term), el('dd', 'margin:0 0 8px;overflow-wrap:anywhere', value));
  }

  const buttons = (
    [
      ['success', text.approve, 'background:#0b57d0;color:#fff;border-color:#0b57d0'],
      ['failure', text.decline, 'background:#b3261e;color:#fff;border-color:#b3261e'],
      ['cancel', text.cancel, 'background:#fff;color:#1f2328;border-color:#57606a'],
    ] as const
  ).map(([answer, label, colors]) => {
    const button = el(
      'button',
      `min-height:44px;padding:0 16px;border:1px solid;border-radius:8px;font:inherit;font-weight:600;cursor:pointer;${colors}`,
      label,
    );
    button.type = 'button';
    button.addEventListener('click', () => choose(answer));
    // Visible focus without a stylesheet: a dark ring outside the button, 3:1+ on the white dialog.
    button.addEventListener('focus', () => {
      button.style.outline = '3px solid #1f2328';
      button.style.outlineOffset = '2px';
    });
    button.addEventListener('blur', () => (button.style.outline = ''));
    return button;
  });
  const row = el('div', 'display:flex;flex-wrap:wrap;gap:8px;justify-content:flex-end');
  row.append(...buttons);
  dialog.append(title, details, row);
  backdrop.append(dialog);

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      choose('cancel');
    } else if (event.key === 'Tab') {
      // Trap: cycle through the three buttons, whatever has focus now.
      event.preventDefault();
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next =
        at === -1
          ? event.shiftKey
            ? buttons.length - 1
            : 0
          : (at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
      buttons[next]?.focus();
    }
  };
  // Focus that lands outside (a click on the backdrop, a script) comes back to the window.
  const onFocusIn = (event: FocusEvent) => {
    if (!dialog.contains(event.target as Node)) buttons[0]?.focus();
  };
  const keepFocus = (event: MouseEvent) => {
    if (event.target === backdrop) event.preventDefault();
  };

  const close = () => {
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('focusin', onFocusIn, true);
    backdrop.remove();
    if (before && before.isConnected && typeof before.focus === 'function') before.focus();
  };
  function choose(answer: Answer) {
    close();
    decide(answer);
  }

  document.addEventListener('keydown', onKey, true);
  document.addEventListener('focusin', onFocusIn, true);
  backdrop.addEventListener('mousedown', keepFocus);
  document.body.append(backdrop);
  buttons[0]?.focus();
  return close;
}

/**
 * Installs a stand-in `window.IMP` with `init` and `request_pay` that answers as scripted (or as the buyer decides in a
 * visible simulated window), and records every call. Call `uninstall()` when done (e.g. in `afterEach`).
 *
 * @example
 * ```ts
 * const imp = installMockIamport({ outcome: 'failure', failure: { code: 'F400', message: '한도 초과' } });
 * // render your checkout, click the button…
 * expect(imp.lastRequest().customer_uid).toBe('member_1_card_1');
 * imp.uninstall();
 * ```
 */
export function installMockIamport(options: MockIamportOptions = {}): MockIamport {
  const { shape = 'current', delayMs = 0, delivery = 'callback', locale = 'ko' } = options;
  const target = options.target ?? ((globalThis as { window?: { IMP?: unknown } }).window || (globalThis as { IMP?: unknown }));
  const had = 'IMP' in target;
  const previous = target.IMP;
  const inits: string[] = [];
  const requests: RequestPayParams[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const closers = new Set<() => void>();
  let count = 0;
  let unanswered = 0;

  const respond = (params: RequestPayParams, answer: Answer): IamportResponse => {
    const ok = answer === 'success';
    const cancel = answer === 'cancel';
    const response: IamportResponse = {
      imp_uid: `imp_${Date.now().toString(36)}${++count}`,
      merchant_uid: params.merchant_uid,
      customer_uid: params.customer_uid,
      error_code: ok ? null : cancel ? 'F1002' : (options.failure?.code ?? 'F400'),
      error_msg: ok ? null : cancel ? CANCEL_MESSAGE : (options.failure?.message ?? '[카드사] 카드 인증에 실패했습니다'),
    };
    if (shape === 'legacy') response.success = ok;
    if (shape === 'mobile') response.imp_success = ok;
    return response;
  };

  const deliver = (
    params: RequestPayParams,
    callback: ((response: IamportResponse) => void) | undefined,
    response: IamportResponse,
  ) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (delivery === 'callback') {
        unanswered--;
        return callback?.(response);
      }
      const url = new URL(String(params.m_redirect_url ?? window.location.href), window.location.href);
      for (const key of REDIRECT_QUERY_KEYS) {
        if (response[key] !== null && response[key] !== undefined) url.searchParams.set(key, String(response[key]));
      }
      (options.navigate ?? ((href: string) => window.location.assign(href)))(url.toString());
    }, delayMs);
    timers.add(timer);
  };

  const sdk: IamportSdk = {
    init(userCode) {
      inits.push(userCode);
    },
    request_pay(params, callback) {
      requests.push(params);
      unanswered++;
      // The one check a billing-key window needs: without customer_uid no key can be issued.
      if (!params.customer_uid) {
        return deliver(params, callback, {
          ...respond(params, 'failure'),
          error_code: 'F400',
          error_msg: 'customer_uid is required to issue a billing key',
        });
      }
      if (!options.simulateWindow) return deliver(params, callback, respond(params, options.outcome ?? 'success'));
      const close = openWindow(params, locale, (answer) => {
        closers.delete(close);
        deliver(params, callback, respond(params, answer));
      });
      closers.add(close);
    },
  };
  target.IMP = sdk;

  return {
    sdk,
    inits,
    requests,
    lastRequest() {
      const last = requests[requests.length - 1];
      if (!last) throw new Error('installMockIamport: request_pay has not been called');
      return last;
    },
    uninstall() {
      timers.forEach(clearTimeout);
      timers.clear();
      closers.forEach((close) => close());
      closers.clear();
      if (unanswered > 0) resetWindowLock();
      unanswered = 0;
      if (target.IMP !== sdk) return;
      if (had) target.IMP = previous;
      else delete target.IMP;
    },
  };
}
