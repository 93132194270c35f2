import type { PgRules } from '../../core/rules/v1-pg-lookup';
import type { MethodFacts } from '../../core/rules/method-labels';
import { PAYPAL_PG } from '../../core/rules/paypal-rules';
import { pgCodeOf } from '../../core/vocabulary/pg-code';

/** What every method of a checkout has besides its request: an id, and optionally the name the buyer sees. */
export interface MethodBase {
  /** Unique among the checkout's methods; what `value`, `defaultValue` and `onChange` speak of. */
  id: string;
  /** The name in the picker; default: the easy-pay brand (`카카오페이`) or what it pays with (`카드`). */
  label?: string;
}

/** How one generation reads its methods: the request fields, the facts for a default name, PayPal RT. */
export interface MethodBinding<TMethod, TRequest> {
  /** Every request field of the generation (a method's own and the checkout's shared ones). */
  readonly requestKeys: readonly (keyof TRequest & string)[];
  /** The PG code and pay method of a method, for its default name. Total: never throws. */
  describe(method: TMethod, extraRules: PgRules | undefined): MethodFacts;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The usable methods: objects with a non-empty string id, the first of each id. Total: never throws. */
export function usableMethods<TMethod extends MethodBase>(methods: unknown): TMethod[] {
  if (!Array.isArray(methods)) return [];
  const seen = new Set<string>();
  return (methods as unknown[]).filter((method): method is TMethod => {
    if (!isRecord(method) || typeof method.id !== 'string' || method.id === '' || seen.has(method.id)) return false;
    seen.add(method.id);
    return true;
  });
}

/** True for a PayPal RT method (`pg` `paypal_v2` or `paypal_v2.<MID>`), in both generations. */
export function isPayPalMethod(method: unknown): boolean {
  return isRecord(method) && pgCodeOf(method.pg) === PAYPAL_PG;
}

/**
 * The request for `method` with the checkout's shared fields: a field the method sets wins, `params` of both are
 * merged (the method's keys win), and `id` / `label` never reach the request.
 */
export function mergeRequest<TRequest>(keys: readonly string[], shared: object, method: object): TRequest {
  const request: Record<string, unknown> = {};
  const own = (source: object, key: string) =>
    Object.prototype.hasOwnProperty.call(source, key) ? (source as Record<string, unknown>)[key] : undefined;
  for (const key of keys) {
    const value = own(method, key) !== undefined ? own(method, key) : own(shared, key);
    if (value !== undefined) request[key] = value;
  }
  const sharedParams = own(shared, 'params');
  const methodParams = own(method, 'params');
  if (isRecord(sharedParams) && isRecord(methodParams)) request.params = { ...sharedParams, ...methodParams };
  return request as TRequest;
}
