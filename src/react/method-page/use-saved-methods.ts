import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  createSavedMethodsController,
  type SavedMethod,
  type SavedMethodsEnvironment,
  type SavedMethodsSnapshot,
} from '../../core/flows/saved-methods';
import type { VerifyBillingKey } from '../../core/outcome/outcome';
import { useLatest } from '../use-latest';

/** Options of {@link useSavedPaymentMethods}. */
export interface UseSavedPaymentMethodsOptions<TResult> {
  /** Reads the buyer's saved methods from your server. Called on mount, by `reload()` and by the error state's retry. */
  load: () => Promise<readonly SavedMethod[]> | readonly SavedMethod[];
  /** Removes a saved method on your server (resolve when done; throw or reject when it failed: the item stays). */
  onRemove: (id: string) => unknown;
  /**
   * Replaces a method in your own UI: issue the new key and resolve with its result, or reject with a
   * `BillingKeyError` (cancelled, failed). The library then removes the old one with `onRemove`.
   */
  onReplace?: ((method: SavedMethod) => Promise<TResult>) | undefined;
  /** A new key must pass it (when the result is not already `verified`) before the old key is removed. */
  verify?: VerifyBillingKey<TResult> | undefined;
  /**
   * Called with a replacement's new key once it succeeded and passed `verify`, before the old key is removed: save it
   * here (return a promise; a rejection keeps the old key).
   */
  onSuccess?: ((result: TResult) => unknown) | undefined;
}

/** What {@link useSavedPaymentMethods} returns: the list's state and its actions. */
export interface UseSavedPaymentMethodsValue<TResult> extends SavedMethodsSnapshot {
  /** Loads the list again (the error state's retry). */
  reload: () => Promise<void>;
  /** Removes `id` through `onRemove` (ask the buyer first); a failure keeps the item and sets `notice`. */
  remove: (id: string) => Promise<void>;
  /**
   * Replaces `id`: with `next` (a promise of the new key's result, e.g. from your checkout, or a function returning
   * one), or through `onReplace`. The old key is removed only after the new one succeeded and, with `verify`, was
   * confirmed. Resolves with the new result, or `null` when the old one stays. While `id` is being replaced, another
   * call resolves `null` and calls neither `onReplace` nor `next` given as a function (no second window).
   */
  replace: (id: string, next?: Promise<TResult> | (() => Promise<TResult>)) => Promise<TResult | null>;
  /** Marks `id` as being replaced in the library's own window (`replacing`), or `null` to stop. */
  openReplace: (id: string | null) => void;
  /** Forgets the notice. */
  dismiss: () => void;
}

/** The id a new key is saved under: v1 `customerUid`, v2 `billingKey`. */
function keyOf(result: unknown): string | null {
  const { customerUid, billingKey } = (result ?? {}) as { customerUid?: unknown; billingKey?: unknown };
  const key = customerUid ?? billingKey;
  return typeof key === 'string' ? key : null;
}

/** The controller's environment: the latest options' callbacks, and the `verify` in force. */
function environmentOf<TResult>(
  latest: { readonly current: UseSavedPaymentMethodsOptions<TResult> },
  verify: VerifyBillingKey<TResult> | undefined,
): SavedMethodsEnvironment<TResult> {
  return {
    load: () => latest.current.load(),
    remove: (id) => latest.current.onRemove(id),
    verify,
    keyOf,
    accept: (result) => latest.current.onSuccess?.(result),
  };
}

/**
 * The buyer's saved payment methods, headless, for either generation: loads on mount, removes and replaces through
 * your server so that nothing is lost (a failed removal keeps the item; a replacement removes the old key only after
 * the new one succeeded and was confirmed).
 */
export function useSavedPaymentMethods<TResult>(
  options: UseSavedPaymentMethodsOptions<TResult>,
): UseSavedPaymentMethodsValue<TResult> {
  const latest = useLatest(options);
  const [controller] = useState(() => createSavedMethodsController<TResult>(environmentOf(latest, options.verify)));
  const { verify } = options;
  useEffect(() => {
    controller.setEnvironment(environmentOf(latest, verify));
  }, [controller, latest, verify]);
  useEffect(() => {
    void controller.load();
  }, [controller]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);

  return useMemo(
    () => ({
      ...snapshot,
      reload: controller.load,
      remove: controller.remove,
      replace: (id: string, next?: Promise<TResult> | (() => Promise<TResult>)) => {
        const method = controller.getSnapshot().methods.find((m) => m.id === id);
        const onReplace = latest.current.onReplace;
        // Called by the controller only once the replacement starts.
        const pending =
          next ??
          (method && onReplace
            ? () => Promise.resolve().then(() => onReplace(method))
            : () => Promise.reject(new Error('No replacement: pass `next` or `onReplace`.')));
        return controller.replace(id, pending);
      },
      openReplace: controller.openReplace,
      dismiss: controller.dismiss,
    }),
    [snapshot, controller, latest],
  );
}
