import type { CoreMessages } from '../vocabulary/core-messages';
import { isBillingKeyError, type BillingKeyError } from '../vocabulary/errors';
import { errorFor, failureOf, verifyOutcome, type BillingKeyOutcome, type VerifyBillingKey } from '../outcome/outcome';
import { isCompleted, recordAnswer } from '../page/completed-ids';
import { claimPayPalSlot, releasePayPalSlot } from '../page/paypal-slot';
import type { SdkLoader, SdkLoadOptions } from '../page/sdk-loader';
import { createMerchantUid } from '../request/ids';
import { callSafely } from './call-safely';
import { settled } from './settled';
import { createSnapshotStore } from './snapshot-store';

/** What PayPal's button answered: the callback's response, or the error of a failure callback or rejection. */
export type PayPalAnswer = { readonly response: unknown } | { readonly error: unknown };

/** One validated PayPal request: the attempt id and what the SDK gets. */
export interface PayPalAttempt<TResult, TParams> {
  /** `merchant_uid` (v1) or `issueId` (v2), new for every attempt unless the merchant names it. */
  readonly id: string;
  readonly params: TParams;
  /** The outcome of an answer to this attempt. */
  outcome(answer: PayPalAnswer): BillingKeyOutcome<TResult>;
}

/** Where an attempt's id comes from: `create` when the request names none, `isCompleted` to refuse a spent named one. */
export interface AttemptIds {
  readonly create: () => string;
  readonly isCompleted: (id: string) => boolean;
}

/**
 * What differs between the generations' PayPal RT (v1 `IMP.loadUI('paypal-rt')`, v2 `loadIssueBillingKeyUI`): the
 * controller is written once (this file) and each generation plugs in its protocol (v1-paypal.ts, v2-paypal.ts).
 */
export interface PayPalProtocol<TRequest, TResult, TSdk, TParams> {
  readonly generation: 'v1' | 'v2';
  readonly loader: SdkLoader<TSdk>;
  /** Validates `request` and builds the attempt, its id from `ids`. @throws {BillingKeyError} `INVALID_PARAMS`. */
  prepare(request: TRequest, messages: CoreMessages, ids: AttemptIds): PayPalAttempt<TResult, TParams>;
  /** Renders PayPal's button with `params`; every click answers through `answer`. `false` when the SDK lacks the call. */
  load(sdk: TSdk, params: TParams, answer: (answer: PayPalAnswer) => void): boolean;
  /** Makes `params` the request of the next click. */
  update(sdk: TSdk, params: TParams): void;
}

/**
 * Where a PayPal button stands: `'idle'` (not mounted), `'refused'` (another PayPal button holds the page),
 * `'loading'` (the SDK or PayPal's button is loading), `'ready'` (PayPal's button waits for the buyer), `'invalid'`
 * (the props are refused; PayPal's button is hidden), `'verifying'`, and the last answer's `'success'` / `'failure'`
 * (PayPal's button stays, for a new attempt).
 */
export type PayPalStatus = 'idle' | 'refused' | 'loading' | 'ready' | 'invalid' | 'verifying' | 'success' | 'failure';

/** The controller's state; the same object until it changes. */
export interface PayPalSnapshot<TResult> {
  readonly status: PayPalStatus;
  /** True while this button holds the page's PayPal slot: only then is its container rendered. */
  readonly claimed: boolean;
  readonly result: TResult | null;
  readonly error: BillingKeyError | null;
}

/** What the flow needs besides the request; the latest is read at every answer. */
export interface PayPalEnvironment<TResult> {
  readonly messages: CoreMessages;
  readonly loadOptions?: SdkLoadOptions | undefined;
  readonly verify?: VerifyBillingKey<TResult> | undefined;
  /** The provider's `onResult`: every outcome, also after the button unmounted. */
  readonly report?: ((outcome: BillingKeyOutcome<TResult>) => void) | undefined;
  /** The button's own callbacks (`onSuccess` / `onFailure`), only while it is mounted. */
  readonly notify?: ((outcome: BillingKeyOutcome<TResult>) => void) | undefined;
}

/** One mounted PayPal button's flow, framework-free: React binds it with `useSyncExternalStore`. */
export interface PayPalController<TRequest, TResult> {
  getSnapshot: () => PayPalSnapshot<TResult>;
  subscribe: (listener: () => void) => () => void;
  setEnvironment: (environment: PayPalEnvironment<TResult>) => void;
  /**
   * Takes the page's PayPal slot (the button mounted). A slot held by another button refuses this one once:
   * `INVALID_PARAMS` on `container` to `notify` and `report`, and a development error; nothing is loaded.
   */
  claim: () => void;
  /** Gives the slot back and stops listening (the button unmounted); a later answer still reaches `report`. */
  release: () => void;
  /** The props of the latest render: validated, and pushed to PayPal's button when they change. */
  setRequest: (request: TRequest) => void;
  /** Renders PayPal's button into the claimed container (loading the SDK first when needed). */
  open: () => void;
}

const IDLE = { status: 'idle', claimed: false, result: null, error: null } as const;

/**
 * Creates the flow of one PayPal button: validation before anything reaches the SDK, one `loadUI` per mounted button,
 * the full request pushed on every change and after every answer (with a new attempt id: the next click is a new
 * attempt), each answer through the outcome rules, `verify`, `notify` and `report` exactly once.
 */
