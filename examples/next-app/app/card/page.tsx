import type { Metadata } from 'next';
import Link from 'next/link';
import { BillingKeyButton, IamportProvider, PgNotice } from 'react-billing-key';
import { getMember } from '../member';

export const metadata: Metadata = {
  title: '결제 카드 변경 — react-billing-key Next.js 예제',
};

// A Server Component that renders the library's components directly. They are client components ("use client" in the
// package), so they are rendered on the server here and hydrate in the browser, styled through the registry in the
// root layout. Only serializable props can cross to them, so there is no onSuccess / onFailure on this page: a page
// that shows the result wraps the button in a client component of its own (see ../subscription.tsx).
export default async function ChangeCardPage() {
  const member = await getMember();
  return (
    <main className="page">
      <h1>결제 카드 변경</h1>
      <IamportProvider userCode="imp12345678">
        <section className="panel" aria-labelledby="new-card">
          <h2 id="new-card">새 카드 등록</h2>
          <p>새 카드를 등록하면 다음 결제일부터 새 카드로 결제됩니다.</p>
          <PgNotice id="new-card-notice" pg="danal_tpay" amount={0} />
          <p className="actions">
            <BillingKeyButton
              pg="danal_tpay"
              customerUid={`member_${member.id}_card_2`}
              amount={0}
              buyer={{ name: member.name, email: member.email, tel: member.tel }}
              notice="none"
              aria-describedby="new-card-notice"
            >
              새 카드 등록
            </BillingKeyButton>
          </p>
        </section>
      </IamportProvider>
      <p>
        <Link href="/">구독 페이지로</Link>
      </p>
    </main>
  );
}
