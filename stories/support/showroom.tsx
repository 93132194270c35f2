// Shared pieces of the Storybook showroom: story parameters, a result line that shows what the merchant's page would,
// and the locale-aware texts play functions look for. Not a story file (Storybook only picks up *.stories.tsx).
import { useState } from 'react';
import styled from 'styled-components';
import {
  BillingKeyButton,
  getPgRule,
  type BillingKeyButtonProps,
  type BillingKeyRequest,
  type BillingKeyError,
  type BillingKeyResult,
  type IamportProviderProps,
  type Locale,
  type PgCode,
  type PgId,
} from '../../src';
import { tokens } from '../../src/theme/theme';
import { useUiMessages } from '../../src/components/use-ui-messages';
import { PG_RULES } from '../../src';
import { UI_MESSAGES } from '../../src/messages/ui-messages';
import type { MockIamportOptions } from '../../src/testing';

/**
 * Per-story parameters `.storybook/preview.tsx` understands:
 * - `mockIamport`: options for the stand-in `window.IMP` installed before the story (`installMockIamport`; the simulated
 *   window's locale follows the toolbar), or `false` for none (the story shows the SDK loading or failing).
 * - `iamportProvider`: extra `IamportProvider` props, or `false` to render the story without the provider.
 */
export interface ShowroomParameters {
  mockIamport?: MockIamportOptions | false;
  iamportProvider?: Partial<IamportProviderProps> | false;
}

/** The SDK address every story's provider uses: same-origin and missing, so nothing is ever fetched from the CDN. */
export const OFFLINE_SDK_URL = '/__offline__/iamport.js';

/** The sample buyer (email included: Paymentwall requires it). */
export const BUYER = { name: '홍길동', email: 'gildong@example.com', tel: '010-1234-5678' };

/** A plan price the PGs that refuse amount 0 get. */
export const PLAN_PRICE = 9900;

/** Button args for a PG, read from its rules: amount 0 unless the PG refuses it. */
export function argsFor(
  pg: PgId,
  customerUid = 'member_42_card_1',
): Pick<BillingKeyRequest, 'pg' | 'customerUid' | 'amount' | 'buyer'> {
  const rule = getPgRule(pg);
  return { pg, customerUid, amount: rule?.zeroAmount === 'not-allowed' ? PLAN_PRICE : 0, buyer: BUYER };
}

// PG names per locale, from the rules' labels (src/i18n went away in the architecture commit).
const PG_NAMES = {
  ko: Object.fromEntries(Object.entries(PG_RULES).map(([code, rule]) => [code, rule.label.ko])),
  en: Object.fromEntries(Object.entries(PG_RULES).map(([code, rule]) => [code, rule.label.en])),
} as Record<Locale, Record<PgCode, string>>;

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
  },
} satisfies Record<Locale, unknown>;

/** What a play function looks for, in the toolbar's locale: the library's labels and the showroom's texts. */
export function textsFor(globals: Record<string, unknown>) {
  const locale: Locale = globals.locale === 'en' ? 'en' : 'ko';
  return {
    locale,
    ui: UI_MESSAGES[locale],
    pgNames: PG_NAMES[locale],
    story: STORY_TEXT[locale],
    approve: locale === 'en' ? 'Approve' : '승인',
    decline: locale === 'en' ? 'Decline' : '거절',
  };
}

/** The merchant page's result line, in theme colors (text / danger on surface). */
export const ResultLine = styled.p<{ $failed?: boolean }>`
  margin: ${(p) => tokens(p.theme).spacing} 0 0;
  color: ${(p) => (p.$failed ? tokens(p.theme).colors.danger : tokens(p.theme).colors.text)};
  font-family: ${(p) => tokens(p.theme).fontFamily};
  min-height: 1.5em;
`;

/**
 * A BillingKeyButton plus the line a merchant's page shows after it: the issued key, or the error.
 * Calls the story's `onSuccess` / `onFailure` args too, so the Actions panel and play functions see them.
 */
export function BillingKeyDemo(props: BillingKeyButtonProps) {
  const { locale } = useUiMessages();
  const [outcome, setOutcome] = useState<{ result?: BillingKeyResult; error?: BillingKeyError } | null>(null);
  const words = STORY_TEXT[locale];
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
      <ResultLine role="status" $failed={!!outcome?.error}>
        {outcome?.result ? words.success(outcome.result) : outcome?.error ? words.failure(outcome.error) : ''}
      </ResultLine>
    </div>
  );
}
