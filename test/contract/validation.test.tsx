// DESIGN.md: "INVALID_PARAMS (nothing was opened)", "Invalid input never reaches IMP.request_pay",
// and a message that names the field (issue 2). Wording is free; code, field and the field's name in the message are not.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BillingKeyButton, BillingKeyError, IamportProvider, isBillingKeyError, type BillingKeyRequest } from '../../src';
import { installMockIamport } from '../../src/testing';
import { base, renderHook, USER_CODE } from '../support/kit';

const bad = (request: Record<string, unknown>) => ({ ...base, ...request }) as unknown as BillingKeyRequest;

async function expectInvalid(request: BillingKeyRequest, field: string, locale: 'ko' | 'en' = 'ko') {
  const iamport = installMockIamport();
  const { hook, onResult } = renderHook({ locale });
  let error: unknown;
  await act(async () => {
    await hook.current.request(request).catch((e: unknown) => (error = e));
  });
  expect(error).toBeInstanceOf(BillingKeyError);
  expect(error).toBeInstanceOf(Error);
  expect(isBillingKeyError(error)).toBe(true);
  const e = error as BillingKeyError;
  expect(e.code).toBe('INVALID_PARAMS');
  expect(e.field).toBe(field);
  expect(e.message).toContain(field.split('.').at(-1));
  expect(iamport.requests).toHaveLength(0);
  expect(hook.current.status).toBe('failure');
  expect(hook.current.error).toBe(e);
  iamport.uninstall();
  return { error: e, onResult };
}

describe('validation errors name the field and never call request_pay', () => {
  it.each([
    ['amount as a string', { amount: '1000' }, 'amount'],
    ['amount NaN', { amount: Number.NaN }, 'amount'],
    ['amount 1.5', { amount: 1.5 }, 'amount'],
    ['amount -1', { amount: -1 }, 'amount'],
    ['amount Infinity', { amount: Number.POSITIVE_INFINITY }, 'amount'],
    ['amount beyond a safe integer (2 ** 53)', { amount: 2 ** 53 }, 'amount'],
    ['amount 1e21 (sent as "1e+21")', { amount: 1e21 }, 'amount'],
    ['customerUid "." (a dot segment: /subscribe/customers/. is another REST path)', { customerUid: '.' }, 'customerUid'],
    ['customerUid ".."', { customerUid: '..' }, 'customerUid'],
    ['empty customerUid', { customerUid: '' }, 'customerUid'],
    ['blank customerUid', { customerUid: '   ' }, 'customerUid'],
    ['customerUid with inner whitespace', { customerUid: 'member 42' }, 'customerUid'],
    ['customerUid with a tab', { customerUid: 'member\t42' }, 'customerUid'],
    ['missing customerUid', { customerUid: undefined }, 'customerUid'],
    ['unknown PG', { pg: 'toss' }, 'pg'],
    ['pay_method JTNet does not allow', { payMethod: 'phone' }, 'payMethod'],
    ['pay_method that does not exist', { payMethod: 'bitcoin' }, 'payMethod'],
    ['merchantUid of 41 characters', { merchantUid: 'm'.repeat(41) }, 'merchantUid'],
  ])('%s', async (_label, request, field) => {
    await expectInvalid(bad(request), field);
  });

  it.each(['pg', 'pay_method', 'merchant_uid', 'customer_uid', 'amount', 'card'])(
    'a built field in params (%s) is INVALID_PARAMS naming params.%s',
    async (key) => {
      await expectInvalid(bad({ params: { [key]: key === 'amount' ? 1 : { detail: [] } } }), `params.${key}`);
    },
  );

  it('same code and field in English, message in English', async () => {
    const { error } = await expectInvalid(bad({ amount: '1000' }), 'amount', 'en');
    expect(error.message).not.toMatch(/[가-힣]/);
  });

  it('accepts the edges: merchantUid of exactly 40 characters, amount 0, params with other SDK fields', async () => {
    const iamport = installMockIamport();
    const { hook } = renderHook();
    await act(async () => {
      await hook.current.request({
        ...base,
        merchantUid: 'm'.repeat(40),
        amount: 0,
        params: { custom_data: { plan: 'pro' }, notice_url: 'https://example.com/hook' },
      });
    });
    expect(iamport.lastRequest()).toMatchObject({
      merchant_uid: 'm'.repeat(40),
      amount: 0,
      custom_data: { plan: 'pro' },
      notice_url: 'https://example.com/hook',
    });
    iamport.uninstall();
  });

  it('the button reports it to onFailure and onResult and stays usable', async () => {
    const iamport = installMockIamport();
    const onFailure = vi.fn();
    const onSuccess = vi.fn();
    const onResult = vi.fn();
    const { rerender } = render(
      <IamportProvider userCode={USER_CODE} onResult={onResult}>
        <BillingKeyButton pg="kcp_billing" customerUid=" " onFailure={onFailure} onSuccess={onSuccess} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'customerUid' });
    expect(onResult).toHaveBeenCalledWith({ status: 'failure', error: onFailure.mock.calls[0]![0] });
    expect(screen.getByRole('button')).toHaveAttribute('aria-busy', 'false');
    expect(iamport.requests).toHaveLength(0);
    rerender(
      <IamportProvider userCode={USER_CODE} onResult={onResult}>
        <BillingKeyButton pg="kcp_billing" customerUid="member_1" onFailure={onFailure} onSuccess={onSuccess} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(iamport.requests).toHaveLength(1);
    iamport.uninstall();
  });

  it('does not need the SDK to reject invalid input (no script is added for it)', async () => {
    const { hook } = renderHook();
    const scriptsBefore = document.querySelectorAll('script').length;
    let error: unknown;
    await act(async () => {
      await hook.current.request(bad({ amount: -5 })).catch((e: unknown) => (error = e));
    });
    expect(error).toMatchObject({ code: 'INVALID_PARAMS', field: 'amount' });
    expect(document.querySelectorAll('script').length).toBe(scriptsBefore);
  });
});

describe('PG-specific amount and buyer rules', () => {
  it.each(['danal', 'mobilians', 'paymentwall'])('%s rejects amount 0 and an omitted amount', async (pg) => {
    const buyer = { email: 'buyer@example.com' };
    await expectInvalid(bad({ pg, amount: 0, buyer }), 'amount');
    await expectInvalid(bad({ pg, buyer }), 'amount');
  });

  it.each(['', '  '])(
    'paymentwall with params.currency %j (an unset variable) is INVALID_PARAMS on params.currency',
    async (currency) => {
      const buyer = { email: 'buyer@example.com', name: 'Gildong Hong' };
      await expectInvalid(bad({ pg: 'paymentwall', amount: 1000, buyer, params: { currency } }), 'params.currency');
    },
  );

  it('paymentwall without buyer.email is INVALID_PARAMS on buyer.email', async () => {
    await expectInvalid(bad({ pg: 'paymentwall', amount: 1000, buyer: { name: 'John' } }), 'buyer.email');
  });

  it.each([
    ['chai', 'card'],
    ['danal', 'card'],
    ['mobilians', 'trans'],
    ['html5_inicis.INIBillTst', 'phone'],
  ])('%s with payMethod %s is INVALID_PARAMS', async (pg, payMethod) => {
    await expectInvalid(bad({ pg, payMethod, amount: 1000 }), 'payMethod');
  });
});
