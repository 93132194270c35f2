import { isBillingKeyError } from '../vocabulary/errors';
import { DEFAULT_VERIFY_TIMEOUT_MS, verdictOf, type VerifyBillingKey } from '../outcome/outcome';
import { createSnapshotStore } from './snapshot-store';

/** One of the buyer's saved billing keys, as the merchant's server lists it. */
export interface SavedMethod {
  /** The key's id on your server: v1 `customer_uid`, v2 `billingKey` (what `onRemove` receives). */
  id: string;
  /** What the buyer calls it (`신한카드`, `카카오페이`). */
  label: string;
  /** The PG it was issued through. */
  pg: string;
  /** The card company, when the PG told you. */
  cardName?: string;
  /** The masked card number (`1234-****-****-5678`), when the PG told you. */
  maskedNumber?: string;
  /** When it was issued, as an ISO 8601 time. */
  issuedAt?: string;
  /** The method charged by default. */
  isDefault?: boolean;
}

/** What the list shows after an action, for the buyer (the components word it in the locale). */
export type SavedMethodsNotice =
  | { readonly kind: 'removed'; readonly method: SavedMethod }
  /** The server refused or failed: the method is still there. */
  | { readonly kind: 'removeFailed'; readonly method: SavedMethod; readonly error: unknown }
  /** The new key is saved and the old one removed. */
  | { readonly kind: 'replaced'; readonly method: SavedMethod }
  /** The buyer cancelled the new key's window: the old method stays. */
  | { readonly kind: 'replaceCancelled'; readonly method: SavedMethod }
  /** The new key failed or was not confirmed: the old method stays. */
  | { readonly kind: 'replaceFailed'; readonly method: SavedMethod; readonly error: unknown }
  /** The new key is saved but the old one could not be removed: both are listed. */
  | { readonly kind: 'oldKept'; readonly method: SavedMethod; readonly error: unknown };

/** The list's state. */
export interface SavedMethodsSnapshot {
  /** `'loading'` until the first answer (and during a retry after an error), then `'ready'` or `'error'`. */
  readonly status: 'loading' | 'ready' | 'error';
  readonly methods: readonly SavedMethod[];
  /** What `load()` threw, in the `'error'` state. */
  readonly error: unknown;
  /** Ids with a removal or replacement in progress. */
  readonly busy: readonly string[];
  /** The id whose replacement window the buyer opened (library-run replacement), or `null`. */
  readonly replacing: string | null;
  readonly notice: SavedMethodsNotice | null;
}

/** What the list works with: the merchant's server, and how to tell the new key's id and confirm it. */
export interface SavedMethodsEnvironment<TResult> {
  readonly load: () => Promise<readonly SavedMethod[]> | readonly SavedMethod[];
  readonly remove: (id: string) => unknown;
  /** The `verify` in force; a replacement's new key must pass it before the old one is removed. */
  readonly verify?: VerifyBillingKey<TResult> | undefined;
  /** The new key's id (v1 `customerUid`, v2 `billingKey`), to never remove a key that was updated in place. */
  readonly keyOf: (result: TResult) => string | null | undefined;
  /**
   * Told a replacement's new key once it succeeded and passed `verify`, before the old one is removed (the shop saves
   * it here); a throw or rejection keeps the old key.
   */
  readonly accept?: ((result: TResult) => unknown) | undefined;
}

/** The buyer's saved methods: load, remove, replace, framework-free (React binds it with `useSyncExternalStore`). */
export interface SavedMethodsController<TResult> {
  getSnapshot: () => SavedMethodsSnapshot;
  subscribe: (listener: () => void) => () => void;
  setEnvironment: (environment: SavedMethodsEnvironment<TResult>) => void;
  /** Loads (again); an older load's late answer is ignored. */
  load: () => Promise<void>;
  /** Removes `id` through the server; the item stays, with a notice, when the server fails. */
  remove: (id: string) => Promise<void>;
  /** Shows the replacement window for `id` (the library runs it), or `null` to close it. */
  openReplace: (id: string | null) => void;
  /**
   * Replaces `id` with the key `next` resolves to: the key must succeed (and pass `verify` when one is in force)
   * before `id` is removed. A rejection (cancelled, failed) or an unconfirmed key leaves `id` in place, with a notice.
   * Resolves with the new result once the swap is done, or `null`. Given as a function, `next` is called only when the
   * replacement starts (not for an unknown `id` or one already being replaced: no second window).
   */
  replace: (id: string, next: Promise<TResult> | (() => Promise<TResult>)) => Promise<TResult | null>;
  /** Forgets the notice. */
  dismiss: () => void;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The well-formed part of what `load()` returned: items with a string id; a missing label reads as the id. */
export function toSavedMethods(value: unknown): SavedMethod[] {
  if (!Array.isArray(value)) return [];
  const methods: SavedMethod[] = [];
  const seen = new Set<string>();
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const fields = item as Record<string, unknown>;
    const id = text(fields.id);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    methods.push({
      id,
      label: text(fields.label) ?? id,
      pg: text(fields.pg) ?? '',
      ...(text(fields.cardName) && { cardName: text(fields.cardName) }),
      ...(text(fields.maskedNumber) && { maskedNumber: text(fields.maskedNumber) }),
      ...(text(fields.issuedAt) && { issuedAt: text(fields.issuedAt) }),
      ...(fields.isDefault === true && { isDefault: true }),
    });
  }
  return methods;
}

