import { BillingKeyError } from '../vocabulary/errors';
import { timeLimit } from './timeouts';

/** How long to wait for an SDK script before giving up with `SDK_TIMEOUT`, in ms. */
export const DEFAULT_LOAD_TIMEOUT_MS = 15000;

/** Where an SDK stands on this page. */
export type SdkStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A loader's state; `errorCode` is set when `status` is `'error'`. */
export interface SdkState {
  readonly status: SdkStatus;
  readonly errorCode: 'SDK_LOAD_FAILED' | 'SDK_TIMEOUT' | null;
}

/** How to load an SDK script. Every field is optional. */
export interface SdkLoadOptions {
  /** The script's URL; default the generation's CDN URL. */
  url?: string;
  /**
   * Give up after this many ms (`SDK_TIMEOUT`). Default {@link DEFAULT_LOAD_TIMEOUT_MS}. `Infinity` (or more than
   * 2,147,483,647 ms) means no limit; a value that is not a positive number is a development error, and the default applies.
   */
  timeoutMs?: number;
  /** CSP nonce for the script tag. */
  nonce?: string;
  /** Subresource Integrity hash; sets `crossorigin="anonymous"` too. */
  integrity?: string;
}

/** One SDK's loader for the page: however many providers, buttons and hooks, at most one script tag is in flight. */
export interface SdkLoader<TSdk> {
  /** The SDK object if the page has it (`window.IMP` / `window.PortOne`); `undefined` on a server. */
  getSdk: () => TSdk | undefined;
  /** The current state: `'ready'` whenever the SDK object exists, however it got there. Stable between changes. */
  getState: () => SdkState;
  /** Calls `listener` on every state change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /**
   * Resolves with the SDK, loading the script once: reuses the page's SDK object or a tag already in flight; after a
   * failure or time-out the next call removes the bad tag and loads again.
   * @throws {BillingKeyError} `SDK_LOAD_FAILED` or `SDK_TIMEOUT`: in development with an English message naming what
   *   failed, in production with the code as its message (the request flow words it for the buyer by its code).
   */
  load: (options?: SdkLoadOptions) => Promise<TSdk>;
  /** Forgets the loader's state and removes a failed tag (a fresh page). */
  reset: () => void;
}

/** What a loader needs to know about its SDK. */
export interface SdkSpec<TSdk> {
  /** The global the script defines (`'IMP'`, `'PortOne'`). */
  readonly global: string;
  /** True when the global is usable (has the function the flow calls). */
  readonly isSdk: (value: unknown) => value is TSdk;
  /** The script URL when the options name none. */
  readonly defaultUrl: string;
  /** Marks the library's own tag (`data-react-billing-key="<mark>"`), so it is found again. */
  readonly mark: string;
}

/** The state before any load, and on a server. */
export const IDLE_SDK_STATE: SdkState = { status: 'idle', errorCode: null };
const READY: SdkState = { status: 'ready', errorCode: null };
const LOADING: SdkState = { status: 'loading', errorCode: null };
const FAILED: SdkState = { status: 'error', errorCode: 'SDK_LOAD_FAILED' };
const TIMED_OUT: SdkState = { status: 'error', errorCode: 'SDK_TIMEOUT' };

const MARK_ATTRIBUTE = 'data-react-billing-key';
const FAILED_ATTRIBUTE = 'data-react-billing-key-failed';

/**
 * True for a tag that finished loading (or failing) before the loader saw it, so that its `load` / `error` may never
 * fire again: one a loader marked failed, or the page's own tag whose fetch the browser has finished (a Resource Timing
 * entry exists for its URL; Chromium records a failed fetch too). A page's own tag still in flight has no entry yet and
 * is waited for, whenever it was added: one added after the page loaded (a tag manager, a lazily injected script) may
 * still be loading although `document.readyState` is `'complete'`. Where the timeline is missing or full, the tag is
 * waited for, up to the time-out.
 */
function hasFinished(tag: HTMLScriptElement): boolean {
  if (tag.hasAttribute(FAILED_ATTRIBUTE)) return true;
  if (tag.hasAttribute(MARK_ATTRIBUTE) || typeof performance === 'undefined') return false;
  return typeof performance.getEntriesByName === 'function' && performance.getEntriesByName(tag.src, 'resource').length > 0;
}

/**
 * A loader's error. The request flow words it for the buyer by its code; the English detail (what failed, the URL) is
 * for developers, so production builds carry none and the message is the code.
 */
