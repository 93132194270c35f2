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
const LOADING: SdkState = { status: 'loading', errorCode: null };

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
  if (typeof window === 'undefined') return undefined;
  const imp = (window as { IMP?: IamportSdk }).IMP;
  return imp && typeof imp.request_pay === 'function' ? imp : undefined;
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

function findPendingScript(url: string): HTMLScriptElement | null {
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (script !== failedScript && (script.hasAttribute(SCRIPT_MARK) || script.src === url || script.getAttribute('src') === url)) {
      return script;
    }
  }
  return null;
}

function createScript(url: string, options: SdkLoadOptions): HTMLScriptElement {
  const script = document.createElement('script');
  script.src = url;
  script.async = true;
  script.setAttribute(SCRIPT_MARK, '');
  if (options.nonce) script.nonce = options.nonce;
  if (options.integrity) {
    script.integrity = options.integrity;
    script.crossOrigin = 'anonymous';
  }
  document.head.appendChild(script);
  return script;
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
    if (phase.status !== 'idle') setPhase(IDLE);
    return Promise.resolve(existing);
  }
  if (typeof document === 'undefined') {
    return Promise.reject(new BillingKeyError('SDK_LOAD_FAILED', DEV ? 'The PortOne SDK can only load in a browser' : 'SDK_LOAD_FAILED'));
  }
  if (inflight) return inflight;

  if (failedScript) {
    failedScript.remove();
    failedScript = null;
  }
  const url = options.url ?? DEFAULT_SDK_URL;
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS;
  const script = findPendingScript(url) ?? createScript(url, options);
  setPhase(LOADING);

  const attempt = new Promise<IamportSdk>((resolve, reject) => {
    let done = false;
    // One handler for load, error and the time-out; once settled, a late load still makes the SDK usable: tell subscribers.
    const settle = (code: 'SDK_LOAD_FAILED' | 'SDK_TIMEOUT' | null) => {
      if (done) return void (getSdk() && setPhase(IDLE));
      done = true;
      clearTimeout(timer);
      inflight = null;
      const sdk = getSdk();
      if (sdk) {
        setPhase(IDLE);
        return resolve(sdk);
      }
      failedScript = script;
      const failure = code ?? 'SDK_LOAD_FAILED';
      setPhase({ status: 'error', errorCode: failure });
      // The message is replaced by the locale's in the request flow; the detail helps developers reading logs.
      reject(new BillingKeyError(failure, DEV ? `PortOne SDK ${failure === 'SDK_TIMEOUT' ? `not loaded within ${timeoutMs} ms` : 'failed to load'}: ${url}` : failure));
    };
    const onEvent = (event: Event) => settle(event.type === 'error' ? 'SDK_LOAD_FAILED' : null);
    const timer = setTimeout(() => settle('SDK_TIMEOUT'), timeoutMs);
    script.addEventListener('load', onEvent);
    script.addEventListener('error', onEvent);
  });
  inflight = attempt;
  return attempt;
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
