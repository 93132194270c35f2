import { DEV } from './dev';
import { BillingKeyError } from './errors';
import type { IamportSdk } from './types';

/** Where the PortOne v1 SDK is served from. */
export const DEFAULT_SDK_URL = 'https://cdn.iamport.kr/v1/iamport.js';
/** How long to wait for the SDK before giving up with `SDK_TIMEOUT`. */
export const DEFAULT_LOAD_TIMEOUT_MS = 15000;

/** Where the SDK stands on this page. */
export type SdkStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The loader's state; `errorCode` is set when `status` is `'error'`. */
export interface SdkState {
  readonly status: SdkStatus;
  readonly errorCode: 'SDK_LOAD_FAILED' | 'SDK_TIMEOUT' | null;
}

/** How to load the SDK script. */
export interface SdkLoadOptions {
  url?: string;
  timeoutMs?: number;
  /** CSP nonce for the script tag. */
  nonce?: string;
  /** Subresource Integrity hash; sets `crossorigin="anonymous"` too. */
  integrity?: string;
}

const SCRIPT_MARK = 'data-react-billing-key';
/** The state before any load, and on a server. */
export const IDLE: SdkState = { status: 'idle', errorCode: null };
const READY: SdkState = { status: 'ready', errorCode: null };

// One loader per page: however many providers, buttons and hooks, at most one script tag is in flight.
let phase: SdkState = IDLE;
let inflight: Promise<IamportSdk> | null = null;
let failedScript: HTMLScriptElement | null = null;
const listeners = new Set<() => void>();

function setPhase(next: SdkState): void {
  phase = next;
  for (const listener of listeners) listener();
}

/** The SDK object if the page has it (`window.IMP`), on the client only. */
export function getSdk(): IamportSdk | undefined {
  const imp = typeof window === 'undefined' ? undefined : (window as { IMP?: IamportSdk }).IMP;
  return typeof imp?.request_pay === 'function' ? imp : undefined;
}

/** The loader's current state: `'ready'` whenever `window.IMP` exists, however it got there. */
export function getSdkState(): SdkState {
  return getSdk() ? READY : phase;
}

/** Calls `listener` whenever the loader's state changes; returns the unsubscribe function. */
export function subscribeSdkState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function createScript(url: string, nonce?: string, integrity?: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.src = url;
  script.async = true;
  script.setAttribute(SCRIPT_MARK, '');
  if (nonce) script.nonce = nonce;
  if (integrity) {
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
  }
  return document.head.appendChild(script);
}

/**
 * Loads the SDK once for the whole page and resolves with `window.IMP`.
 * Reuses an existing `window.IMP` or a script tag already in flight; after a failure or time-out the next call
 * removes the bad tag and loads again.
 * @throws {BillingKeyError} `SDK_LOAD_FAILED` or `SDK_TIMEOUT` (English messages; the React layer localizes them).
 */
export function loadSdk(options: SdkLoadOptions = {}): Promise<IamportSdk> {
  const existing = getSdk();
  if (existing) {
    // window.IMP may have appeared after a failed load (the page's own tag, a late script): tell subscribers.
    if (phase !== IDLE) setPhase(IDLE);
    return Promise.resolve(existing);
  }
  if (typeof document === 'undefined') {
    return Promise.reject(
      new BillingKeyError('SDK_LOAD_FAILED', DEV ? 'The PortOne SDK can only load in a browser' : 'SDK_LOAD_FAILED'),
    );
  }
  if (inflight) return inflight;

  // The failed tag goes, so the search below cannot adopt it again.
  failedScript?.remove();
  const { url = DEFAULT_SDK_URL, timeoutMs = DEFAULT_LOAD_TIMEOUT_MS, nonce, integrity } = options;
  // Adopt a tag already in flight (ours, or the page's own for the same URL) rather than adding a second one.
  const script =
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find(
      (tag) => tag.hasAttribute(SCRIPT_MARK) || tag.src === url || tag.getAttribute('src') === url,
    ) ?? createScript(url, nonce, integrity);
  setPhase({ status: 'loading', errorCode: null });

  return (inflight = new Promise<IamportSdk>((resolve, reject) => {
    let done = false;
    // One handler for load, error and the time-out: a load without window.IMP is a failed load too. Once settled,
    // a late load still makes the SDK usable: tell subscribers.
    const settle = (timedOut?: boolean) => {
      const sdk = getSdk();
      if (!done) {
        done = true;
        clearTimeout(timer);
        inflight = null;
        if (!sdk) {
          failedScript = script;
          const failure = timedOut ? 'SDK_TIMEOUT' : 'SDK_LOAD_FAILED';
          setPhase({ status: 'error', errorCode: failure });
          // The message is replaced by the locale's in the request flow; the detail helps developers reading logs.
          return reject(
            new BillingKeyError(
              failure,
              DEV ? `PortOne SDK ${timedOut ? `not loaded within ${timeoutMs} ms` : 'failed to load'}: ${url}` : failure,
            ),
          );
        }
        resolve(sdk);
      }
      if (sdk) setPhase(IDLE);
    };
    const onEvent = () => settle();
    const timer = setTimeout(settle, timeoutMs, true);
    script.addEventListener('load', onEvent);
    script.addEventListener('error', onEvent);
  }));
}

// Which userCode each SDK object was last initialised with, so IMP.init runs only when it must.
const initialisedWith = new WeakMap<IamportSdk, string>();

/** Calls `IMP.init(userCode)` unless this SDK object was last initialised with the same code. */
export function ensureInit(sdk: IamportSdk, userCode: string): void {
  if (initialisedWith.get(sdk) === userCode) return;
  sdk.init(userCode);
  initialisedWith.set(sdk, userCode);
}

/** Forgets loader state; for tests that install and remove `window.IMP` between cases. */
export function resetSdkLoader(): void {
  inflight = null;
  failedScript?.remove();
  failedScript = null;
  setPhase(IDLE);
}
