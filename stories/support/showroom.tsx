// Shared pieces of the Storybook showroom: story parameters, the stand-in SDK of the running story, valid sample requests
// read from the PG rules, a result line that shows what the merchant's page would, and the locale-aware texts play
// functions look for. Not a story file (Storybook only picks up *.stories.tsx).
import { useEffect, useState, type ReactNode } from 'react';
import { styled } from 'styled-components';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  PG_RULES,
  type BillingKeyButtonProps,
  type BillingKeyError,
  type BillingKeyRequest,
  type BillingKeyResult,
  type IamportProviderProps,
  type Locale,
  type PayMethod,
  type PgCode,
  type PgRule,
  type SdkStatus,
} from '../../src';
import { useUiMessages } from '../../src/components/use-ui-messages';
import { coreMessagesFor, PG_LABELS } from '../../src/core';
import { V1_PG_ADVICE } from '../../src/core/rules/v1-pg-advice';
import { formatAmount } from '../../src/texts/format-amount';
import { UI_MESSAGES } from '../../src/texts/ui-messages';
import type { MockIamport, MockIamportOptions } from '../../src/testing';
import { WINDOW_TEXT } from '../../src/testing/window-text';
import { tokens } from '../../src/theme/theme';

/**
 * Per-story parameters `.storybook/preview.tsx` understands:
 * - `mockIamport`: options for the stand-in `window.IMP` installed before the story (`installMockIamport`; the simulated
 *   window's locale follows the toolbar, redirects stay on the page through {@link showroomNavigate}), or `false` for
 *   none (the story shows the SDK loading or failing, or installs its own).
 * - `iamportProvider`: extra `IamportProvider` props, or `false` to render the story without the showroom's provider.
 * - `devWarnings`: the library's development warnings the story's test means to cause (text each contains); under a
 *   test runner any other fails the story, as in `npm test`'s unit tests.
 */
export interface ShowroomParameters {
  mockIamport?: MockIamportOptions | false;
  iamportProvider?: Partial<IamportProviderProps> | false;
  devWarnings?: string[];
}

/** The SDK address every story's provider uses: same-origin and missing, so nothing is ever fetched from the CDN. */
export const OFFLINE_SDK_URL = '/__offline__/iamport.js';

/**
 * How long a play function waits for the offline SDK address's 404, in ms: a real network round trip to the dev
 * server, which on a loaded machine (or right after a failed story's screenshot) takes more than Testing Library's
 * 1 s default. Measured up to 1.4 s on the 2-core CI box.
 */
export const SDK_404_WAIT = { timeout: 10_000 } as const;

/** The user code of the showroom's provider. */
export const SHOWROOM_USER_CODE = 'imp00000000';

// The stand-in the preview installed for the running story (stories run one at a time on a page).
let activeMock: MockIamport | null = null;

/** Called by the preview when it installs or removes the story's stand-in `window.IMP`. */
export function setShowroomMock(mock: MockIamport | null): void {
  activeMock = mock;
}

/** The stand-in `window.IMP` of the running story (`.requests`, `.pending`, `.answer()`…). Throws when there is none. */
export function showroomMock(): MockIamport {
  if (!activeMock) throw new Error('This story has no stand-in window.IMP (parameters.mockIamport is false)');
  return activeMock;
}

/** Fired on `window` when a simulated redirect "navigated" (see {@link showroomNavigate}). */
export const NAVIGATED_EVENT = 'showroom:navigated';

/**
 * How the showroom's stand-in navigates for a redirect: `history.pushState` (the story stays put) and an event, so a
 * story can show the page at `m_redirect_url`. The preview restores the address after every story.
 */
export function showroomNavigate(url: string): void {
  window.history.pushState(window.history.state, '', url);
  window.dispatchEvent(new Event(NAVIGATED_EVENT));
}

/** The sample buyer: every field a PG may require (Paymentwall's "First Last" name is in {@link requestFor}). */
export const BUYER = { name: '홍길동', email: 'gildong@example.com', tel: '010-1234-5678' };

/** A plan price in KRW, for PGs that refuse amount 0 and for stories about amounts. */
export const PLAN_PRICE = 9900;

/**
 * A plan price in a foreign currency (whole units), for a PG whose required `params.currency` is not KRW (Paymentwall,
 * `currency: 'USD'`): 9,900 there would be 9,900 dollars.
 */
