// DESIGN.md react-billing-key/testing (installMockIamport options) and Styling (tokens under `billingKey`,
// createBillingTheme, AA contrast in every shipped theme).
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from 'styled-components';
import { describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  brandBillingTheme,
  createBillingTheme,
  darkBillingTheme,
  defaultBillingTheme,
  IamportProvider,
  lightBillingTheme,
  type BillingKeyRequest,
  type BillingKeyTheme,
  type IamportSdk,
} from '../../src';
import { installMockIamport, type MockIamportOptions } from '../../src/testing';
import { USER_CODE } from '../support/kit';

function checkout(request: Partial<BillingKeyRequest> = {}) {
  const onSuccess = vi.fn();
  const onFailure = vi.fn();
  render(
    <IamportProvider userCode={USER_CODE}>
      <BillingKeyButton
        pg="kakaopay"
        customerUid="member_1"
        amount={1004}
        onSuccess={onSuccess}
        onFailure={onFailure}
        notice="none"
        {...request}
      >
        register
      </BillingKeyButton>
    </IamportProvider>,
  );
  const button = screen.getByRole('button', { name: 'register' });
  return { onSuccess, onFailure, button };
}

async function run(options: MockIamportOptions, request: Partial<BillingKeyRequest> = {}) {
  const iamport = installMockIamport(options);
  const view = checkout(request);
  fireEvent.click(view.button);
  await waitFor(() => expect(view.onSuccess.mock.calls.length + view.onFailure.mock.calls.length).toBe(1));
  return { ...view, iamport };
}

