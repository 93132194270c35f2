import { createBillingTheme, defaultBillingTheme, type BillingKeyTheme } from '../../src/theme/theme';
import { brandBillingTheme, darkBillingTheme, lightBillingTheme } from '../../src/theme/themes';

// WCAG 2.x relative luminance and contrast ratio, from #rrggbb.
function luminance(hex: string): number {
  expect(hex).toMatch(/^#[0-9a-f]{6}$/i);
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

type Color = keyof BillingKeyTheme['colors'];
// [background, foreground, minimum]: text 4.5:1, non-text (focus ring, borders, the button's edge) 3:1.
const PAIRS: [Color, Color, number][] = [
  ['primary', 'onPrimary', 4.5],
  ['primaryHover', 'onPrimary', 4.5],
  ['surface', 'text', 4.5],
  ['surface', 'mutedText', 4.5],
  ['noticeBackground', 'noticeText', 4.5],
  ['surface', 'danger', 4.5],
  ['surface', 'focusRing', 3],
  ['surface', 'border', 3],
  // primary is also text on surface: the outlined buttons' labels (select all, retry, remove) and links in the terms.
  ['surface', 'primary', 4.5],
];

const SHIPPED = { light: lightBillingTheme, dark: darkBillingTheme, brand: brandBillingTheme };

describe('contrast helper', () => {
  it('matches known WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });
});

describe.each(Object.entries(SHIPPED))('%s theme', (_name, theme) => {
  it.each(PAIRS)('%s / %s reaches %s:1', (background, foreground, minimum) => {
    expect(contrast(theme.billingKey.colors[background], theme.billingKey.colors[foreground])).toBeGreaterThanOrEqual(minimum);
  });

  it('sets every token, nested under billingKey only', () => {
    expect(Object.keys(theme)).toEqual(['billingKey']);
    expect(Object.keys(theme.billingKey.colors).sort()).toEqual(Object.keys(defaultBillingTheme.colors).sort());
    for (const value of Object.values(theme.billingKey)) expect(value).toBeTruthy();
  });
});

describe('shipped themes', () => {
  it('light is the default look; dark and brand differ from it', () => {
    expect(lightBillingTheme.billingKey).toEqual(defaultBillingTheme);
    expect(darkBillingTheme.billingKey.colors.surface).not.toBe(defaultBillingTheme.colors.surface);
    expect(brandBillingTheme.billingKey.colors.primary).not.toBe(defaultBillingTheme.colors.primary);
  });

  it('createBillingTheme(null) from JS is the default look, not a TypeError', () => {
    expect(createBillingTheme(null as never).billingKey).toEqual(defaultBillingTheme);
  });

  it('a theme with a low-contrast button fails the same check', () => {
    const bad = createBillingTheme({ colors: { primary: '#8ab4f8', onPrimary: '#ffffff' } }).billingKey.colors;
    expect(contrast(bad.primary, bad.onPrimary)).toBeLessThan(4.5);
  });
});
