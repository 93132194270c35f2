/** Design tokens the components read from the styled-components theme under `billingKey`. */
export interface BillingKeyTheme {
  colors: {
    /** Button background; also the text of outlined buttons and links, so it must reach 4.5:1 against `surface`. */
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
      // `?.`: a JS caller may pass null (a theme prop not set yet).
      colors: { ...defaultBillingTheme.colors, ...overrides?.colors },
    },
  };
}

/** `defaults` with each own non-blank string of `given` laid over its string tokens; anything else keeps the default. */
const filled = <T extends object>(defaults: T, given: unknown): T => ({
  ...defaults,
  // Object.entries reads own properties only (a polluted prototype changes nothing) and gives [] for null or a number.
  ...Object.fromEntries(
    Object.entries(given ?? {}).filter(
      ([key, value]) => typeof defaults[key as keyof T] === 'string' && typeof value === 'string' && value.trim() !== '',
    ),
  ),
});

/**
 * The tokens in force: the theme's `billingKey`, filled in with defaults. A theme written in JS may be partial or
 * malformed (`{ billingKey: { radius: '4px' } }`, `colors: null`, a number for a color): each missing or non-string token
 * takes the default, so rendering never throws.
 */
export function tokens(theme: unknown): BillingKeyTheme {
  const given = (theme as { billingKey?: { colors?: unknown } } | null | undefined)?.billingKey;
  return typeof given === 'object' && given !== null
    ? { ...filled(defaultBillingTheme, given), colors: filled(defaultBillingTheme.colors, given.colors) }
    : defaultBillingTheme;
}
