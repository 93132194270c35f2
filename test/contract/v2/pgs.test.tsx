// pg-facts.md "PortOne v2", through the public v2 button: what each PG's window is sent (as its v2 page's example
// writes it, plus the library's defaults), refused PGs and methods with a hint, and the buyer notices.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { installMockPortOne } from '../../../src/testing';
import {
  BillingKeyButton,
  PG_RULES,
  PgNotice,
  PortOneProvider,
  REFUSED_PGS,
  type BillingKeyError,
  type BillingKeyRequest,
  type PgCode,
} from '../../../src/v2';
import { expectDevWarning } from '../../support/dev-warnings';
import { CHANNEL_KEY, STORE_ID } from '../../support/v2-kit';

const person = { fullName: '포트원', phoneNumber: '010-0000-1234', email: 'test@portone.io' };

/**
 * Each PG's request as its v2 page's example writes it (without storeId / channelKey), what the window gets, and the
 * development warning the example earns (an amount only shown, a field the docs recommend elsewhere). Issue-and-pay-only
 * PGs are in issue-and-pay.test.tsx.
 */
type WindowPg = Exclude<PgCode, 'eximbay_v2' | 'payletter_global'>;
const CASES: Record<
  WindowPg,
  { request: Omit<BillingKeyRequest, 'pg' | 'channelKey'>; sent: Record<string, unknown>; warns?: string }
> = {
  tosspayments: { request: {}, sent: { billingKeyMethod: 'CARD' } },
  inicis_v2: {
    request: {
      issueId: 'test-issueId',
      issueName: 'test-issueName',
      customer: person,
      params: { offerPeriod: { interval: '1m' } },
    },
    sent: {
      billingKeyMethod: 'CARD',
      issueId: 'test-issueId',
      issueName: 'test-issueName',
      customer: person,
      offerPeriod: { interval: '1m' },
    },
  },
  kcp_v2: {
    request: { issueId: 'test-issueId', issueName: 'test-issueName', customer: person },
    sent: { billingKeyMethod: 'CARD', issueId: 'test-issueId', issueName: 'test-issueName', customer: person },
  },
  kpn: {
    request: {
      issueId: 'test-issueId',
      issueName: 'test-issueName',
      customer: { customerId: 'uniqueCustomerId', fullName: '포트원' },
    },
    sent: { billingKeyMethod: 'CARD', customer: { customerId: 'uniqueCustomerId', fullName: '포트원' } },
  },
  nice_v2: {
    request: {
      issueId: 'testIssueId',
      issueName: 'testIssueName',
      customer: person,
      params: { easyPay: { easyPayProvider: 'KAKAOPAY' } },
    },
    sent: { billingKeyMethod: 'EASY_PAY', issueId: 'testIssueId', easyPay: { easyPayProvider: 'KAKAOPAY' } },
  },
  smartro_v2: {
    request: { customer: { customerId: 'member42' } },
    sent: { billingKeyMethod: 'CARD', customer: { customerId: 'member42' } },
  },
  welcome: {
    request: {
      issueId: 'test-issueId',
      issueName: 'test-issueName',
      customer: person,
      params: { offerPeriod: { interval: '1y' } },
    },
    sent: { billingKeyMethod: 'CARD', customer: person, offerPeriod: { interval: '1y' } },
  },
  galaxia: {
    request: {
      issueId: 'test-issueId',
      issueName: '빌링키 발급',
      displayAmount: 1000,
      currency: 'KRW',
      customer: { customerId: 'customer-1234', ...person },
    },
    sent: {
      billingKeyMethod: 'CARD',
      displayAmount: 1000,
      currency: 'KRW',
      customer: { customerId: 'customer-1234', ...person },
    },
    warns: 'galaxia: displayAmount 1000 is only shown',
  },
  kakaopay: { request: { issueName: '월간 구독' }, sent: { billingKeyMethod: 'EASY_PAY', issueName: '월간 구독' } },
  naverpay: {
    request: { displayAmount: 9900 },
    sent: { billingKeyMethod: 'EASY_PAY', displayAmount: 9900, currency: 'KRW' },
    warns: 'naverpay: displayAmount 9900 is only shown',
  },
  tosspay_v2: {
    request: { issueId: 'test-issueId', issueName: 'test-issueName', customer: { customerId: 'uniqueCustomerId' } },
    sent: { billingKeyMethod: 'EASY_PAY', customer: { customerId: 'uniqueCustomerId' } },
    warns: "tosspay_v2: PortOne's docs recommend params.noticeUrls",
  },
};

function renderButton(request: BillingKeyRequest, locale: 'ko' | 'en' = 'ko') {
  const onSuccess = vi.fn();
  const onFailure = vi.fn<(e: BillingKeyError) => void>();
  render(
    <PortOneProvider storeId={STORE_ID} locale={locale}>
      <BillingKeyButton {...request} onSuccess={onSuccess} onFailure={onFailure} />
    </PortOneProvider>,
  );
  return { onSuccess, onFailure, button: screen.getByRole('button') };
}

