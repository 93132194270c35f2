import { useEffect, useId, useRef, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { css, keyframes, styled, type Keyframes } from 'styled-components';
import type { BillingKeyStatus } from '../core/flows/request-controller';
import { tokens } from '../theme/theme';
import { BUTTON_MESSAGES } from '../texts/ui-messages';
import { useUiSection } from './use-ui-messages';
import { VisuallyHidden } from './visually-hidden';
import { InButtonNotice } from './notice-view';

const Button = /* @__PURE__ */ styled.button.withConfig({ componentId: 'rbk-BillingKeyButton' })(({ theme }) => {
  const { colors, spacing, radius, fontFamily, fontSize, focusRingWidth } = tokens(theme);
  return css`
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${spacing};
    min-height: 44px;
    padding: 0 calc(${spacing} * 2.5);
    border: 0;
    border-radius: ${radius};
    background: ${colors.primary};
    color: ${colors.onPrimary};
    font-family: ${fontFamily};
    font-size: ${fontSize};
    font-weight: 600;
    cursor: pointer;

    &:hover:not(:disabled) {
      background: ${colors.primaryHover};
    }
    &:focus-visible {
      outline: ${focusRingWidth} solid ${colors.focusRing};
      outline-offset: 2px;
    }
    &[aria-busy='true'] {
      cursor: progress;
    }
    &:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
  `;
});

// Made on first use, not at import: styled-components' keyframes() probes `navigator`, and importing the package must
// touch no browser global (server rendering, the Node smoke test).
let spinKeyframes: Keyframes | undefined;
const spin = () =>
  (spinKeyframes ??= keyframes`
    to {
      transform: rotate(360deg);
    }
  `);

// The busy indicator: a ring in the label's own color, so it has the label's contrast in every theme.
const Spinner = /* @__PURE__ */ styled.span.withConfig({ componentId: 'rbk-BillingKeyButton-spinner' })`
  display: inline-block;
  flex: none;
  width: 1em;
  height: 1em;
  border: 2px solid currentColor;
  border-right-color: transparent;
  border-radius: 50%;
  animation: ${spin} 0.8s linear infinite;

  @media (prefers-reduced-motion: reduce) {
    animation-duration: 2.4s;
  }
`;

/** The `<button>` attributes a billing-key button passes through. */
export type NativeButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children'>;

/** What the two generations' buttons hand to the shared look. */
export interface ButtonShellProps {
  status: BillingKeyStatus;
  /** The merchant's label; the locale's default when absent. */
  children?: ReactNode;
  /** The PG notice shown after the button (phrasing content), or nothing. */
  notice?: (id: string) => ReactNode;
  /** The other attributes of the `<button>`. */
  buttonProps: NativeButtonProps;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

/**
 * The look and the accessibility of both generations' `BillingKeyButton`: while busy the button is `aria-busy`, shows
 * a spinner (also beside a custom label, which stays), shows the status as its label when it has the default one, and
 * a polite status region announces it. Everything it renders is phrasing content, valid wherever a `<button>` is.
 */
export function ButtonShell({ status, children, notice, buttonProps, onClick }: ButtonShellProps) {
  const { messages } = useUiSection('button', BUTTON_MESSAGES);
  const noticeId = useId();
  const busy = status === 'loading' || status === 'pending' || status === 'verifying';
  const busyText = busy ? messages[status] : '';
  const renderedNotice = notice?.(noticeId);
  const describedBy = [buttonProps['aria-describedby'], renderedNotice ? noticeId : undefined].filter(Boolean).join(' ');
  // The button last clicked: none before the first click, so the effect below does nothing on mount.
  const opener = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    // A request ended (busy only changes on a request's start and end). The PG's window (an iframe layer, a popup) took
    // focus and, closing, left it on nothing: back to the button that opened it, so a keyboard or screen-reader buyer
    // keeps their place. Focus the page moved elsewhere stays there.
    if (!busy && document.activeElement === document.body) opener.current?.focus();
  }, [busy]);

  return (
    <>
      <Button
        type="button"
        {...buttonProps}
        aria-busy={busy}
        aria-describedby={describedBy || undefined}
        onClick={(event) => {
          opener.current = event.currentTarget;
          onClick(event);
        }}
      >
        {busy && <Spinner aria-hidden="true" />}
        {children ?? (busy ? busyText : messages.label)}
      </Button>
      <VisuallyHidden role="status">{busyText}</VisuallyHidden>
      <InButtonNotice.Provider value={true}>{renderedNotice}</InButtonNotice.Provider>
    </>
  );
}
