// A theme written in plain JS may be partial or malformed; the components fill the gaps with the default tokens instead
// of throwing during render (DESIGN: render never throws).
import { render, screen } from '@testing-library/react';
import { ThemeProvider } from 'styled-components';
import { describe, expect, it } from 'vitest';
import * as v1 from '../../../src';
import * as v2 from '../../../src/v2';
import { defaultBillingTheme, tokens } from '../../../src/theme/theme';

const MALFORMED: unknown[] = [
  { radius: '4px' },
  { colors: null },
  { colors: { primary: 7, text: '' } },
  'dark',
  42,
  [],
  Object.create({ colors: { primary: '#000000' } }),
];

describe.each(MALFORMED.map((billingKey) => [billingKey]))('billingKey %o', (billingKey) => {
  it('v1 components render with the default tokens filling the gaps', () => {
    render(
      <ThemeProvider theme={{ billingKey } as never}>
        <v1.IamportProvider userCode="imp12345678">
          <v1.BillingKeyButton pg="danal_tpay" customerUid="member_1" />
          <v1.CardFilter />
          <v1.PgNotice pg="kakaopay" />
          <v1.BillingMethodPicker methods={[{ id: 'card', pg: 'kcp_billing', payMethod: 'card' }]} />
          <v1.RecurringConsent terms="약관" version="1" />
        </v1.IamportProvider>
      </ThemeProvider>,
    );
    const button = screen.getByRole('button', { name: '카드 등록하기' });
    expect(getComputedStyle(button).color).toBe('rgb(255, 255, 255)');
  });

  it('v2 components render with the default tokens filling the gaps', () => {
    render(
      <ThemeProvider theme={{ billingKey } as never}>
        <v2.PortOneProvider storeId="store-00000000-0000-0000-0000-000000000000">
          <v2.BillingKeyButton pg="tosspayments" channelKey="channel-key-1" />
          <v2.PgNotice pg="kakaopay" />
        </v2.PortOneProvider>
      </ThemeProvider>,
    );
    expect(screen.getByRole('button')).toBeInTheDocument();
  });
});

describe('tokens()', () => {
  it('keeps each valid own token and takes the default for the rest', () => {
    const filled = tokens({ billingKey: { radius: '2px', fontSize: 14, colors: { primary: '#000000', onPrimary: null } } });
    expect(filled.radius).toBe('2px');
    expect(filled.fontSize).toBe(defaultBillingTheme.fontSize);
    expect(filled.colors).toEqual({ ...defaultBillingTheme.colors, primary: '#000000' });
    expect(tokens(undefined)).toBe(defaultBillingTheme);
    expect(tokens({ billingKey: 'dark' })).toBe(defaultBillingTheme);
  });
});
