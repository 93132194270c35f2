import { css } from 'styled-components';
import { tokens } from '../theme/theme';

/** The theme's focus ring, as every control of the library shows it. */
export const focusRing = (theme: unknown) => {
  const { colors, focusRingWidth } = tokens(theme);
  return css`
    outline: ${focusRingWidth} solid ${colors.focusRing};
    outline-offset: 2px;
  `;
};

/** An outlined secondary button's look (CardFilter's select-all, the page's retry / remove / replace); height and padding are the caller's. */
export const outlinedButton = (theme: unknown) => {
  const { colors, radius } = tokens(theme);
  return css`
    border: 1px solid ${colors.border};
    border-radius: ${radius};
    background: ${colors.surface};
    color: ${colors.primary};
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  `;
};

/**
 * A bordered box on the theme's surface, in its type (CardFilter's group, the recurring consent, the confirm dialog);
 * padding and width are the caller's. The radius is capped at `maxRadius`: a pill radius (a brand theme's 999px) suits
 * buttons and chips, not a box of rows.
 */
export const surfaceBox = (theme: unknown, maxRadius: string) => {
  const { colors, radius, fontFamily, fontSize } = tokens(theme);
  return css`
    border: 1px solid ${colors.border};
    border-radius: min(${radius}, ${maxRadius});
    background: ${colors.surface};
    color: ${colors.text};
    font-family: ${fontFamily};
    font-size: ${fontSize};
  `;
};

/** A control's glyph beside its text (CardFilter's checkbox, the method picker's radio dot): a square that never shrinks. */
export const glyphBox = (size: string) => css`
  flex: none;
  width: ${size};
  height: ${size};
`;