function loadError(code: 'SDK_LOAD_FAILED' | 'SDK_TIMEOUT', detail: string | false): BillingKeyError {
  return new BillingKeyError(code, detail || code);
}

/** A loader for one SDK (see {@link SdkLoader}). */
export function createSdkLoader<TSdk>(spec: SdkSpec<TSdk>): SdkLoader<TSdk> {
  let state = IDLE_SDK_STATE;
  let inflight: Promise<TSdk> | null = null;
  let failedScript: HTMLScriptElement | null = null;
  const listeners = new Set<() => void>();

  const setState = (next: SdkState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };

  const getSdk = (): TSdk | undefined => {
    if (typeof window === 'undefined') return undefined;
    const value = (window as unknown as Record<string, unknown>)[spec.global];
    return spec.isSdk(value) ? value : undefined;
  };

  const findOrAddScript = (url: string, nonce?: string, integrity?: string): [HTMLScriptElement, finished: boolean] => {
    // A tag already in flight (ours, or the page's own for the same URL) is adopted rather than doubled.
    const existing = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find(
      (tag) => tag.getAttribute(MARK_ATTRIBUTE) === spec.mark || tag.getAttribute('src') === url || tag.src === url,
    );
    if (existing) return [existing, hasFinished(existing)];
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.setAttribute(MARK_ATTRIBUTE, spec.mark);
    if (nonce) script.nonce = nonce;
    if (integrity) {
      script.integrity = integrity;
      script.crossOrigin = 'anonymous';
    }
    return [document.head.appendChild(script), false];
  };

  const load = (options: SdkLoadOptions = {}): Promise<TSdk> => {
    const dev = process.env.NODE_ENV !== 'production';
    const ready = getSdk();
    if (ready) {
      // The SDK may have appeared after a failed load (the page's own tag, a late script): tell subscribers.
      if (state !== IDLE_SDK_STATE) setState(IDLE_SDK_STATE);
      return Promise.resolve(ready);
    }
    if (typeof document === 'undefined') {
      return Promise.reject(loadError('SDK_LOAD_FAILED', dev && `The PortOne SDK (${spec.global}) can only load in a browser`));
    }
    if (inflight) return inflight;

    failedScript?.remove();
    failedScript = null;
    const { url = spec.defaultUrl, nonce, integrity } = options;
    const timeoutMs = timeLimit(options.timeoutMs, DEFAULT_LOAD_TIMEOUT_MS, dev && 'loadTimeoutMs');
    const [script, finished] = findOrAddScript(url, nonce, integrity);
    setState(LOADING);

    inflight = new Promise<TSdk>((resolve, reject) => {
      let settled = false;
      // Load, error and the time-out all end here: a load that defines no SDK is a failed load too. A script that
      // arrives after the time-out still makes the SDK usable, so subscribers hear about it.
      const settle = (timedOut: boolean) => {
        const sdk = getSdk();
        if (settled) {
          if (sdk) setState(IDLE_SDK_STATE);
          return;
        }
        settled = true;
        clearTimeout(timer);
        inflight = null;
        if (sdk) {
          setState(IDLE_SDK_STATE);
          resolve(sdk);
          return;
        }
        failedScript = script;
        // Marked, so that this or another copy of the library never adopts it again as if it were in flight.
        script.setAttribute(FAILED_ATTRIBUTE, '');
        setState(timedOut ? TIMED_OUT : FAILED);
        const why = dev && (timedOut ? `was not loaded within ${timeoutMs} ms` : 'failed to load');
        reject(loadError(timedOut ? 'SDK_TIMEOUT' : 'SDK_LOAD_FAILED', dev && `The PortOne SDK ${why}: ${url}`));
      };
      const timer = timeoutMs === undefined ? undefined : setTimeout(() => settle(true), timeoutMs);
      script.addEventListener('load', () => settle(false));
      script.addEventListener('error', () => settle(false));
      // A tag that already finished without defining the SDK fires nothing more: it failed, now (the retry replaces it).
      // After a task rather than a microtask: a script fetched a moment ago may still be queued to run, and then its
      // `load` comes first.
      if (finished) setTimeout(() => settle(false), 0);
    });
    return inflight;
  };

  return {
    getSdk,
    getState: () => (getSdk() ? READY : state),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load,
    reset() {
      inflight = null;
      failedScript?.remove();
      failedScript = null;
      setState(IDLE_SDK_STATE);
    },
  };
}
