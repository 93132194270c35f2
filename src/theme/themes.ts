import { createBillingTheme } from './theme';

/**
 * The light default look as a styled-components theme (`{ billingKey }`): blue button on white.
 * Same tokens as `defaultBillingTheme`; every color pair passes WCAG AA.
 */
export const lightBillingTheme = /* @__PURE__ */ createBillingTheme();

/**
 * A dark look for dark checkouts: light-blue button with dark text on a near-black surface; every pair passes WCAG AA.
 * Give the page behind the components the same `surface` color.
 */
export const darkBillingTheme = /* @__PURE__ */ createBillingTheme({
  colors: {
    primary: '#8ab4f8',
    onPrimary: '#0b1a33',
    primaryHover: '#aecbfa',
    surface: '#14171c',
    text: '#e8eaed',
    mutedText: '#a9b0bb',
    border: '#6b7380',
    noticeBackground: '#222a35',
    noticeText: '#d6dbe3',
    danger: '#ff8a80',
    focusRing: '#8ab4f8',
  },
});

/**
 * A brand-colored look: deep green pill button on a faintly tinted surface; every pair passes WCAG AA.
 * White button text and the danger red come from the default look.
 */
export const brandBillingTheme = /* @__PURE__ */ createBillingTheme({
  colors: {
    primary: '#0b6e4f',
    primaryHover: '#08543c',
    surface: '#fbfdfc',
    text: '#14201b',
    mutedText: '#4a5a53',
    border: '#7b8a83',
    noticeBackground: '#e6f4ed',
    noticeText: '#1d3b2f',
    focusRing: '#0b6e4f',
  },
  radius: '999px',
});