export const FOREIGN_PLAN_PRICE = 10;

/** The sample PG merchant id for PGs whose `pg` must carry one (`settle_acc.<MID>`). */
export const SAMPLE_MID = 'M_SAMPLE01';

/** The sample buyer id at the PG (`customerId`): letters and digits, 8 characters, so it fits every PG's rule. */
export const SAMPLE_CUSTOMER_ID = 'member42';

/**
 * Sample values for the `params` fields PG rules require or recommend. A rule that asks for a key missing here makes
 * {@link requestFor} throw, so a new rule cannot silently get an invalid story.
 */
export const SAMPLE_PARAMS: Readonly<Record<string, unknown>> = {
  // Phone billing: whether the goods are digital (a subscription is).
  digital: true,
  // Paymentwall charges in the currency given (PortOne's examples use USD).
  currency: 'USD',
  // Naver Pay: stops the same buyer registering the same product twice.
  naverProductCode: 'premium_monthly',
  // Toss Pay: the webhook that still hears a result whose callback was lost.
  notice_url: 'https://shop.example/portone/webhook',
};

/** The sample channel key sent for PGs that have no public `pg` code (Toss BrandPay, KG파이낸셜's new module). */
export const sampleChannelKey = (pg: string) => `channel-key-sample-${pg.replace(/_/g, '-')}`;

/** Which PG each sample channel key belongs to, for the stand-in's `channels` option (as PortOne's console knows it). */
export const SAMPLE_CHANNELS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(PG_RULES).map((pg) => [sampleChannelKey(pg), pg]),
);

/** The rules of a PG the library knows. */
export const ruleOf = (pg: PgCode): PgRule => PG_RULES[pg];

/** The pay methods a PG takes, in the rules' order (the first is its default). */
export const methodsOf = (pg: PgCode): PayMethod[] => Object.keys(ruleOf(pg).methods) as PayMethod[];

/** A story's request: the fields of `BillingKeyButton` a sample checkout sets. */
export type SampleRequest = Pick<
  BillingKeyRequest,
  'pg' | 'channelKey' | 'customerUid' | 'customerId' | 'amount' | 'payMethod' | 'buyer' | 'params'
>;

/**
 * A valid request for `pg` and one of its pay methods (default: its first), built from the PG rules: amount 0 unless
 * the method refuses it, `pg` with a MID where the PG requires one, `payMethod` sent where the PG needs it named (several
 * methods, or `'required'`) and left out where the buyer chooses, a `customerId` that fits the PG's rule, the buyer
 * fields, and the `params` the PG requires or recommends.
 */
export function requestFor(pg: PgCode, payMethod?: PayMethod, customerUid = 'member_42_card_1'): SampleRequest {
  const rule = ruleOf(pg);
  const methods = methodsOf(pg);
  const method = payMethod ?? methods[0]!;
  const methodRule = rule.methods[method];
  if (!methodRule) throw new Error(`${pg} does not take pay method ${method}`);
  const sendMethod = rule.payMethodDefault === 'required' || (rule.payMethodDefault === 'first' && methods.length > 1);
  const paramKeys = [
    ...(rule.requiredParams ?? []).map((param) => param.key),
    ...(methodRule.requiredParams ?? []).map((param) => param.key),
    ...(V1_PG_ADVICE[pg]?.recommended?.params ?? []),
  ];
  const params: Record<string, unknown> = {};
  for (const key of paramKeys) {
    if (!(key in SAMPLE_PARAMS)) throw new Error(`stories/support/showroom.tsx has no sample value for params.${key}`);
    params[key] = SAMPLE_PARAMS[key];
  }
  return {
    pg: rule.mid === 'required' ? `${pg}.${SAMPLE_MID}` : pg,
    ...(rule.channelKeyOnly ? { channelKey: sampleChannelKey(pg) } : {}),
    customerUid,
    ...(rule.customerId || methodRule.customerIdRequiredAtZero ? { customerId: SAMPLE_CUSTOMER_ID } : {}),
    amount: methodRule.zeroAmount !== 'not-allowed' ? 0 : foreignCurrency(params) ? FOREIGN_PLAN_PRICE : PLAN_PRICE,
    ...(sendMethod ? { payMethod: method } : {}),
    buyer: rule.buyerNameFormat === 'first-last' ? { ...BUYER, name: 'Gildong Hong' } : BUYER,
    ...(paramKeys.length > 0 ? { params } : {}),
  };
}

