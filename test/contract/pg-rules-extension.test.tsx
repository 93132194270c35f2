// DESIGN.md IamportProvider `pgRules`: a merchant adds (or overrides) a PG before the library knows it; the rule is
// validated when the provider mounts (a development error names what is wrong), and a bad rule never builds a request.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  getPgRule,
  IamportProvider,
  PgNotice,
  useBillingKey,
  type BillingKeyError,
  type PgId,
  type PgRule,
  type PgRules,
} from '../../src';
import { installMockIamport } from '../../src/testing';
import { expectDevWarning } from '../support/dev-warnings';
import { USER_CODE } from '../support/kit';

const newPg: PgRule = {
  status: 'live',
  methods: { card: { zeroAmount: 'key-only', positiveAmount: 'display-only' } },
  payMethodDefault: 'first',
  delivery: { pc: 'callback', mobile: 'redirect' },
  mid: 'optional',
  customerId: { required: true, maxLength: 10 },
  requiredBuyerFields: ['tel'],
};
const rules: PgRules = { new_pg: newPg };
const pg = 'new_pg' as PgId;

function Start({ request }: { request: Parameters<ReturnType<typeof useBillingKey>['request']>[0] }) {
  const { request: send, error } = useBillingKey();
  return (
    <>
      <button type="button" onClick={() => void send(request).catch(() => {})}>
        start
      </button>
      <output>{error ? `${error.code} ${error.field}` : ''}</output>
    </>
  );
}

describe('pgRules', () => {
  it('adds a PG: its rules validate, build and decide charged / notices like a row of PG_RULES', async () => {
    // Like a built-in display-only PG, the added one gets the development note about the amount too.
    expectDevWarning('new_pg: amount 5000 is only shown in the window');
    const iamport = installMockIamport();
    const onSuccess = vi.fn();
    render(
      <IamportProvider userCode={USER_CODE} pgRules={rules}>
        <BillingKeyButton
          pg={pg}
          customerUid="member_1"
          customerId="m1"
          amount={5000}
          buyer={{ tel: '010-1234-5678' }}
          onSuccess={onSuccess}
        />
      </IamportProvider>,
    );
    expect(screen.getByRole('note')).toHaveTextContent('5,000원은 지금 결제되지 않습니다');
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(iamport.lastRequest()).toMatchObject({ pg: 'new_pg', pay_method: 'card', customer_id: 'm1', amount: 5000 });
    expect(iamport.lastRequest().m_redirect_url).toBe(window.location.href.split(/[?#]/)[0]);
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ charged: false });
  });

  it("refuses what the added PG's rule refuses", async () => {
    const iamport = installMockIamport();
    render(
      <IamportProvider userCode={USER_CODE} pgRules={rules}>
        <Start request={{ pg, customerUid: 'member_1', customerId: 'm1' }} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('INVALID_PARAMS buyer.tel'));
    expect(iamport.requests).toHaveLength(0);
  });

  it('overrides a known PG for this provider only', () => {
    const override = { ...newPg, payMethodDefault: 'omit' } as const;
    expect(getPgRule('kicc', { kicc: override })).toBe(override);
    expect(getPgRule('kicc')?.payMethodDefault).toBe('first');
  });

  it('a malformed rule is a development error at mount, and its requests are INVALID_PARAMS on pg with the problems', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const iamport = installMockIamport();
    const broken = {
      broken_pg: {
        ...newPg,
        methods: { card: { zeroAmount: 'maybe', positiveAmount: 'display-only' } },
        delivery: { pc: 'popup' },
      },
    };
    let failure: BillingKeyError | undefined;
    function Probe() {
      const { request } = useBillingKey();
      return (
        <button
          type="button"
          onClick={() =>
            void request({ pg: 'broken_pg' as PgId, customerUid: 'member_1' }).catch((e: BillingKeyError) => (failure = e))
          }
        >
          start
        </button>
      );
    }
    render(
      <IamportProvider userCode={USER_CODE} pgRules={broken as unknown as PgRules}>
        <Probe />
        <PgNotice pg={'broken_pg' as PgId} amount={1000} />
      </IamportProvider>,
    );
    const logged = error.mock.calls.map(([text]) => String(text)).join('\n');
    expect(logged).toContain('pgRules.broken_pg is invalid');
    expect(logged).toContain("methods.card.zeroAmount must be 'key-only' | 'test-charge' | 'not-allowed'");
    expect(logged).toContain("delivery.pc must be 'callback' | 'redirect'");
    await act(async () => {
      fireEvent.click(screen.getByRole('button'));
    });
    expect(failure).toMatchObject({ code: 'INVALID_PARAMS', field: 'pg' });
    expect(failure!.message).toContain('has invalid pgRules.broken_pg');
    expect(iamport.requests).toHaveLength(0);
  });

  it.each([null, 42, 'rule', [], { methods: {} }, { methods: { card: null }, delivery: {} }])(
    'a rule of %j is unknown, never a crash at render',
    (rule) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(getPgRule('odd_pg', { odd_pg: rule } as unknown as PgRules)).toBeUndefined();
      expect(() =>
        render(
          <IamportProvider userCode={USER_CODE} pgRules={{ odd_pg: rule } as unknown as PgRules}>
            <PgNotice pg={'odd_pg' as PgId} amount={1000} />
            <BillingKeyButton pg={'odd_pg' as PgId} customerUid="member_1" />
          </IamportProvider>,
        ),
      ).not.toThrow();
    },
  );
});