export function createPayPalController<TRequest, TResult extends { verified: boolean; response: unknown }, TSdk, TParams>(
  protocol: PayPalProtocol<TRequest, TResult, TSdk, TParams>,
  initial: PayPalEnvironment<TResult>,
): PayPalController<TRequest, TResult> {
  let environment = initial;
  const store = createSnapshotStore<PayPalSnapshot<TResult>>(IDLE);
  const current = store.getSnapshot;
  const owner = {};
  let claimed = false;
  let refusalReported = false;
  let request: TRequest | undefined;
  let attempt: PayPalAttempt<TResult, TParams> | null = null;
  /** The SDK PayPal's button was rendered with, while this button is mounted. */
  let loadedWith: TSdk | null = null;
  let pushed = '';
  let lastInvalid = '';
  const answered = new Set<string>();

  const publish = (next: Partial<PayPalSnapshot<TResult>>) => store.publish({ ...current(), ...next, claimed });

  const tell = (outcome: BillingKeyOutcome<TResult>, mounted: boolean) => {
    if (mounted) callSafely(() => environment.notify?.(outcome));
    callSafely(() => environment.report?.(outcome));
  };

  /** Validates the latest request (keeping the attempt id); reports a refusal once per distinct error. */
  const prepare = (id: string | undefined): PayPalAttempt<TResult, TParams> | null => {
    try {
      const next = protocol.prepare(request as TRequest, environment.messages, {
        // The attempt keeps its id until it is answered, then gets a new one (unless the merchant names it).
        create: id === undefined ? createMerchantUid : () => id,
        isCompleted: (candidate) => isCompleted(protocol.generation, candidate),
      });
      lastInvalid = '';
      return next;
    } catch (caught) {
      const error = isBillingKeyError(caught) ? caught : errorFor('INVALID_PARAMS', environment.messages, { field: 'request' });
      const key = `${error.field ?? ''}\n${error.message}`;
      // The same refusal on every render is told once, and changes nothing (no render loop).
      if (key === lastInvalid && current().status === 'invalid') return null;
      lastInvalid = key;
      publish({ status: 'invalid', result: null, error });
      tell(failureOf(error), true);
      return null;
    }
  };

  const push = (next: PayPalAttempt<TResult, TParams>) => {
    attempt = next;
    const text = JSON.stringify(next.params);
    if (loadedWith === null || text === pushed) return;
    pushed = text;
    protocol.update(loadedWith, next.params);
  };

  const onAnswer = async (answer: PayPalAnswer) => {
    const answeredAttempt = attempt;
    // One answer per attempt: a repeated callback for the same attempt is not a second outcome.
    if (!answeredAttempt || answered.has(answeredAttempt.id)) return;
    answered.add(answeredAttempt.id);
    const mounted = claimed;
    const { messages } = environment;
    const outcome = answeredAttempt.outcome(answer);
    recordAnswer(protocol.generation, answeredAttempt.id, outcome);
    // The next click is a new attempt: a new id, pushed before verify runs.
    if (mounted) {
      const next = prepare(undefined);
      if (next) push(next);
    }
    const final = await verifyOutcome(outcome, environment.verify, messages, () => {
      if (claimed) publish({ status: 'verifying', result: null, error: null });
    });
    const stillMounted = mounted && claimed;
    if (stillMounted && current().status !== 'invalid') {
      publish(settled(final));
    }
    tell(final, stillMounted);
  };

  const fail = (code: 'SDK_LOAD_FAILED' | 'SDK_TIMEOUT') => {
    const error = errorFor(code, environment.messages);
    publish({ status: 'failure', result: null, error });
    tell(failureOf(error), claimed);
  };

  const render = (sdk: TSdk) => {
    if (!claimed || loadedWith !== null) return;
    const first = attempt ?? prepare(undefined);
    if (!first) return;
    attempt = first;
    if (!protocol.load(sdk, first.params, (answer) => void onAnswer(answer))) return fail('SDK_LOAD_FAILED');
    loadedWith = sdk;
    pushed = JSON.stringify(first.params);
    publish({ status: 'ready', error: null });
  };

  const open = (): void => {
    if (!claimed || loadedWith !== null) return;
    const first = prepare(attempt?.id);
    if (!first) return;
    attempt = first;
    const sdk = protocol.loader.getSdk();
    if (sdk) return render(sdk);
    publish({ status: 'loading', error: null });
    protocol.loader
      .load(environment.loadOptions)
      .then(render, (error: unknown) =>
        fail(isBillingKeyError(error) && error.code === 'SDK_TIMEOUT' ? 'SDK_TIMEOUT' : 'SDK_LOAD_FAILED'),
      );
  };

  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    setEnvironment(next) {
      environment = next;
    },
    claim() {
      if (claimed) return;
      if (!claimPayPalSlot(owner)) {
        const error = errorFor('INVALID_PARAMS', environment.messages, { field: 'container' });
        publish({ status: 'refused', result: null, error });
        // StrictMode mounts twice: the refusal is told once per button.
        if (refusalReported) return;
        refusalReported = true;
        if (process.env.NODE_ENV !== 'production') {
          console.error(
            '[react-billing-key] A second PayPalBillingButton was mounted while another is on the page: PortOne renders ' +
              'one PayPal RT button per page, so this one renders nothing. Unmount the first one before mounting another.',
          );
        }
        tell(failureOf(error), true);
        return;
      }
      claimed = true;
      publish({ status: current().status === 'refused' ? 'idle' : current().status, error: null });
    },
    release() {
      if (!claimed) return;
      claimed = false;
      // The container leaves the page with PayPal's button: a new mount renders it again.
      loadedWith = null;
      pushed = '';
      releasePayPalSlot(owner);
      publish({});
    },
    setRequest(next) {
      request = next;
      if (!claimed || (loadedWith === null && current().status !== 'invalid')) return;
      const prepared = prepare(attempt?.id);
      if (!prepared) return;
      if (current().status === 'invalid') {
        publish({ status: loadedWith === null ? 'idle' : 'ready', error: null });
        if (loadedWith === null) return open();
      }
      push(prepared);
    },
    open: () => open(),
  };
}
