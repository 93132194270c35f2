import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { css, styled } from 'styled-components';
import { useRecurringConsent, type UseRecurringConsentOptions } from '../react/method-page/use-recurring-consent';
import { usePageMessages } from '../react/method-page/use-page-messages';
import { tokens } from '../theme/theme';
import { surfaceBox } from './control-look';
import { focusRing } from './method-page/look';
import { splitRequestProps } from './request-props';

const CONSENT_KEYS = ['version', 'required', 'checked', 'defaultChecked', 'onChange'] as const;

/** Props of {@link RecurringConsent}: the consent's settings and any other `<div>` attribute. */
export interface RecurringConsentProps
  extends UseRecurringConsentOptions, Omit<HTMLAttributes<HTMLDivElement>, 'onChange' | 'defaultChecked'> {
  /** Your recurring-payment terms: text, or a link to them (`<a href="/terms/recurring">정기결제 약관</a>`). */
  terms?: ReactNode;
  /** The checkbox's label; default "정기결제에 동의합니다" / "I agree to recurring payments". */
  label?: ReactNode;
}

const Box = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-RecurringConsent' })(({ theme }) => {
  const { spacing } = tokens(theme);
  return css`
    min-width: 0;
    padding: ${spacing} calc(${spacing} * 1.5);
    ${surfaceBox(theme, '12px')}
    line-height: 1.5;
    word-break: keep-all;
  `;
});

const Label = /* @__PURE__ */ styled.label.withConfig({ componentId: 'rbk-RecurringConsent-label' })(({ theme }) => {
  const { colors, spacing } = tokens(theme);
  return css`
    display: flex;
    align-items: center;
    gap: ${spacing};
    min-height: 44px;
    font-weight: 600;
    cursor: pointer;

    input {
      flex: none;
      width: 1.25em;
      height: 1.25em;
      margin: 0;
      accent-color: ${colors.primary};
    }
    input:focus-visible {
      ${focusRing(theme)}
    }
  `;
});

const Terms = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-RecurringConsent-terms' })(({ theme }) => {
  const { colors } = tokens(theme);
  return css`
    color: ${colors.mutedText};
    font-size: 0.875em;

    a {
      color: ${colors.primary};
    }
    a:focus-visible {
      ${focusRing(theme)}
    }
  `;
});

/**
 * The recurring-payment consent: a checkbox with your terms (text or a link). `required` (default `true`): inside a
 * `BillingKeyCheckout` (as its `consent`, or as a child) its register button stays disabled and says why until the box
 * is ticked, and the key's result carries `consent: { version, agreedAt }`. Alone, follow it with
 * `useRecurringConsent`'s state or `onChange`. Never throws, whatever the props.
 */
export function RecurringConsent(props: RecurringConsentProps) {
  const { terms, label, ...others } = props;
  const [options, rest] = splitRequestProps(others, CONSENT_KEYS);
  const consent = useRecurringConsent(options);
  const { messages } = usePageMessages();
  const termsId = useId();
  const hasTerms = terms !== undefined && terms !== null && terms !== false && terms !== '';
  return (
    <Box {...rest}>
      <Label>
        <input
          type="checkbox"
          checked={consent.checked}
          required={consent.required}
          aria-describedby={hasTerms ? termsId : undefined}
          onChange={(event) => consent.setChecked(event.currentTarget.checked)}
        />
        <span>
          {label ?? messages.consent.agree} {consent.required ? messages.consent.required : messages.consent.optional}
        </span>
      </Label>
      {hasTerms && <Terms id={termsId}>{terms}</Terms>}
    </Box>
  );
}
