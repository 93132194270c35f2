import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  createPayPalController,
  type PayPalProtocol,
  type PayPalEnvironment,
  type PayPalSnapshot,
} from '../core/flows/paypal-controller';
import type { BillingKeyOutcome, VerifyBillingKey } from '../core/outcome/outcome';
import type { BillingKeyError } from '../core/vocabulary/errors';
import { useLatest } from './use-latest';

/** The callbacks of a PayPal button, read at answer time. */
export interface PayPalCallbacks<TResult> {
  onSuccess?: ((result: TResult) => void) | undefined;
  onFailure?: ((error: BillingKeyError) => void) | undefined;
  verify?: VerifyBillingKey<TResult> | undefined;
}

/**
 * Binds a core PayPal controller to a component, for either generation: one controller per mounted button, the page's
 * PayPal slot claimed on mount and freed on unmount (StrictMode's second mount claims it again, so it is not a second
 * button), the latest props pushed after every render, PayPal's button rendered once the container is on the page.
 */
export function usePayPalButton<TRequest, TResult extends { verified: boolean; response: unknown }, TSdk, TParams>(
  createProtocol: () => PayPalProtocol<TRequest, TResult, TSdk, TParams>,
  provider: Omit<PayPalEnvironment<TResult>, 'notify'>,
  request: TRequest,
  callbacks: PayPalCallbacks<TResult>,
): PayPalSnapshot<TResult> {
  const latest = useLatest(callbacks);
  const hasVerify = typeof callbacks.verify === 'function';
  const environment = useMemo<PayPalEnvironment<TResult>>(
    () => ({
      messages: provider.messages,
      loadOptions: provider.loadOptions,
      verify: hasVerify ? (result) => latest.current.verify?.(result) ?? false : provider.verify,
      report: provider.report,
      notify: (outcome: BillingKeyOutcome<TResult>) => {
        if (outcome.status === 'success') latest.current.onSuccess?.(outcome.result);
        else latest.current.onFailure?.(outcome.error);
      },
    }),
    [provider, hasVerify, latest],
  );
  const [controller] = useState(() => createPayPalController(createProtocol(), environment));
  useEffect(() => controller.setEnvironment(environment), [controller, environment]);
  // Every render: the controller validates, and pushes only what changed.
  useEffect(() => controller.setRequest(request));
  useEffect(() => {
    controller.claim();
    return () => controller.release();
  }, [controller]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  useEffect(() => {
    if (snapshot.claimed) controller.open();
  }, [controller, snapshot.claimed]);
  return snapshot;
}