const INITIAL: SavedMethodsSnapshot = { status: 'loading', methods: [], error: null, busy: [], replacing: null, notice: null };

/** Creates the controller; nothing loads until `load()`. */
export function createSavedMethodsController<TResult>(
  initial: SavedMethodsEnvironment<TResult>,
): SavedMethodsController<TResult> {
  let environment = initial;
  let loads = 0;
  const store = createSnapshotStore(INITIAL);
  const current = store.getSnapshot;
  const update = (patch: Partial<SavedMethodsSnapshot>) => store.publish({ ...current(), ...patch });
  const setBusy = (id: string, busy: boolean) =>
    update({ busy: busy ? [...current().busy.filter((x) => x !== id), id] : current().busy.filter((x) => x !== id) });
  const find = (id: string) => current().methods.find((method) => method.id === id);

  const load = async () => {
    const mine = ++loads;
    // A reload keeps the list on screen; only the first load and a retry after an error show the loading state.
    if (current().status !== 'ready') update({ status: 'loading', error: null });
    try {
      const methods = toSavedMethods(await environment.load());
      if (mine === loads) update({ status: 'ready', methods, error: null });
    } catch (error) {
      if (mine === loads) update({ status: 'error', error: error ?? new Error('load failed') });
    }
  };

  /** Removes through the server; true when it succeeded. */
  const removeOnServer = async (id: string): Promise<{ ok: true } | { ok: false; error: unknown }> => {
    try {
      await environment.remove(id);
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    }
  };

  const confirmed = async (result: TResult): Promise<boolean> => {
    const { verify } = environment;
    if (!verify || (result as { verified?: unknown }).verified === true) return true;
    try {
      // A verify that never answers refuses the key once the library's verify time-out passes: the item is not held busy.
      return await verdictOf(verify, result, DEFAULT_VERIFY_TIMEOUT_MS);
    } catch {
      return false;
    }
  };

  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    setEnvironment(next) {
      environment = next;
    },
    load,
    async remove(id) {
      const method = find(id);
      if (!method || current().busy.includes(id)) return;
      setBusy(id, true);
      const removal = await removeOnServer(id);
      setBusy(id, false);
      if (removal.ok) {
        // A load still in flight read the list before the removal: its answer would bring the item back.
        loads += 1;
        update({
          methods: current().methods.filter((m) => m.id !== id),
          // A replacement of the removed method has nothing left to replace (and would hold every other one).
          replacing: current().replacing === id ? null : current().replacing,
          notice: { kind: 'removed', method },
        });
      } else update({ notice: { kind: 'removeFailed', method, error: removal.error } });
    },
    openReplace(id) {
      update({ replacing: id !== null && find(id) ? id : null, notice: id !== null ? null : current().notice });
    },
    async replace(id, next) {
      const method = find(id);
      if (!method || current().busy.includes(id)) {
        // Nothing to replace: the new key (if any) is the shop's to keep; the old list is untouched.
        if (typeof next !== 'function') next.catch(() => {});
        return null;
      }
      setBusy(id, true);
      let result: TResult;
      try {
        result = await (typeof next === 'function' ? next() : next);
      } catch (error) {
        setBusy(id, false);
        const cancelled = isBillingKeyError(error) && error.code === 'CANCELLED';
        update({
          replacing: null,
          notice: cancelled ? { kind: 'replaceCancelled', method } : { kind: 'replaceFailed', method, error },
        });
        return null;
      }
      if (!(await confirmed(result))) {
        setBusy(id, false);
        update({ replacing: null, notice: { kind: 'replaceFailed', method, error: null } });
        return null;
      }
      // Only a confirmed key is handed to the shop, and the old one goes only once the shop has it.
      try {
        await environment.accept?.(result);
      } catch (error) {
        setBusy(id, false);
        update({ replacing: null, notice: { kind: 'replaceFailed', method, error } });
        return null;
      }
      // PortOne v1 updates a key issued again under the same customer_uid: removing "the old one" would remove the new.
      let sameKey = false;
      try {
        sameKey = environment.keyOf(result) === id;
      } catch {
        // A key whose id cannot be read is not the old one.
      }
      const removal = sameKey ? ({ ok: true } as const) : await removeOnServer(id);
      setBusy(id, false);
      update({
        replacing: null,
        notice: removal.ok ? { kind: 'replaced', method } : { kind: 'oldKept', method, error: removal.error },
      });
      await load();
      return result;
    },
    dismiss() {
      update({ notice: null });
    },
  };
}
