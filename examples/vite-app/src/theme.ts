import { createBillingTheme } from 'react-billing-key';

// The shop's own design tokens…
const shop = {
  page: '#f3f6f4',
  surface: '#ffffff',
  text: '#17211c',
  muted: '#4f5b55',
  accent: '#0b6b3a',
  danger: '#b3261e',
  radius: '14px',
};

// …and the library's, under `billingKey`, so neither clobbers the other: the shop's green on the button. The
// overrides keep every pair at WCAG AA (white on #0b6b3a is 6.6:1).
export const shopTheme = {
  shop,
  ...createBillingTheme({ colors: { primary: '#0b6b3a', primaryHover: '#085a30', focusRing: '#0b6b3a' }, radius: '10px' }),
};

export type ShopTheme = typeof shopTheme;

declare module 'styled-components' {
  export interface DefaultTheme extends ShopTheme {}
}
