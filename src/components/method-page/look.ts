import { css, styled } from 'styled-components';
import { tokens } from '../../theme/theme';
import { focusRing, outlinedButton } from '../control-look';

export { focusRing };

/** A block of the page on the theme's surface: the checkout, the saved list. */
export const Panel = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-MethodPage-panel' })(({ theme }) => {
  const { colors, spacing, fontFamily, fontSize } = tokens(theme);
  return css`
    display: grid;
    gap: calc(${spacing} * 1.5);
    min-width: 0;
    color: ${colors.text};
    font-family: ${fontFamily};
    font-size: ${fontSize};
    line-height: 1.5;
    word-break: keep-all;
  `;
});

/** A secondary action (retry, remove, replace, cancel): outlined, 44 px tall. */
export const SecondaryButton = /* @__PURE__ */ styled.button.withConfig({ componentId: 'rbk-MethodPage-secondary' })(
  ({ theme }) => {
    const { colors, spacing } = tokens(theme);
    return css`
      ${outlinedButton(theme)}
      min-height: 44px;
      padding: 0 calc(${spacing} * 1.5);

      &[data-tone='danger'] {
        color: ${colors.danger};
      }
      &:focus-visible {
        ${focusRing(theme)}
      }
      &:disabled {
        cursor: not-allowed;
        opacity: 0.6;
      }
    `;
  },
);

/** Secondary text (reasons, dates, states). */
export const Muted = /* @__PURE__ */ styled.p.withConfig({ componentId: 'rbk-MethodPage-muted' })(({ theme }) => {
  const { colors } = tokens(theme);
  return css`
    margin: 0;
    color: ${colors.mutedText};
    font-size: 0.875em;

    &[data-tone='danger'] {
      color: ${colors.danger};
    }
  `;
});