/** True when `params` name a currency other than KRW. */
export function foreignCurrency(params: Readonly<Record<string, unknown>> | undefined): boolean {
  return typeof params?.currency === 'string' && params.currency !== 'KRW';
}

/**
 * True when this PG answers a PC browser by redirecting to `m_redirect_url` (CHAI; Naver Pay without
 * `naverPopupMode: true`), as the stand-in with `delivery: 'auto'` does in the desktop browser the stories run in.
 */
export function redirectsOnPc(pg: PgCode, params: Readonly<Record<string, unknown>> = {}): boolean {
  const rule = ruleOf(pg);
  const when = rule.callbackWhenParam;
  if (when && params[when.key] === when.value) return false;
  return rule.delivery.pc === 'redirect';
}

/** The showroom's own words (the merchant's page, not the library). */
export const STORY_TEXT = {
  ko: {
    success: (r: BillingKeyResult) =>
      `카드가 등록되었습니다: ${r.customerUid}${r.charged ? ` (${r.amount.toLocaleString('ko-KR')}원 결제됨)` : ''}`,
    failure: (e: BillingKeyError) => `등록하지 못했습니다 (${e.code}): ${e.message}`,
    sdk: {
      idle: '결제 모듈 대기',
      loading: '결제 모듈 불러오는 중',
      ready: '결제 모듈 준비됨',
      error: '결제 모듈을 불러오지 못했습니다',
    },
    retry: '다시 시도',
    returned: 'm_redirect_url로 돌아온 페이지',
    discontinued: '서비스가 종료된 PG입니다',
  },
  en: {
    success: (r: BillingKeyResult) =>
      `Card registered: ${r.customerUid}${r.charged ? ` (${r.amount.toLocaleString('en-US')} KRW charged)` : ''}`,
    failure: (e: BillingKeyError) => `Could not register (${e.code}): ${e.message}`,
    sdk: {
      idle: 'Payment module idle',
      loading: 'Loading payment module',
      ready: 'Payment module ready',
      error: 'Payment module failed to load',
    },
    retry: 'Try again',
    returned: 'The page at m_redirect_url',
    discontinued: 'This PG is discontinued',
  },
} satisfies Record<Locale, unknown>;

/** The locale the toolbar (or a story's `globals`) chose. */
export const localeOf = (globals: Record<string, unknown>): Locale => (globals.locale === 'en' ? 'en' : 'ko');

/** What a play function looks for, in the toolbar's locale: the library's labels and messages, the showroom's texts. */
export function textsFor(globals: Record<string, unknown>) {
  const locale = localeOf(globals);
  return {
    locale,
    ui: UI_MESSAGES[locale],
    core: coreMessagesFor(locale),
    story: STORY_TEXT[locale],
    window: WINDOW_TEXT[locale],
    pgName: (pg: PgCode) => PG_LABELS[pg][locale],
    /** An amount as the locale writes it, with its currency (`9,900원`, `9,900 KRW`, `US$10.00`). */
    amount: (value: number, currency?: unknown) => formatAmount(value, locale, currency),
  };
}

/** The merchant page's result line, in theme colors (text / danger on surface). */
export const ResultLine = styled.p<{ $failed?: boolean }>`
  margin: ${(p) => tokens(p.theme).spacing} 0 0;
  color: ${(p) => (p.$failed ? tokens(p.theme).colors.danger : tokens(p.theme).colors.text)};
  font-family: ${(p) => tokens(p.theme).fontFamily};
  min-height: 1.5em;
`;

/** A plain button of the merchant's page (not the library's), in theme colors with a visible focus ring. */
export const PageButton = styled.button`
  min-height: 44px;
  padding: 0 calc(${(p) => tokens(p.theme).spacing} * 2);
  border: 1px solid ${(p) => tokens(p.theme).colors.border};
  border-radius: ${(p) => tokens(p.theme).radius};
  background: ${(p) => tokens(p.theme).colors.surface};
  color: ${(p) => tokens(p.theme).colors.text};
  font: inherit;
  cursor: pointer;
  &:focus-visible {
    outline: ${(p) => tokens(p.theme).focusRingWidth} solid ${(p) => tokens(p.theme).colors.focusRing};
    outline-offset: 2px;
  }
  &[aria-busy='true'] {
    cursor: progress;
  }
`;

