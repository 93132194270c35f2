import { describe } from '../request/fields';
import { errorOnce } from './dev-notes';

/** The longest delay `setTimeout` takes (2^31 − 1 ms); a longer one would fire at once. */
const MAX_TIMER_MS = 2147483647;

/**
 * A time limit option checked before it reaches a timer: `undefined` gives `fallback`; `Infinity` (or anything above
 * 2,147,483,647 ms) means no limit (`undefined`); any other value that is not a positive number is a development error
 * naming `option`, and `fallback` applies — never an immediate failure. Callers pass `option` as `dev && '…'`: only the
 * development error reads it.
 */
export function timeLimit(value: unknown, fallback: number, option: string | false): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && value > 0) return value > MAX_TIMER_MS ? undefined : value;
  if (process.env.NODE_ENV !== 'production') {
    errorOnce(
      `${option} must be a positive number of ms or Infinity (got ${describe(value)}); the default ${fallback} ms applies.`,
    );
  }
  return fallback;
}
