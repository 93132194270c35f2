// Shared pieces of the v2 showroom: the story parameters .storybook/preview.tsx understands for v2, the sample
// requests per PG, and the merchant page's result line. Not a story file (Storybook only picks up *.stories.tsx).
import { useState } from 'react';
import { useUiMessages } from '../../src/components/use-ui-messages';
import { V2_PG_LABELS } from '../../src/core';
import { UI_MESSAGES } from '../../src/texts/ui-messages';
import type { MockPortOneOptions } from '../../src/testing';
import {
  BillingKeyButton,
  type BillingKeyButtonProps,
  type BillingKeyError,
  type BillingKeyRequest,
  type BillingKeyResult,
  type Locale,
  type PgCode,
  type PortOneProviderProps,
} from '../../src/v2';
import { RESULT_ATTRIBUTE, ResultLine } from '../support/showroom';

/**
 * Per-story parameters of the v2 stories:
 * - `portOneProvider`: render the story inside a `PortOneProvider` (these props laid over the showroom's store id,
 *   toolbar locale and offline SDK URL) instead of the v1 `IamportProvider`; `{}` for the defaults.
 * - `mockPortOne`: options for the stand-in `window.PortOne` installed before the story (`installMockPortOne`; the
 *   simulated window's locale follows the toolbar), or `false` for none (the story shows the SDK loading or failing).
 */
export interface V2ShowroomParameters {
  portOneProvider?: Partial<PortOneProviderProps>;
  mockPortOne?: MockPortOneOptions | false;
  /** The development warnings the story's test means to cause (as ShowroomParameters' `devWarnings`). */
  devWarnings?: string[];
}

/** The sample store of the showroom (PortOne's docs examples use this shape). */
export const V2_STORE_ID = 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec';
/** The sample channel key. */
export const V2_CHANNEL_KEY = 'channel-key-3b37819a-1c72-4deb-a245-8c810af5403d';
/** Same-origin and missing: the v2 stories never fetch PortOne's CDN. */
export const OFFLINE_PORTONE_SDK_URL = '/__offline__/portone-browser-sdk.js';

const buyer = { fullName: '홍길동', phoneNumber: '010-1234-5678', email: 'gildong@example.com' };

/** A request each PG accepts (as its v2 page's example writes it), keyed by PG. */
export const V2_SAMPLES: Record<PgCode, Omit<BillingKeyRequest, 'pg' | 'channelKey'>> = {
  tosspayments: { customer: { customerId: 'member_42' } },
  inicis_v2: { customer: buyer, params: { offerPeriod: { interval: '1m' } } },
  kcp_v2: { customer: buyer },
  kpn: { customer: { customerId: 'member_42', fullName: '홍길동' } },
  nice_v2: { params: { easyPay: { easyPayProvider: 'KAKAOPAY' } } },
  smartro_v2: { customer: { customerId: 'member42' } },
  welcome: { customer: buyer, params: { offerPeriod: { interval: '1m' } } },
  galaxia: { customer: { customerId: 'member-42', ...buyer } },
  kakaopay: {},
  naverpay: {},
  tosspay_v2: { customer: { customerId: 'member_42' }, params: { noticeUrls: ['https://shop.example/portone/webhook'] } },
  eximbay_v2: {
    customer: { fullName: 'Gildong Hong', email: 'gildong@example.com' },
    payment: { orderName: 'Monthly plan', totalAmount: 990, currency: 'USD' },
  },
  payletter_global: {
    customer: { email: 'gildong@example.com' },
    payment: { orderName: 'Monthly plan', totalAmount: 990, currency: 'USD' },
  },
};

/** Button args for a PG: its sample request with the showroom's channel key. */
export function v2ArgsFor(pg: PgCode): BillingKeyRequest {
  return { pg, channelKey: V2_CHANNEL_KEY, ...V2_SAMPLES[pg] };
}

/** The showroom's own words (the merchant's page, not the library). */
export const V2_STORY_TEXT = {
  ko: {
    success: (r: BillingKeyResult) =>
      r.needsConfirmation
        ? `서버 승인 대기 중인 카드 등록입니다 (${r.issueId})`
        : r.payment
          ? `결제수단이 등록되고 첫 결제가 승인되었습니다: ${r.billingKey} (${r.payment.paymentId})`
          : `카드가 등록되었습니다: ${r.billingKey}`,
    failure: (e: BillingKeyError) => `등록하지 못했습니다 (${e.code}): ${e.message.split('\n')[0]}`,
  },
  en: {
    success: (r: BillingKeyResult) =>
      r.needsConfirmation
        ? `Card registration waiting for your server’s confirmation (${r.issueId})`
        : r.payment
          ? `Payment method registered and first payment approved: ${r.billingKey} (${r.payment.paymentId})`
          : `Card registered: ${r.billingKey}`,
    failure: (e: BillingKeyError) => `Could not register (${e.code}): ${e.message.split('\n')[0]}`,
  },
} satisfies Record<Locale, unknown>;

/** What a play function looks for, in the toolbar's locale. */
export function v2TextsFor(globals: Record<string, unknown>) {
  const locale: Locale = globals.locale === 'en' ? 'en' : 'ko';
  return {
    locale,
    ui: UI_MESSAGES[locale],
    pgName: (pg: PgCode) => V2_PG_LABELS[pg][locale],
    approve: locale === 'en' ? 'Approve' : '승인',
    decline: locale === 'en' ? 'Decline' : '거절',
  };
}

/**
 * A v2 BillingKeyButton plus the line a merchant's page shows after it: the issued key, the issuance waiting for the
 * server's confirmation, or the error. Calls the story's `onSuccess` / `onFailure` args too.
 */
export function V2Demo(props: BillingKeyButtonProps) {
  const { locale } = useUiMessages();
  const [outcome, setOutcome] = useState<{ result?: BillingKeyResult; error?: BillingKeyError } | null>(null);
  const words = V2_STORY_TEXT[locale];
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
      <ResultLine role="status" {...{ [RESULT_ATTRIBUTE]: '' }} $failed={!!outcome?.error}>
        {outcome?.result ? words.success(outcome.result) : outcome?.error ? words.failure(outcome.error) : ''}
      </ResultLine>
    </div>
  );
}
