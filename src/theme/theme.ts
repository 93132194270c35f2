/** Design tokens the components read from the styled-components theme under `billingKey`. */
export interface BillingKeyTheme {
  colors: {
    /** Button background. */
    primary: string;
    /** Button text; must reach 4.5:1 against `primary`. */
    onPrimary: string;
    /** Button background on hover. */
    primaryHover: string;
    /** Page-level surface (CardFilter, dialogs). */
    surface: string;
    /** Body text on `surface`. */
    text: string;
    /** Secondary text on `surface`, still AA. */
    mutedText: string;
    border: string;
    /** Notice background and text. */
    noticeBackground: string;
    noticeText: string;
    /** Error text on `surface`. */
    danger: string;
    /** Focus outline; must reach 3:1 against `surface`. */
    focusRing: string;
  };
  radius: string;
  fontFamily: string;
  fontSize: string;
  /** Base spacing unit, e.g. `8px`. */
  spacing: string;
  focusRingWidth: string;
}

/** Deep-partial tokens for {@link createBillingTheme}. */
export type BillingKeyThemeOverrides = Partial<Omit<BillingKeyTheme, 'colors'>> & { colors?: Partial<BillingKeyTheme['colors']> };

/** The light default look; every color pair passes WCAG AA. */
export const defaultBillingTheme: BillingKeyTheme = {
  colors: {
    primary: '#1f4fd1',
    onPrimary: '#ffffff',
    primaryHover: '#163c9e',
    surface: '#ffffff',
    text: '#1a1d23',
    mutedText: '#545b66',
    border: '#8a919c',
    noticeBackground: '#f2f5fb',
    noticeText: '#2b3240',
    danger: '#b3261e',
    focusRing: '#1f4fd1',
  },
  radius: '8px',
  fontFamily: "system-ui, -apple-system, 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif",
  fontSize: '16px',
  spacing: '8px',
  focusRingWidth: '3px',
};

/**
 * A styled-components theme object with the library's tokens under `billingKey`, so your own theme keys stay untouched:
 * `<ThemeProvider theme={{ ...myTheme, ...createBillingTheme({ colors: { primary: '#000' } }) }}>`.
 */
export function createBillingTheme(overrides: BillingKeyThemeOverrides = {}): { billingKey: BillingKeyTheme } {
  return {
    billingKey: {
      ...defaultBillingTheme,
      ...overrides,
      colors: { ...defaultBillingTheme.colors, ...overrides.colors },
    },
  };
}

/** `defaults` with each own non-blank string of `given` laid over it; anything else (a number, null, a missing key) keeps the default. */
function filled<T extends object>(defaults: T, given: unknown): T {
  const result = { ...defaults };
  if (typeof given !== 'object' || given === null) return result;
  for (const key of Object.keys(defaults) as (keyof T & string)[]) {
    const value: unknown = Object.prototype.hasOwnProperty.call(given, key) ? (given as Record<string, unknown>)[key] : undefined;
    if (typeof value === 'string' && value.trim() !== '') result[key] = value as T[keyof T & string];
  }
  return result;
}

// One fill per theme object: every styled component reads the tokens on each render.
const filledThemes = new WeakMap<object, BillingKeyTheme>();

/**
 * The tokens in force: the theme's `billingKey`, filled in with defaults. A theme written in JS may be partial or
 * malformed (`{ billingKey: { radius: '4px' } }`, `colors: null`, a number for a color): each missing or non-string token
 * takes the default, so rendering never throws.
 */
export function tokens(theme: unknown): BillingKeyTheme {
  const given: unknown = typeof theme === 'object' && theme !== null ? (theme as { billingKey?: unknown }).billingKey : undefined;
  if (typeof given !== 'object' || given === null) return defaultBillingTheme;
  let result = filledThemes.get(given);
  if (!result) {
    result = {
      ...filled(defaultBillingTheme, given),
      colors: filled(defaultBillingTheme.colors, (given as { colors?: unknown }).colors),
    };
    filledThemes.set(given, result);
  }
  return result;
}
