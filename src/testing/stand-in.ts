// What both SDK stand-ins (mock-iamport.ts for v1, mock-portone.ts for v2) share around the answering machinery:
// their common options, installing on and removing from the page, the redirect navigation and the window's layout.
import { resetDevNotes } from '../core/page/dev-notes';
import { resetWindowLock } from '../core/page/window-lock';
import { format } from '../core/vocabulary/core-messages';
import { createMockWindows, type MockAnswerMode, type MockOutcome } from './mock-windows';
import { navigateTo } from './navigation';
import type { SimulatedWindowContent } from './simulated-window';
import { WINDOW_TEXT } from './window-text';

/** The options both stand-ins take. Every field is optional. */
export interface MockStandInOptions {
  /** What the window answers: `'success'` (default), `'failure'` or `'cancel'`. With `simulateWindow` the buyer decides. */
  outcome?: MockOutcome;
  /** When to answer: `'auto'` (default, after `delayMs`), `'sync'` (settled inside the SDK call), `'manual'` (on `answer()`). */
  answer?: MockAnswerMode;
  /** Wait before answering in `'auto'` mode, ms (default 0: the next macrotask). With `simulateWindow`, from the buyer's choice. */
  delayMs?: number;
  /** How a redirect navigates; default `window.location.assign`. Stories and tests pass e.g. `history.pushState`. */
  navigate?: (url: string) => void;
  /** Show a visible simulated PG window (a modal dialog) and let the buyer Approve / Decline / Cancel. */
  simulateWindow?: boolean;
  /** Language of the simulated window: `'ko'` (default) or `'en'`. */
  locale?: 'ko' | 'en';
}

/** What both installed stand-ins offer. */
export interface MockStandInHandle<TPending, TResponse> {
  /** The requests still waiting for an answer, oldest first (`'manual'` mode, `delayMs`, an open simulated window). */
  readonly pending: readonly TPending[];
  /**
   * Answers the oldest waiting request now: with the scripted outcome (no argument), another outcome
   * (`'success' | 'failure' | 'cancel'`), or response fields laid over a success (v1: `{ error_code: 'F400', error_msg: '…' }`;
   * v2: `{ code: 'FAILURE_TYPE_PG', … }`).
   * @throws {Error} when no request is waiting.
   */
  answer(answer?: MockOutcome | TResponse): void;
  /**
   * Removes the stand-in (restores the `window.IMP` / `window.PortOne` there before) and any open simulated window.
   * Answers still waiting are dropped (their callbacks never run, their promises never settle); when a request was left
   * without an answer, the page's window lock is released. Also forgets the development warnings printed so far, so
   * they do not leak into the next test.
   */
  uninstall(): void;
}

/** The answering machinery of every installed stand-in, for resetBillingKeyState(). */
const installed = new Set<{ windows: { dispose(): number }; onPage: () => boolean }>();

/**
 * Drops the answers installed stand-ins still owe (timers, manual answers, open simulated windows): a fresh page has no PG
 * window open, so a stand-in kept installed across tests answers the next test's request, not one left from before.
 */
export function dropWaitingAnswers(): void {
  for (const standIn of installed) {
    standIn.windows.dispose();
    // One a test removed from the page without uninstall() (delete window.IMP) is forgotten here.
    if (!standIn.onPage()) installed.delete(standIn);
  }
}

/** Stand-ins uninstalled while another was installed over them, and what each had found on the page. */
const uninstalledBelow = new WeakMap<object, { had: boolean; previous: unknown }>();

/** The page's global an SDK is installed on (`window`, or a test's own object). */
type Target = Record<string, unknown>;

/**
 * The parts of one installed stand-in both generations share: the answering machinery (`windows`), the redirect a PG
 * makes, and installing the SDK on `target[name]` until the returned uninstall runs.
 */
export function createStandIn<TParams>(
  name: 'IMP' | 'PortOne',
  options: MockStandInOptions & { target?: object | undefined },
  windowContent: (params: TParams) => SimulatedWindowContent<MockOutcome>,
) {
  const target = (options.target ?? (globalThis as { window?: object }).window ?? globalThis) as Target;
  const had = name in target;
  const previous = target[name];
  let redirected = 0;
  const windows = createMockWindows<TParams>({
    answer: options.answer ?? 'auto',
    delayMs: options.delayMs ?? 0,
    simulateWindow: options.simulateWindow ?? false,
    outcome: options.outcome ?? 'success',
    windowContent,
  });

  return {
    windows,
    /** Navigates to `address` (default: this page) with the response's `keys` in its query, as the PG's redirect does. */
    redirect<K extends string>(
      address: string | undefined,
      response: Partial<Record<K, string | number | boolean | null>>,
      keys: readonly K[],
    ): void {
      redirected++;
      const url = new URL(address ?? window.location.href, window.location.href);
      for (const key of keys) {
        const value = response[key];
        if (value !== null && value !== undefined) url.searchParams.set(key, String(value));
      }
      navigateTo(url.toString(), options.navigate);
    },
    /** Puts `sdk` on the page; the returned function removes it with everything the stand-in left behind. */
    install(sdk: object, paypal: { dispose(): void }): () => void {
      target[name] = sdk;
      const entry = { windows, onPage: () => target[name] === sdk };
      installed.add(entry);
      return () => {
        installed.delete(entry);
        paypal.dispose();
        // A request left without an answer (or sent away by a redirect) would hold the page's window for the next test.
        if (windows.dispose() > 0 || redirected > 0) resetWindowLock();
        if (process.env.NODE_ENV !== 'production') resetDevNotes();
        if (target[name] !== sdk) {
          // Another stand-in sits on top: it restores what this one found when it goes.
          uninstalledBelow.set(sdk, { had, previous });
          return;
        }
        let before = { had, previous };
        for (let below; (below = uninstalledBelow.get(before.previous as object));) before = below;
        if (before.had) target[name] = before.previous;
        else delete target[name];
      };
    },
  };
}

/** The last of `calls`. @throws {Error} `message` when there is none. */
export function lastOf<T>(calls: readonly T[], message: string): T {
  const last = calls[calls.length - 1];
  if (!last) throw new Error(message);
  return last;
}

/** The simulated window for `pgName`: its rows below the PG's name, and Approve / Decline / Cancel (Escape cancels). */
export function windowOf(
  locale: 'ko' | 'en',
  pgName: string,
  rows: readonly (readonly [string, string])[],
): SimulatedWindowContent<MockOutcome> {
  const text = WINDOW_TEXT[locale];
  return {
    title: format(text.title, { pg: pgName }),
    rows: [[text.pg, pgName], ...rows],
    actions: [
      { answer: 'success', label: text.approve, tone: 'primary' },
      { answer: 'failure', label: text.decline, tone: 'danger' },
      { answer: 'cancel', label: text.cancel, tone: 'neutral' },
    ],
    escapeAnswer: 'cancel',
  };
}
