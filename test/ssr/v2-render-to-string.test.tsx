// @vitest-environment node
// The v2 entry on a server (Next.js / Remix): importing it and rendering touch no browser global.
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import type { ReactElement } from 'react';
import * as V2 from '../../src/v2';
import { BillingKeyButton, BillingKeyRedirect, PgNotice, PortOneProvider } from '../../src/v2';

const STORE = 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec';
const CHANNEL = 'channel-key-3b37819a-1c72-4deb-a245-8c810af5403d';

const serverRender = (ui: ReactElement, locale: 'ko' | 'en' = 'ko') =>
  renderToString(
    <PortOneProvider storeId={STORE} locale={locale}>
      {ui}
    </PortOneProvider>,
  );
const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe('the v2 entry on a server (no window)', () => {
  it('imports without a browser: every public value is there', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    for (const name of [
      'PortOneProvider',
      'usePortOne',
      'useBillingKey',
      'useBillingKeyRedirect',
      'BillingKeyError',
      'getPgRule',
    ]) {
      expect(typeof (V2 as Record<string, unknown>)[name]).toBe('function');
    }
    expect(['function', 'object']).toContain(typeof V2.BillingKeyButton);
    expect(Object.keys(V2.PG_RULES)).toContain('tosspayments');
  });

  it.each(['tosspayments', 'inicis_v2', 'kakaopay', 'naverpay'] as const)(
    'renders the %s button with its label, not busy',
    (pg) => {
      const html = serverRender(<BillingKeyButton pg={pg} channelKey={CHANNEL} />);
      expect(html).toMatch(/^<button[^>]*type="button"/);
      expect(html).toContain('aria-busy="false"');
      expect(textOf(html)).toContain('카드 등록하기');
    },
  );

  it('renders Galaxia’s notice under the button, linked by aria-describedby, in the provider’s locale', () => {
    const html = serverRender(<BillingKeyButton pg="galaxia" channelKey={CHANNEL} customer={{ customerId: 'c1' }} />, 'en');
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`id="${describedBy}"`);
    expect(textOf(html)).toContain('The payment window shows 1,000 KRW');
  });

  it('renders PgNotice, BillingKeyRedirect idle, and collects the styles', () => {
    const sheet = new ServerStyleSheet();
    try {
      const html = renderToString(
        sheet.collectStyles(
          <PortOneProvider storeId={STORE}>
            <PgNotice pg="smartro_v2" />
            <BillingKeyRedirect>{(state) => <p>status: {state.status}</p>}</BillingKeyRedirect>
          </PortOneProvider>,
        ),
      );
      expect(html).toContain('role="note"');
      expect(textOf(html)).toContain('본인인증');
      expect(html).toContain('<p>status: <!-- -->idle</p>');
      expect(sheet.getStyleTags()).toContain('<style');
    } finally {
      sheet.seal();
    }
    expect(typeof window).toBe('undefined');
  });
});
