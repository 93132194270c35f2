// What a Next.js storefront needs from the markup: class names that match between server and client, and notices
// that stay valid HTML wherever a <button> may stand (inside a <p> too).
import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { BillingKeyButton, CardFilter, IamportProvider, PgNotice } from '../../../src';
import * as V2 from '../../../src/v2';

const ui = (
  <IamportProvider userCode="imp12345678">
    <p>
      카드를 등록하세요 <BillingKeyButton pg="danal_tpay" customerUid="member_1_card_1" amount={0} />
    </p>
    <PgNotice pg="html5_inicis" amount={9900} />
    <CardFilter defaultValue={['366']} />
  </IamportProvider>
);

describe('server and client markup', () => {
  it('gives every styled component a stable class, the same on the server and in the browser', () => {
    const server = renderToString(ui);
    const { container } = render(ui);
    const classes = (html: string) => [...html.matchAll(/class="([^"]*)"/g)].map((m) => m[1]).join(' | ');
    expect(classes(container.innerHTML)).toBe(classes(server));
    for (const id of ['rbk-BillingKeyButton', 'rbk-PgNotice', 'rbk-CardFilter']) expect(server).toContain(id);
  });

  it('renders the notice beside a button as phrasing content, so a button inside a <p> stays valid HTML', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(ui);
    expect(container.querySelector('p [role="note"]')).not.toBeNull();
    expect(container.querySelectorAll('p div, p p, p fieldset, p ul')).toHaveLength(0);
    expect(error).not.toHaveBeenCalled();
  });
});

describe('amounts in notices follow the currency', () => {
  it.each([
    ['ko', undefined, '1,000원'],
    ['en', undefined, '1,000 KRW'],
    ['en', 'USD', '$10.00'],
    ['ko', 'USD', 'US$10.00'],
  ] as const)('%s, %s', (locale, currency, text) => {
    const amount = currency ? 10 : 1000;
    const view = render(
      <IamportProvider userCode="imp12345678" locale={locale}>
        <PgNotice pg="paymentwall" amount={amount} currency={currency} />
      </IamportProvider>,
    );
    expect(view.container.textContent).toContain(text);
    view.unmount();
  });

  it('BillingKeyButton passes the request’s params.currency to its notice', () => {
    const { container } = render(
      <IamportProvider userCode="imp12345678" locale="en">
        <BillingKeyButton pg="paymentwall" customerUid="member_1" amount={20} params={{ currency: 'USD' }} />
      </IamportProvider>,
    );
    expect(container.querySelector('[role="note"]')).toHaveTextContent('$20.00 is charged now');
  });

  it('v2 amounts count in the currency’s smallest unit, as PortOne v2 takes them: 990 USD cents are $9.90', () => {
    const { container } = render(
      <V2.PortOneProvider storeId="store-00000000-0000-0000-0000-000000000000" locale="en">
        <V2.BillingKeyButton pg="inicis_v2" channelKey="channel-key-1" displayAmount={990} currency="USD" />
        <V2.PgNotice pg="naverpay" displayAmount={9900} />
      </V2.PortOneProvider>,
    );
    const [usd, krw] = container.querySelectorAll('[role="note"]');
    expect(usd).toHaveTextContent('$9.90');
    expect(usd).not.toHaveTextContent('990');
    expect(krw).toHaveTextContent('9,900 KRW');
  });
});
