'use client';
import { useState } from 'react';
import {
  BillingKeyCheckout,
  SavedPaymentMethods,
  type BillingKeyError,
  type BillingKeyResult,
  type Buyer,
  type CheckoutMethod,
  type SavedMethod,
} from 'react-billing-key';

// Card (NHN KCP), Kakao Pay and Naver Pay: each its own PG (a real shop adds each one's channelKey).
const METHODS: CheckoutMethod[] = [
  { id: 'card', pg: 'kcp_billing', payMethod: 'card' },
  { id: 'kakaopay', pg: 'kakaopay' },
  { id: 'naverpay', pg: 'naverpay' },
];
const CONSENT = {
  terms: '매월 9,900원이 등록한 결제수단으로 자동 결제되며, 언제든 해지할 수 있습니다.',
  version: '2026-12',
};

// The shop's routes (app/api/billing/methods): the list is read back from PortOne; a key is saved by the verify route.
async function load(): Promise<SavedMethod[]> {
  const response = await fetch('/api/billing/methods', { cache: 'no-store' });
  if (!response.ok) throw new Error(`GET /api/billing/methods: ${response.status}`);
  return (await response.json()) as SavedMethod[];
}

async function remove(id: string): Promise<void> {
  const response = await fetch(`/api/billing/methods/${encodeURIComponent(id)}`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`DELETE /api/billing/methods/${id}: ${response.status}`);
}

interface Props {
  memberId: number;
  buyer: Buyer;
  onSuccess: (result: BillingKeyResult) => void;
  onFailure: (error: BillingKeyError) => void;
}

/** 결제수단 관리: one checkout over three methods, and the buyer's saved methods (remove, replace). */
export function PaymentMethods({ memberId, buyer, onSuccess, onFailure }: Props) {
  // A new customer_uid per registration: PortOne v1 would update a key issued again under the same one.
  const [count, setCount] = useState(1);
  const [listVersion, setListVersion] = useState(0);
  const shared = { customerUid: `member_${memberId}_method_${count}`, buyer, consent: CONSENT };
  const issued = (result: BillingKeyResult) => {
    setCount((n) => n + 1);
    onSuccess(result);
  };
  return (
    <>
      <BillingKeyCheckout
        methods={METHODS}
        {...shared}
        onSuccess={(result) => {
          issued(result);
          setListVersion((n) => n + 1);
        }}
        onFailure={onFailure}
      />
      <SavedPaymentMethods
        key={listVersion}
        headingLevel={3}
        load={load}
        onRemove={remove}
        methods={METHODS}
        {...shared}
        onSuccess={issued}
        onFailure={onFailure}
      />
    </>
  );
}
