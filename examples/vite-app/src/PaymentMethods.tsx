import { useState } from 'react';
import {
  BillingKeyCheckout,
  SavedPaymentMethods,
  type BillingKeyError,
  type BillingKeyResult,
  type Buyer,
  type CheckoutMethod,
} from 'react-billing-key';
import { savedMethods } from './saved-methods';

// Card (NHN KCP), Kakao Pay and Naver Pay: each its own PG (a real shop adds each one's channelKey).
const METHODS: CheckoutMethod[] = [
  { id: 'card', pg: 'kcp_billing', payMethod: 'card' },
  { id: 'kakaopay', pg: 'kakaopay' },
  { id: 'naverpay', pg: 'naverpay' },
];
const CONSENT = { terms: '매월 9,900원이 등록한 결제수단으로 자동 결제되며, 언제든 해지할 수 있습니다.', version: '2026-12' };

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
  const saved = (result: BillingKeyResult) => {
    savedMethods.add(result);
    setCount((n) => n + 1);
    onSuccess(result);
  };
  return (
    <>
      <BillingKeyCheckout
        methods={METHODS}
        {...shared}
        onSuccess={(result) => {
          saved(result);
          setListVersion((n) => n + 1);
        }}
        onFailure={onFailure}
      />
      <SavedPaymentMethods
        key={listVersion}
        headingLevel={3}
        load={savedMethods.load}
        onRemove={savedMethods.remove}
        methods={METHODS}
        {...shared}
        onSuccess={saved}
        onFailure={onFailure}
      />
    </>
  );
}
