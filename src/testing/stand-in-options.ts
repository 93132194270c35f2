// A stand-in's options come from a merchant's test, often plain JS: a mistyped value ('maybe', 'later') would otherwise
// give a silent PG_FAILED or a window that never answers, and the test would fail far from its cause.

/** What each option may be: a list of the allowed values, or a check with the words the error uses. */
type OptionRule = readonly unknown[] | { readonly is: (value: unknown) => boolean; readonly says: string };

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The options both stand-ins take (`MockStandInOptions`) and `delivery`, which both take too. */
export const SHARED_OPTION_RULES: Readonly<Record<string, OptionRule>> = {
  outcome: ['success', 'failure', 'cancel'],
  answer: ['auto', 'sync', 'manual'],
  delayMs: { is: (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0, says: 'a number of ms ≥ 0' },
  navigate: { is: (value) => typeof value === 'function', says: 'a function' },
  simulateWindow: [true, false],
  locale: ['ko', 'en'],
  delivery: ['callback', 'redirect', 'auto'],
  failure: { is: isObject, says: 'an object' },
  target: { is: (value) => typeof value === 'object' && value !== null, says: 'an object' },
};

/** A value as the error shows it: JSON where it has one (a cycle or a bigint has none), else its type. */
function shown(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

const describeRule = (rule: OptionRule) =>
  Array.isArray(rule) ? rule.map((value) => JSON.stringify(value)).join(' | ') : (rule as { says: string }).says;

/**
 * Checks a stand-in's options before anything is installed; an option left out (or `undefined`) takes its default.
 * @throws {TypeError} naming the installer, the option, what it may be and what it got.
 */
export function checkStandInOptions(installer: string, options: unknown, rules: Readonly<Record<string, OptionRule>>): void {
  if (!isObject(options)) throw new TypeError(`${installer}: options must be an object, got ${shown(options)}.`);
  for (const [option, rule] of Object.entries(rules)) {
    const value = Object.prototype.hasOwnProperty.call(options, option)
      ? (options as Record<string, unknown>)[option]
      : undefined;
    if (value === undefined) continue;
    const ok = Array.isArray(rule) ? rule.includes(value) : (rule as { is: (value: unknown) => boolean }).is(value);
    if (!ok) {
      throw new TypeError(`${installer}: ${option} must be ${describeRule(rule)}, got ${shown(value)}.`);
    }
  }
}