describe('installMockIamport', () => {
  it('by default answers success in the current SDK shape (no success flag, error_code null) and records init and params', async () => {
    const { onSuccess, iamport } = await run({});
    const result = onSuccess.mock.calls[0]![0];
    expect(result).toMatchObject({ customerUid: 'member_1', charged: true, amount: 1004 });
    expect(result.response).not.toHaveProperty('success');
    expect(result.response).not.toHaveProperty('imp_success');
    expect(result.response.error_code ?? null).toBeNull();
    expect(result.response.merchant_uid).toBe(iamport.lastRequest().merchant_uid);
    expect(iamport.inits).toEqual([USER_CODE]);
    expect(iamport.requests).toHaveLength(1);
    expect(iamport.lastRequest()).toMatchObject({ pg: 'kakaopay', customer_uid: 'member_1', amount: 1004 });
    iamport.uninstall();
  });

  it('lastRequest throws before any request', () => {
    const iamport = installMockIamport();
    expect(() => iamport.lastRequest()).toThrow();
    iamport.uninstall();
  });

  it.each([
    ['legacy', 'success'],
    ['mobile', 'imp_success'],
  ] as const)('shape %s carries %s on success and on failure', async (shape, flag) => {
    const ok = await run({ shape });
    expect(ok.onSuccess.mock.calls[0]![0].response[flag]).toBeTruthy();
    ok.iamport.uninstall();
    cleanup();
    const ko = await run({ shape, outcome: 'failure' });
    const error = ko.onFailure.mock.calls.at(-1)![0];
    expect(error.code).toBe('PG_FAILED');
    expect([false, 'false']).toContain(error.response[flag]);
    ko.iamport.uninstall();
  });

  it('failure carries the given PG code and message in the response', async () => {
    const { onFailure, iamport } = await run({ outcome: 'failure', failure: { code: 'F123', message: '한도 초과' } });
    expect(onFailure.mock.calls[0]![0]).toMatchObject({
      code: 'PG_FAILED',
      response: { error_code: 'F123', error_msg: '한도 초과' },
    });
    iamport.uninstall();
  });

  it('cancel is CANCELLED', async () => {
    const { onFailure, iamport } = await run({ outcome: 'cancel' });
    expect(onFailure.mock.calls[0]![0].code).toBe('CANCELLED');
    iamport.uninstall();
  });

  it('delayMs: nothing is answered before the delay, the answer comes after', async () => {
    vi.useFakeTimers();
    try {
      const iamport = installMockIamport({ delayMs: 2000 });
      const { onSuccess, button } = checkout();
      fireEvent.click(button);
      expect(iamport.requests).toHaveLength(1);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1500);
      });
      expect(onSuccess).not.toHaveBeenCalled();
      expect(button).toHaveAttribute('aria-busy', 'true');
      await act(async () => {
        await vi.advanceTimersByTimeAsync(600);
      });
      expect(onSuccess).toHaveBeenCalledTimes(1);
      iamport.uninstall();
    } finally {
      vi.useRealTimers();
    }
  });

  it('delivery redirect navigates to m_redirect_url with the real query keys and never calls back', async () => {
    const navigate = vi.fn();
    const iamport = installMockIamport({ delivery: 'redirect', navigate, shape: 'mobile' });
    const { onSuccess, onFailure, button } = checkout({ redirectUrl: 'https://shop.example.com/back?plan=pro' });
    fireEvent.click(button);
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const url = new URL(navigate.mock.calls[0]![0] as string);
    expect(url.origin + url.pathname).toBe('https://shop.example.com/back');
    expect(url.searchParams.get('plan')).toBe('pro');
    expect(url.searchParams.get('merchant_uid')).toBe(iamport.lastRequest().merchant_uid);
    expect(url.searchParams.get('imp_success')).toBe('true');
    expect(url.searchParams.get('imp_uid')).toBeTruthy();
    expect(url.searchParams.has('customer_uid')).toBe(false);
    await act(async () => {});
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onFailure).not.toHaveBeenCalled();
    iamport.uninstall();
  });

  it('target installs elsewhere; uninstall restores the page’s previous window.IMP', () => {
    const original: IamportSdk = { init: () => {}, request_pay: () => {} };
    (window as { IMP?: IamportSdk }).IMP = original;
    const target: { IMP?: unknown } = {};
    const elsewhere = installMockIamport({ target });
    expect(target.IMP).toBe(elsewhere.sdk);
    expect((window as { IMP?: unknown }).IMP).toBe(original);
    elsewhere.uninstall();
    const here = installMockIamport();
    expect((window as { IMP?: unknown }).IMP).toBe(here.sdk);
    here.uninstall();
    expect((window as { IMP?: unknown }).IMP).toBe(original);
  });

  it('simulateWindow: a modal dialog naming the PG, amount and customer_uid; Decline → PG_FAILED, focus back on the button', async () => {
    const user = userEvent.setup();
    const iamport = installMockIamport({ simulateWindow: true, outcome: 'success' });
    const { onFailure, onSuccess, button } = checkout({ pg: 'danal_tpay', amount: 0, buyer: { tel: '010-1234-5678' } });
    await user.click(button);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveAccessibleName(/[가-힣A-Za-z]/);
    expect(dialog.textContent).toContain('member_1');
    expect(dialog.textContent).toMatch(/10\s*원/); // Danal card, amount 0: the 10 KRW test charge
    await user.click(within(dialog).getByRole('button', { name: '거절' }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'PG_FAILED' })));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(button).toHaveFocus());
    iamport.uninstall();
  });

  it('simulateWindow: Escape cancels', async () => {
    const user = userEvent.setup();
    const iamport = installMockIamport({ simulateWindow: true, locale: 'en' });
    const { onFailure, button } = checkout();
    await user.click(button);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'CANCELLED' })));
    iamport.uninstall();
  });
});

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string) {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb color: ${hex}`);
  const n = parseInt(m[1]!, 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('themes', () => {
  it('createBillingTheme puts everything under billingKey and fills in the defaults', () => {
    expect(createBillingTheme()).toEqual({ billingKey: defaultBillingTheme });
    const theme = createBillingTheme({ colors: { primary: '#0b6b3a' }, radius: '2px' });
    expect(Object.keys(theme)).toEqual(['billingKey']);
    expect(theme.billingKey.colors.primary).toBe('#0b6b3a');
    expect(theme.billingKey.colors.onPrimary).toBe(defaultBillingTheme.colors.onPrimary);
    expect(theme.billingKey.radius).toBe('2px');
    expect(theme.billingKey.fontFamily).toBe(defaultBillingTheme.fontFamily);
  });

  it.each([
    ['light', lightBillingTheme],
    ['dark', darkBillingTheme],
    ['brand', brandBillingTheme],
  ])('%s theme passes WCAG AA for every text pair and 3:1 for the focus ring', (_name, shipped) => {
    const t: BillingKeyTheme =
      'billingKey' in shipped ? (shipped as { billingKey: BillingKeyTheme }).billingKey : (shipped as BillingKeyTheme);
    const c = t.colors;
    expect(contrast(c.onPrimary, c.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.onPrimary, c.primaryHover)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.text, c.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.mutedText, c.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.noticeText, c.noticeBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.danger, c.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.focusRing, c.surface)).toBeGreaterThanOrEqual(3);
  });

  it('the button takes its colors from the merchant theme’s billingKey, and the merchant’s own keys are untouched', () => {
    installMockIamport();
    const merchant = { primary: 'hotpink', ...createBillingTheme({ colors: { primary: '#0b6b3a', onPrimary: '#ffffff' } }) };
    let seen: unknown;
    function MerchantBit() {
      return <ThemeProvider theme={(outer: object) => ((seen = outer), outer)}>{null}</ThemeProvider>;
    }
    render(
      <ThemeProvider theme={merchant}>
        <IamportProvider userCode={USER_CODE}>
          <BillingKeyButton pg="kcp_billing" customerUid="c">
            themed
          </BillingKeyButton>
        </IamportProvider>
        <MerchantBit />
      </ThemeProvider>,
    );
    expect(getComputedStyle(screen.getByRole('button', { name: 'themed' })).backgroundColor).toBe('rgb(11, 107, 58)');
    expect(seen).toMatchObject({ primary: 'hotpink' });
  });

  it('without any theme the button uses the default look', () => {
    render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton pg="kcp_billing" customerUid="c">
          plain
        </BillingKeyButton>
      </IamportProvider>,
    );
    const hex = defaultBillingTheme.colors.primary.replace('#', '');
    const rgb = `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(getComputedStyle(screen.getByRole('button', { name: 'plain' })).backgroundColor).toBe(rgb);
  });
});