describe('every v2 PG through the button', () => {
  it('covers every row of PG_RULES', () => {
    const windowPgs = Object.entries(PG_RULES).filter(([, rule]) => rule.methods.length > 0);
    expect(Object.keys(CASES).sort()).toEqual(windowPgs.map(([pg]) => pg).sort());
  });

  it.each(Object.keys(CASES) as WindowPg[])('%s: the window gets the docs’ request plus storeId and the defaults', async (pg) => {
    const { warns } = CASES[pg];
    if (warns) expectDevWarning(warns);
    const portOne = installMockPortOne();
    const { onSuccess, button } = renderButton({ pg, channelKey: CHANNEL_KEY, ...CASES[pg].request });
    fireEvent.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const sent = portOne.lastRequest();
    expect(sent).toMatchObject({ storeId: STORE_ID, channelKey: CHANNEL_KEY, ...CASES[pg].sent });
    expect(sent.issueId).toEqual(expect.any(String));
    expect(sent.issueName).toEqual(expect.any(String));
    expect(sent.redirectUrl).toBe(`http://localhost:3000/?rbk_issue_id=${encodeURIComponent(sent.issueId)}`);
    expect(sent).not.toHaveProperty('pg');
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ pg, issueId: sent.issueId });
  });

  it.each(Object.keys(REFUSED_PGS))('%s is refused before any window opens (INVALID_PARAMS on pg)', async (pg) => {
    const portOne = installMockPortOne();
    const { onFailure, button } = renderButton({ pg: pg as PgCode, channelKey: CHANNEL_KEY });
    fireEvent.click(button);
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'pg' });
    expect(onFailure.mock.calls[0]![0].message).toContain(REFUSED_PGS[pg]);
    expect(portOne.requests).toHaveLength(0);
  });

  it('phone billing keys without payment are refused, naming issue-and-pay', async () => {
    installMockPortOne();
    const { onFailure, button } = renderButton({ pg: 'welcome', channelKey: CHANNEL_KEY, billingKeyMethod: 'MOBILE' }, 'en');
    fireEvent.click(button);
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    const error = onFailure.mock.calls[0]![0];
    expect(error).toMatchObject({ code: 'INVALID_PARAMS', field: 'payment' });
    const [buyer, developer] = error.message.split('\n');
    expect(buyer).toBe('The payment request is incomplete, so the payment window cannot open. Please contact support.');
    expect(developer).toContain('requestIssueBillingKeyAndPay');
  });
});

describe('v2 notices', () => {
  const note = () => screen.queryByRole('note');

  it.each<[PgCode, number | undefined, RegExp]>([
    ['galaxia', undefined, /1,000원이 표시되지만 실제로 결제되지 않고/],
    ['galaxia', 9900, /9,900원은 지금 결제되지 않습니다/],
    ['inicis_v2', 9900, /9,900원은 지금 결제되지 않습니다/],
    ['welcome', 9900, /9,900원은 지금 결제되지 않습니다/],
    ['naverpay', 9900, /9,900원은 지금 결제되지 않습니다/],
    ['smartro_v2', 0, /본인인증/],
    ['kakaopay', 0, /결제수단은 결제창에서 직접 고르며/],
    ['naverpay', 0, /결제창에서 직접 고르며/],
  ])('%s with displayAmount %s says %s', (pg, displayAmount, text) => {
    render(<PgNotice pg={pg} displayAmount={displayAmount} />);
    expect(note()).toHaveTextContent(text);
  });

  it('says nothing for a PG with nothing to say, and never throws on nonsense', () => {
    const { container } = render(
      <>
        <PgNotice pg="tosspayments" />
        {/* Windows that show no amount: the buyer is never told about one (2026-12). */}
        <PgNotice pg="tosspayments" displayAmount={9900} />
        <PgNotice pg="kcp_v2" displayAmount={9900} />
        <PgNotice pg="kpn" displayAmount={9900} />
        <PgNotice pg={'nope' as PgCode} />
        <PgNotice pg="galaxia" displayAmount={-5} />
        <PgNotice pg="galaxia" displayAmount={1.5} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('the button shows its PG’s notice after it (aria-describedby), in the provider’s locale; notice="none" hides it', () => {
    const view = render(
      <PortOneProvider storeId={STORE_ID} locale="en">
        <BillingKeyButton pg="galaxia" channelKey={CHANNEL_KEY} customer={{ customerId: 'c1' }} />
      </PortOneProvider>,
    );
    const describedBy = screen.getByRole('button').getAttribute('aria-describedby');
    expect(note()).toHaveAttribute('id', describedBy);
    expect(note()).toHaveTextContent('The payment window shows 1,000 KRW, but nothing is charged');
    view.rerender(
      <PortOneProvider storeId={STORE_ID} locale="en">
        <BillingKeyButton pg="galaxia" channelKey={CHANNEL_KEY} notice="none" />
      </PortOneProvider>,
    );
    expect(note()).toBeNull();
    expect(screen.getByRole('button')).not.toHaveAttribute('aria-describedby');
  });
});
