import { openSimulatedWindow, type SimulatedWindowContent } from './simulated-window';

/** What a simulated window answers. */
export type MockOutcome = 'success' | 'failure' | 'cancel';

/**
 * When a mock answers a request: `'auto'` after `delayMs` (default; 0 means the next macrotask), `'sync'` inside the
 * SDK call itself, `'manual'` only when the test calls `answer()` — so a test can look at its own "window open" state.
 */
export type MockAnswerMode = 'auto' | 'sync' | 'manual';

/** How both mocks (v1 and v2) answer; the generation-specific parts are the callbacks. */
export interface MockWindowsConfig<TParams> {
  readonly answer: MockAnswerMode;
  readonly delayMs: number;
  /** Show a visible simulated PG window and let the buyer decide (then `answer` only matters for `answer()` calls). */
  readonly simulateWindow: boolean;
  /** The scripted outcome. */
  readonly outcome: MockOutcome;
  /** What the simulated window shows for a request. */
  readonly windowContent: (params: TParams) => SimulatedWindowContent<MockOutcome>;
}

/** A request waiting for its answer. */
interface Waiting<TParams> {
  readonly params: TParams;
  readonly settle: (outcome: MockOutcome, override?: Record<string, unknown>) => void;
  close?: () => void;
}

/** The answering machinery both mocks share: answer modes, delays, the simulated window and the queue of waiting requests. */
export function createMockWindows<TParams>(config: MockWindowsConfig<TParams>) {
  const waiting: Waiting<TParams>[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const later = (run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, config.delayMs);
    timers.add(timer);
  };

  return {
    /** The requests still waiting for an answer, oldest first. */
    waiting: () => waiting.map((entry) => entry.params),

    /** Starts answering one request; `settle` delivers the answer (callback, promise or redirect). */
    open(params: TParams, settle: (outcome: MockOutcome, override?: Record<string, unknown>) => void): void {
      let settled = false;
      const entry: Waiting<TParams> = {
        params,
        // A PG answers once: a timer still running after answer() (auto mode, a decided window's delay) must not answer again.
        settle: (outcome, override) => {
          if (settled) return;
          settled = true;
          const at = waiting.indexOf(entry);
          if (at !== -1) waiting.splice(at, 1);
          entry.close?.();
          settle(outcome, override);
        },
      };
      if (config.simulateWindow) {
        waiting.push(entry);
        // The delay starts when the buyer decides.
        entry.close = openSimulatedWindow(config.windowContent(params), (outcome) => {
          entry.close = undefined;
          later(() => entry.settle(outcome));
        });
        return;
      }
      if (config.answer === 'sync') return settle(config.outcome);
      waiting.push(entry);
      if (config.answer === 'auto') later(() => entry.settle(config.outcome));
    },

    /**
     * Answers the oldest waiting request now: with the scripted outcome, another outcome, or response fields laid over
     * the scripted success. Throws when nothing waits.
     */
    answer(answer?: MockOutcome | Record<string, unknown>): void {
      const entry = waiting[0];
      if (!entry) throw new Error('react-billing-key/testing: answer() was called, but no request is waiting for an answer');
      if (typeof answer === 'string') entry.settle(answer);
      else entry.settle(answer ? 'success' : config.outcome, answer);
    },

    /** Drops every waiting answer and closes open windows; returns how many requests were left without an answer. */
    dispose(): number {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const unanswered = waiting.length;
      for (const entry of waiting.splice(0)) entry.close?.();
      return unanswered;
    },
  };
}
