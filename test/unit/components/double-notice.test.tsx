// A <PgNotice> beside a <BillingKeyButton> whose own notice is on tells the buyer the same thing twice: a development
// warning, in both generations, from one check.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as v1 from '../../../src';
import * as v2 from '../../../src/v2';
import { expectDevWarning } from '../../support/dev-warnings';

const CHANNEL = 'channel-key-3b37819a-1c72-4deb-a245-8c810af5403d';

describe('a PG notice shown twice', () => {
  it("v1: <PgNotice> next to a button with notice on for the same PG warns once, naming the PG and notice='none'", () => {
    const warnings = expectDevWarning('danal_tpay: a <PgNotice> and a <BillingKeyButton>');
    render(
      <v1.IamportProvider userCode="imp12345678">
        <v1.PgNotice pg="danal_tpay" amount={0} />
        <v1.BillingKeyButton pg="danal_tpay.MID01" customerUid="member_1" buyer={{ tel: '010-1234-5678' }} />
        <v1.BillingKeyButton pg="danal_tpay" customerUid="member_2" buyer={{ tel: '010-1234-5678' }} />
      </v1.IamportProvider>,
    );
    expect(screen.getAllByRole('note')).toHaveLength(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('notice="none"');
  });

  it('v2: <PgNotice> next to a button with notice on for the same PG warns', () => {
    expectDevWarning('galaxia: a <PgNotice> and a <BillingKeyButton>');
    render(
      <v2.PortOneProvider storeId="store-1">
        <v2.BillingKeyButton pg="galaxia" channelKey={CHANNEL} customer={{ customerId: 'member1' }} />
        <v2.PgNotice pg="galaxia" />
      </v2.PortOneProvider>,
    );
    expect(screen.getAllByRole('note')).toHaveLength(2);
  });

  it.each([
    ['the button says nothing (notice="none")', 'none', 'danal_tpay'],
    ['the notice is about another PG', 'auto', 'kakaopay'],
  ] as const)('no warning when %s', (_label, notice, noticePg) => {
    render(
      <v1.IamportProvider userCode="imp12345678">
        <v1.PgNotice pg={noticePg} amount={0} />
        <v1.BillingKeyButton pg="danal_tpay" customerUid="member_1" buyer={{ tel: '010-1234-5678' }} notice={notice} />
      </v1.IamportProvider>,
    );
    expect(screen.getAllByRole('note').length).toBeGreaterThan(0);
  });

  it('no warning once the <PgNotice> is gone before the button shows its notice', () => {
    const view = render(<v1.PgNotice pg="danal_tpay" amount={0} />);
    view.unmount();
    render(
      <v1.IamportProvider userCode="imp12345678">
        <v1.BillingKeyButton pg="danal_tpay" customerUid="member_1" buyer={{ tel: '010-1234-5678' }} />
      </v1.IamportProvider>,
    );
    expect(screen.getByRole('note')).toBeInTheDocument();
  });
});
