// @vitest-environment node
// Server rendering as a merchant's Next.js / Remix server does it: plain Node, no window, no DOM.
import { version as reactVersion, type ReactElement } from 'react';
import { renderToString, version as reactDomVersion } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import {
  BillingKeyButton,
  BillingKeyRedirect,
  CARD_COMPANIES,
  CardFilter,
  IamportProvider,
  PgNotice,
  type Locale,
  type PgId,
} from '../../src';

function serverRender(ui: ReactElement, locale: Locale = 'ko'): string {
  return renderToString(
    <IamportProvider userCode="imp12345678" locale={locale}>
      {ui}
    </IamportProvider>,
  );
}

/** The text a buyer reads: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

describe('server rendering (no window)', () => {
  it('uses the React major the run asked for (REACT_VERSION=18 in CI, 19 by default), one copy', () => {
    expect(reactVersion.split('.')[0]).toBe(process.env.REACT_VERSION || '19');
    expect(reactDomVersion).toBe(reactVersion);
  });

  it('runs in an environment without browser globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(typeof sessionStorage).toBe('undefined');
  });

  it.each<[PgId, number]>([
    ['jtnet', 0],
    ['html5_inicis', 1000],
    ['danal_tpay', 0],
    ['kcp_billing', 0],
    ['kakaopay', 0],
    ['danal', 0],
    ['paymentwall', 0],
  ])('renders BillingKeyButton for %s (amount %i) with its label, not busy', (pg, amount) => {
    const html = serverRender(<BillingKeyButton pg={pg} customerUid="member_1_card_1" amount={amount} />);
    expect(html).toMatch(/^<button[^>]*type="button"/);
    expect(html).toContain('aria-busy="false"');
    expect(textOf(html)).toContain('카드 등록하기');
    expect(typeof window).toBe('undefined');
  });

  it("renders Danal's test-charge notice under the button, linked by aria-describedby", () => {
    const html = serverRender(<BillingKeyButton pg="danal_tpay" customerUid="member_1_card_1" amount={0} />);
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toContain(`id="${describedBy}"`);
    expect(html).toContain('role="note"');
    expect(textOf(html)).toMatch(/\b10\s?원/);
  });

  it('uses the provider locale and a custom label', () => {
    expect(textOf(serverRender(<BillingKeyButton pg="jtnet" customerUid="c_1" />, 'en'))).toContain('Register card');
    expect(
      textOf(
        serverRender(
          <BillingKeyButton pg="jtnet" customerUid="c_1">
            Save my card
          </BillingKeyButton>,
        ),
      ),
    ).toContain('Save my card');
  });

  it('renders PgNotice for Kakao Pay and nothing for a PG with nothing to say', () => {
    const kakao = serverRender(<PgNotice pg="kakaopay" />, 'en');
    expect(kakao).toContain('role="note"');
    expect(textOf(kakao)).toContain('You choose the payment method in the payment window');
    expect(serverRender(<PgNotice pg="jtnet" amount={0} />)).toBe('');
  });

  it('renders CardFilter as a labelled group of every domestic card company with the selection checked', () => {
    const html = serverRender(<CardFilter defaultValue={['366']} />);
    expect(html).toMatch(/^<fieldset/);
    expect(textOf(html)).toContain('사용할 카드사');
    expect(html.match(/type="checkbox"/g)).toHaveLength(CARD_COMPANIES.filter((company) => !company.overseas).length);
    expect(textOf(html)).toContain('신한카드');
    const checkbox = (code: string) => html.match(new RegExp(`<input[^>]*value="${code}"[^>]*>`))?.[0] ?? '';
    expect(checkbox('366')).toContain('checked=""');
    expect(checkbox('361')).not.toContain('checked');
  });

  it('renders BillingKeyRedirect as its children, idle until the browser reads the URL', () => {
    expect(serverRender(<BillingKeyRedirect>결과 확인 중</BillingKeyRedirect>)).toBe('결과 확인 중');
    expect(serverRender(<BillingKeyRedirect>{(state) => <p>status: {state.status}</p>}</BillingKeyRedirect>)).toBe(
      '<p>status: <!-- -->idle</p>',
    );
  });

  it('renders every component on one page and collects their styles with ServerStyleSheet', () => {
    const sheet = new ServerStyleSheet();
    try {
      const html = renderToString(
        sheet.collectStyles(
          <IamportProvider userCode="imp12345678">
            <CardFilter />
            <BillingKeyButton pg="kakaopay" customerUid="member_1_card_1" />
            <PgNotice pg="danal_tpay" />
            <BillingKeyRedirect>done</BillingKeyRedirect>
          </IamportProvider>,
        ),
      );
      const text = textOf(html);
      expect(text).toContain('사용할 카드사');
      expect(text).toContain('카드 등록하기');
      expect(text).toContain('done');
      const styles = sheet.getStyleTags();
      expect(styles).toContain('<style');
      expect(styles).toMatch(/focus-visible/);
    } finally {
      sheet.seal();
    }
    expect(typeof window).toBe('undefined');
  });
});
