import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';
import {
  BillingKeyButton,
  IamportProvider,
  type BillingKeyError,
  type BillingKeyRequest,
  type BillingKeyResult,
} from '../../src';
import { stubIamport } from './stub-iamport';

/** The buyer of the public manuals' examples. */
export const manualBuyer = { email: 'iamport@siot.do', name: '아임포트', tel: '02-1234-1234' };

/**
 * Renders a provider and one BillingKeyButton for `request`, with a stand-in window.IMP that approves every window,
 * clicks the button and waits until onSuccess or onFailure ran.
 */
export async function clickButton(request: BillingKeyRequest, locale: 'ko' | 'en' = 'ko') {
  const imp = stubIamport();
  const onSuccess = vi.fn<(result: BillingKeyResult) => void>();
  const onFailure = vi.fn<(error: BillingKeyError) => void>();
  render(
    <IamportProvider userCode="imp12345678" locale={locale}>
      <BillingKeyButton {...request} notice="none" onSuccess={onSuccess} onFailure={onFailure} />
    </IamportProvider>,
  );
  fireEvent.click(screen.getByRole('button'));
  await waitFor(() => expect(onSuccess.mock.calls.length + onFailure.mock.calls.length).toBe(1));
  return { imp, onSuccess, onFailure };
}

/** Clicks a button for `request` and returns the BillingKeyError it failed with; fails the test when it succeeded. */
export async function expectRejected(request: BillingKeyRequest, locale: 'ko' | 'en' = 'ko') {
  const { imp, onSuccess, onFailure } = await clickButton(request, locale);
  expect(onSuccess).not.toHaveBeenCalled();
  const error = onFailure.mock.calls[0]![0];
  return { imp, error };
}
