import { useMemo } from 'react';
import { createRequestController, type RequestEnvironment, type RequestSnapshot } from '../core/flows/request-controller';
import { useController } from './use-controller';

/** What a billing-key hook returns, for either generation. */
export interface RequestBinding<TRequest, TResult> extends RequestSnapshot<TResult> {
  request: (request: TRequest) => Promise<TResult>;
  reset: () => void;
}

/**
 * Binds a core request controller to a component (see `useController`): a component that unmounts abandons its
 * request, so it never holds the page's window, and a late `request()` opens none.
 */
export function useRequestController<TRequest, TResult extends { verified: boolean; response: unknown }, TSdk>(
  environment: RequestEnvironment<TRequest, TResult, TSdk>,
): RequestBinding<TRequest, TResult> {
  const [snapshot, controller] = useController(createRequestController<TRequest, TResult, TSdk>, environment);
  return useMemo(() => ({ ...snapshot, request: controller.request, reset: controller.reset }), [snapshot, controller]);
}
