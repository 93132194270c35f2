import { useState } from 'react';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  PortOneProvider,
  type BillingKeyError,
  type BillingKeyResult,
} from 'react-billing-key/v2';
import { ThemeProvider } from 'styled-components';
// The shop's own layout, shared with the v1 page.
import { GlobalStyle, Page, Plan, Result } from './Subscription';
import { shopTheme } from './theme';

// The store and channels from the PortOne console (public values; the API secret stays on your server).
const STORE_ID = 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec';
const TOSS_CHANNEL = 'channel-key-3b37819a-1c72-4deb-a245-8c810af5403d';
const KAKAO_CHANNEL = 'channel-key-9b6e2a11-7c0e-4f3a-8d5b-2f1c4e6a8b90';

// The signed-in member (from your session in a real shop).
const member = { id: 42, name: '홍길동', email: 'gildong@example.com', phone: '010-1234-5678' };
const customer = { customerId: `member_${member.id}`, fullName: member.name, email: member.email, phoneNumber: member.phone };

type Outcome = { ok: boolean; text: string } | null;

/** The subscription page on PortOne v2 (`react-billing-key/v2`): the same shop, a billing key instead of a customer_uid. */
export function SubscriptionV2() {
  const [outcome, setOutcome] = useState<Outcome>(null);

  // Send result.billingKey to your server, which checks it with PortOne and charges it later
  // (POST /payments/{paymentId}/billing-key). A v2 billing-key window never charges anything itself.
  const onSuccess = (result: BillingKeyResult) =>
    setOutcome({ ok: true, text: result.needsConfirmation ? '카드 등록을 확인하고 있습니다.' : '카드가 등록되었습니다.' });
  // error.message is written for the buyer; error.code tells you what happened.
  const onFailure = (error: BillingKeyError) => setOutcome({ ok: false, text: error.message });
  const clear = () => setOutcome(null);

  return (
    <ThemeProvider theme={shopTheme}>
      <GlobalStyle />
      <PortOneProvider storeId={STORE_ID} locale="ko">
        {/* Results of mobile redirects arrive back on this page. */}
        <BillingKeyRedirect onSuccess={onSuccess} onFailure={onFailure} />
        <Page>
          <h1>월간 구독 (PortOne v2)</h1>
          <p>구독에 사용할 결제수단을 등록하세요. 카드 정보는 결제사 창에서만 입력됩니다.</p>

          <Plan aria-labelledby="plan-card">
            <h2 id="plan-card">카드로 등록</h2>
            <p>토스페이먼츠 결제창에서 카드를 등록합니다. 오늘은 결제하지 않습니다.</p>
            <BillingKeyButton
              pg="tosspayments"
              channelKey={TOSS_CHANNEL}
              issueName="월간 이용권"
              customer={customer}
              onClick={clear}
              onSuccess={onSuccess}
              onFailure={onFailure}
            >
              토스페이먼츠로 카드 등록
            </BillingKeyButton>
          </Plan>

          <Plan aria-labelledby="plan-kakao">
            <h2 id="plan-kakao">카카오페이로 등록</h2>
            <p>휴대폰에서는 카카오페이 창이 이 페이지로 돌아오며 결과를 알려 줍니다.</p>
            <BillingKeyButton
              pg="kakaopay"
              channelKey={KAKAO_CHANNEL}
              issueName="월간 이용권"
              customer={customer}
              onClick={clear}
              onSuccess={onSuccess}
              onFailure={onFailure}
            >
              카카오페이로 등록
            </BillingKeyButton>
          </Plan>

          <Result id="billing-result" role="status" $ok={outcome?.ok ?? true}>
            {outcome?.text}
          </Result>
          <p>
            <a href="/">PortOne v1 페이지</a>
          </p>
        </Page>
      </PortOneProvider>
    </ThemeProvider>
  );
}
