import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createRequestController, type RequestEnvironment, type RequestSnapshot } from '../core/flows/request-controller';

/** What a billing-key hook returns, for either generation. */
export interface RequestBinding<TRequest, TResult> extends RequestSnapshot<TResult> {
  request: (request: TRequest) => Promise<TResult>;
  reset: () => void;
}

/**
 * Binds a core request controller to a component: one controller per component instance, its state through
 * `useSyncExternalStore`, the environment of the latest render, and abandonment when the component unmounts.
 */
export function useRequestController<TRequest, TResult extends { verified: boolean; response: unknown }, TSdk>(
  environment: RequestEnvironment<TRequest, TResult, TSdk>,
): RequestBinding<TRequest, TResult> {
  const [controller] = useState(() => createRequestController(environment));
  useEffect(() => controller.setEnvironment(environment), [controller, environment]);
  // The starter is gone: its request must not hold the page's window, and a late request() must not open one.
  useEffect(() => {
    controller.attach();
    return () => controller.detach();
  }, [controller]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  return useMemo(() => ({ ...snapshot, request: controller.request, reset: controller.reset }), [snapshot, controller]);
}