/**
 * The merchant page's SDK line (`useIamport()` or `usePortOne()`), in the toolbar's locale: the status, the error, and
 * a retry button counting attempts while the load has failed.
 */
export function SdkStatusView({ status, error, retry }: { status: SdkStatus; error: BillingKeyError | null; retry: () => void }) {
  const [attempts, setAttempts] = useState(1);
  const { story } = textsFor({ locale: useUiMessages().locale });
  return (
    <div>
      <ResultLine role={status === 'error' ? 'alert' : 'status'} $failed={status === 'error'}>
        {story.sdk[status]}
        {error ? ` (${error.code}): ${error.message}` : ''}
      </ResultLine>
      {status === 'error' && (
        <PageButton
          type="button"
          onClick={() => {
            setAttempts((n) => n + 1);
            retry();
          }}
        >
          {story.retry} ({attempts})
        </PageButton>
      )}
    </div>
  );
}

/** The attribute that marks the merchant page's result line, for play functions. */
export const RESULT_ATTRIBUTE = 'data-showroom-result';

/** The merchant page's result line inside `root` (there is one per demo). */
export function resultLineIn(root: HTMLElement): HTMLElement {
  const line = root.querySelector<HTMLElement>(`[${RESULT_ATTRIBUTE}]`);
  if (!line) throw new Error('no result line in this demo');
  return line;
}

type Outcome = { result?: BillingKeyResult; error?: BillingKeyError } | null;

function OutcomeLine({ outcome }: { outcome: Outcome }) {
  const { locale } = useUiMessages();
  const words = STORY_TEXT[locale];
  return (
    <ResultLine role="status" {...{ [RESULT_ATTRIBUTE]: '' }} $failed={!!outcome?.error}>
      {outcome?.result ? words.success(outcome.result) : outcome?.error ? words.failure(outcome.error) : ''}
    </ResultLine>
  );
}

/**
 * A BillingKeyButton plus the line a merchant's page shows after it: the issued key, or the error.
 * Calls the story's `onSuccess` / `onFailure` args too, so the Actions panel and play functions see them.
 */
export function BillingKeyDemo(props: BillingKeyButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <div>
      <BillingKeyButton
        {...props}
        onClick={() => setOutcome(null)}
        onSuccess={(result) => {
          setOutcome({ result });
          props.onSuccess?.(result);
        }}
        onFailure={(error) => {
          setOutcome({ error });
          props.onFailure?.(error);
        }}
      />
      <OutcomeLine outcome={outcome} />
    </div>
  );
}

/** True once the showroom's stand-in has "navigated" for a redirect (see {@link showroomNavigate}). */
export function useNavigated(): boolean {
  const [navigated, setNavigated] = useState(false);
  useEffect(() => {
    const onNavigate = () => setNavigated(true);
    window.addEventListener(NAVIGATED_EVENT, onNavigate);
    return () => window.removeEventListener(NAVIGATED_EVENT, onNavigate);
  }, []);
  return navigated;
}

/**
 * The page at `m_redirect_url`, as the browser shows it after a redirect window: `BillingKeyRedirect` recovers the
 * request remembered before the window opened, reports it once and cleans the address.
 */
export function ReturnPage({
  onSuccess,
  onFailure,
  children,
}: Pick<BillingKeyButtonProps, 'onSuccess' | 'onFailure'> & { children?: ReactNode }) {
  const { locale } = useUiMessages();
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <section aria-label={STORY_TEXT[locale].returned}>
      <BillingKeyRedirect
        onSuccess={(result) => {
          setOutcome({ result });
          onSuccess?.(result);
        }}
        onFailure={(error) => {
          setOutcome({ error });
          onFailure?.(error);
        }}
      />
      {children}
      <OutcomeLine outcome={outcome} />
    </section>
  );
}

/**
 * A checkout with one BillingKeyButton that also handles a redirect: while the window answers by callback it is a
 * {@link BillingKeyDemo}; when the stand-in "navigates" to `m_redirect_url`, the checkout is gone (the browser left it)
 * and the {@link ReturnPage} reports the result.
 */
export function RoundTripDemo(props: BillingKeyButtonProps) {
  const navigated = useNavigated();
  return navigated ? <ReturnPage onSuccess={props.onSuccess} onFailure={props.onFailure} /> : <BillingKeyDemo {...props} />;
}
