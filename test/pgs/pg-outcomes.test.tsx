import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BillingKeyRequest, PayMethod, PgCode } from '../../src';
import { resetDevWarnings } from '../../src/core/dev-warnings';
import { clickButton, expectRejected, manualBuyer } from './render';

beforeEach(() => {
  resetDevWarnings();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const base = { customerUid: 'member_42_card_1', buyer: manualBuyer } as const;

// pg-facts "amount = 0" and "amount > 0" columns, as charged true/false; null = the PG refuses amount 0.
const chargedByFacts: Record<PgCode, { zero: boolean | null; positive: boolean }> = {
  jtnet: { zero: false, positive: true },
  html5_inicis: { zero: false, positive: false },
  danal_tpay: { zero: false, positive: true }, // the 10 KRW test is cancelled by Danal: nothing is charged
  kcp_billing: { zero: false, positive: false },
  kicc: { zero: false, positive: false },
  payco: { zero: false, positive: false },
  kakaopay: { zero: false, positive: true },
  chai: { zero: false, positive: false },
  danal: { zero: null, positive: true },
  mobilians: { zero: null, positive: true },
  paymentwall: { zero: null, positive: true },
};
const ALL_PGS = Object.keys(chargedByFacts) as PgCode[];

describe('`charged` in onSuccess follows the facts table', () => {
  it.each(ALL_PGS.filter((pg) => chargedByFacts[pg].zero !== null))('%s, amount 0: key only, charged false', async (pg) => {
    const { onSuccess } = await clickButton({ pg, amount: 0, ...base });
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({
      pg,
      amount: 0,
      charged: false,
      customerUid: 'member_42_card_1',
      verified: false,
    });
  });

  it.each(ALL_PGS)('%s, amount 9900: charged only where the window approves it', async (pg) => {
    const { onSuccess } = await clickButton({ pg, amount: 9900, ...base });
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ pg, amount: 9900, charged: chargedByFacts[pg].positive });
  });

  it('keeps the MID in result.pg and still applies the PG rules', async () => {
    const { onSuccess } = await clickButton({ pg: 'html5_inicis.INIBillTst', amount: 1000, ...base });
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ pg: 'html5_inicis.INIBillTst', charged: false });
  });
});

describe('invalid requests fail with INVALID_PARAMS before request_pay', () => {
  it.each(['danal', 'mobilians', 'paymentwall'] as const)('%s refuses amount 0', async (pg) => {
    const { imp, error } = await expectRejected({ pg, amount: 0, ...base });
    expect(error).toMatchObject({ code: 'INVALID_PARAMS', field: 'amount' });
    expect(error.message).toContain('amount');
    expect(imp.sdk.request_pay).not.toHaveBeenCalled();
  });

  it.each(['danal', 'mobilians', 'paymentwall'] as const)('%s needs an amount (no default of 0)', async (pg) => {
    const { imp, error } = await expectRejected({ pg, ...base });
    expect(error).toMatchObject({ code: 'INVALID_PARAMS', field: 'amount' });
    expect(imp.sdk.request_pay).not.toHaveBeenCalled();
  });

  it.each(ALL_PGS.filter((pg) => chargedByFacts[pg].zero !== null))('%s defaults amount to 0', async (pg) => {
    const { imp } = await clickButton({ pg, ...base });
    expect(imp.lastParams().amount).toBe(0);
  });

  it.each([
    ['no buyer', undefined],
    ['no email', { name: '구매자이름', tel: '010-1234-5678' }],
    ['a blank email', { email: '  ', name: '구매자이름' }],
  ] as const)('paymentwall with %s fails on buyer.email', async (_label, buyer) => {
    const { imp, error } = await expectRejected({ pg: 'paymentwall', amount: 50, customerUid: 'c1', buyer });
    expect(error).toMatchObject({ code: 'INVALID_PARAMS', field: 'buyer.email' });
    expect(error.message).toContain('buyer.email');
    expect(imp.sdk.request_pay).not.toHaveBeenCalled();
  });

  it.each(ALL_PGS.filter((pg) => pg !== 'paymentwall'))('%s does not require buyer.email', async (pg) => {
    const { onSuccess } = await clickButton({ pg, amount: 1000, customerUid: 'c1' });
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('reports the error in English with the provider locale en, same code and field', async () => {
    const { error } = await expectRejected({ pg: 'danal', amount: 0, ...base }, 'en');
    expect(error).toMatchObject({ code: 'INVALID_PARAMS', field: 'amount' });
    expect(error.message).toContain('amount');
  });
});

// pg-facts pay_method column: the first is the default.
const payMethodsByFacts: Record<PgCode, PayMethod[]> = {
  jtnet: ['card'],
  html5_inicis: ['card'],
  danal_tpay: ['card'],
  kcp_billing: ['card'],
  kicc: ['card'],
  payco: ['card'],
  kakaopay: ['card'], // sent as card; the buyer really chooses in the app
  chai: ['trans'],
  danal: ['phone'],
  mobilians: ['phone'],
  paymentwall: ['card'],
};
const PAY_METHODS: PayMethod[] = ['card', 'phone', 'trans'];
const validRequest = (pg: PgCode): BillingKeyRequest => ({ pg, amount: 1000, ...base });

describe('pay_method', () => {
  it.each(ALL_PGS)('%s sends its default pay_method when none is given', async (pg) => {
    const { imp } = await clickButton(validRequest(pg));
    expect(imp.lastParams().pay_method).toBe(payMethodsByFacts[pg][0]);
  });

  const disallowed = ALL_PGS.flatMap((pg) =>
    PAY_METHODS.filter((m) => !payMethodsByFacts[pg].includes(m)).map((m) => [pg, m] as const),
  );
  it.each(disallowed)('%s refuses payMethod %s before request_pay', async (pg, payMethod) => {
    const { imp, error } = await expectRejected({ ...validRequest(pg), payMethod });
    expect(error).toMatchObject({ code: 'INVALID_PARAMS', field: 'payMethod' });
    expect(error.message).toContain('payMethod');
    expect(imp.sdk.request_pay).not.toHaveBeenCalled();
  });

  it.each(ALL_PGS)('%s accepts its own pay_method given explicitly', async (pg) => {
    const { imp } = await clickButton({ ...validRequest(pg), payMethod: payMethodsByFacts[pg][0] });
    expect(imp.lastParams().pay_method).toBe(payMethodsByFacts[pg][0]);
  });
});
