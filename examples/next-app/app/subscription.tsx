'use client';
import Link from 'next/link';
import { useId, useState } from 'react';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  CardFilter,
  IamportProvider,
  PgNotice,
  verifyWith,
  type BillingKeyError,
  type BillingKeyResult,
  type CardCode,
} from 'react-billing-key';
import { styled } from 'styled-components';
import type { Member } from './member';
import { PaymentMethods } from './payment-methods';

type Outcome = { ok: boolean; text: string } | null;

/** The client part of the subscription page: the card choice, the buttons and what happened. */
export function Subscription({ member }: { member: Member }) {
  const [cards, setCards] = useState<CardCode[]>(['366', '381']); // 신한카드, KB국민카드
  const [outcome, setOutcome] = useState<Outcome>(null);
  const noticeId = useId();
  const buyer = { name: member.name, email: member.email, tel: member.tel };

  // Send result.customerUid to your server, which checks it with PortOne and charges the key later
  // (POST /subscribe/payments/again). `charged` is false when the PG only showed the amount: charge it from the server.
  const onSuccess = (result: BillingKeyResult) =>
    setOutcome({
      ok: true,
      text:
        result.amount > 0 && !result.charged
          ? `카드가 등록되었습니다. 첫 달 요금 ${result.amount.toLocaleString('ko-KR')}원은 곧 결제됩니다.`
          : '카드가 등록되었습니다.',
    });
  // error.message is written for the buyer, in the provider's locale; error.code tells you what happened.
  const onFailure = (error: BillingKeyError) => setOutcome({ ok: false, text: error.message });
  const clear = () => setOutcome(null);

  return (
    // Every key is checked by the shop's server before success is shown (app/api/billing/verify/route.ts).
    <IamportProvider userCode="imp12345678" locale="ko" verify={verifyWith('/api/billing/verify')}>
      {/* Results of mobile redirects (NHN KCP, KICC… on a phone) arrive back on this page. */}
      <BillingKeyRedirect onSuccess={onSuccess} onFailure={onFailure} />
      <Page>
        <h1>월간 구독</h1>
        <p>구독에 사용할 카드를 등록하세요. 카드 정보는 결제사 창에서만 입력됩니다.</p>

        <CardFilter value={cards} onChange={setCards} />

        <Plan aria-labelledby="plan-trial">
          <h2 id="plan-trial">14일 무료 체험</h2>
          <p>카드만 등록하고 오늘은 결제하지 않습니다.</p>
          <BillingKeyButton
            pg="danal_tpay"
            customerUid={`member_${member.id}_trial`}
            amount={0}
            buyer={buyer}
            cards={cards}
            onClick={clear}
            onSuccess={onSuccess}
            onFailure={onFailure}
          >
            카드 등록하고 체험 시작
          </BillingKeyButton>
        </Plan>

        <Plan aria-labelledby="plan-monthly">
          <h2 id="plan-monthly">월간 이용권</h2>
          <Price>월 9,900원</Price>
          <PgNotice id={noticeId} pg="html5_inicis.INIBillTst" amount={9900} />
          <Actions>
            <BillingKeyButton
              pg="html5_inicis.INIBillTst"
              customerUid={`member_${member.id}_monthly`}
              amount={9900}
              name="월간 이용권"
              buyer={buyer}
              cards={cards}
              notice="none"
              aria-describedby={noticeId}
              onClick={clear}
              onSuccess={onSuccess}
              onFailure={onFailure}
            >
              9,900원 구독 시작
            </BillingKeyButton>
          </Actions>
        </Plan>

        <Plan aria-labelledby="plan-methods">
          <h2 id="plan-methods">결제수단 관리</h2>
          <p>카드, 카카오페이, 네이버페이 중 하나를 등록하세요. NHN KCP 카드는 휴대폰에서 결제창이 이 페이지로 돌아옵니다.</p>
          <PaymentMethods memberId={member.id} buyer={buyer} onSuccess={onSuccess} onFailure={onFailure} />
        </Plan>

        <Result id="billing-result" role="status" $ok={outcome?.ok ?? true}>
          {outcome?.text}
        </Result>

        <p>
          <Link href="/card">서버 컴포넌트에서 바로 렌더링한 카드 변경 페이지</Link>
        </p>
      </Page>
    </IamportProvider>
  );
}

export const Page = styled.main`
  max-width: 40rem;
  margin: 0 auto;
  padding: 24px 16px 48px;
`;

export const Plan = styled.section`
  margin-top: 16px;
  padding: 20px;
  border-radius: ${(p) => p.theme.shop.radius};
  background: ${(p) => p.theme.shop.surface};
  box-shadow: 0 1px 3px rgb(0 0 0 / 12%);

  h2 {
    margin: 0 0 4px;
    font-size: 1.125rem;
  }
  p {
    margin: 0 0 12px;
    color: ${(p) => p.theme.shop.muted};
  }
`;

const Price = styled.p`
  && {
    color: ${(p) => p.theme.shop.text};
    font-size: 1.5rem;
    font-weight: 700;
  }
`;

const Actions = styled.div`
  margin-top: 12px;
`;

export const Result = styled.p<{ $ok: boolean }>`
  margin: 24px 0 0;
  color: ${(p) => (p.$ok ? p.theme.shop.accent : p.theme.shop.danger)};
  font-weight: 600;
  white-space: pre-line;

  &:empty {
    display: none;
  }
`;
