import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { css, styled } from 'styled-components';
import type { MethodBase } from '../../react/method-page/methods';
import type { UseBillingMethodPickerValue } from '../../react/method-page/use-method-picker';
import { usePageMessages } from '../../react/method-page/use-page-messages';
import { tokens } from '../../theme/theme';
import { glyphBox } from '../control-look';
import { focusRing } from './look';

const Group = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-MethodPicker' })(({ theme }) => {
  const { colors, fontFamily, fontSize } = tokens(theme);
  return css`
    min-width: 0;
    color: ${colors.text};
    font-family: ${fontFamily};
    font-size: ${fontSize};
  `;
});

const Caption = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-MethodPicker-caption' })`
  margin-bottom: 4px;
  font-weight: 600;
`;

// Options as wrapping tiles: two or three to a row at 375 px, each a 44 px target with its name in full.
const Options = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-MethodPicker-options' })(({ theme }) => {
  const { spacing } = tokens(theme);
  return css`
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7.5em, 1fr));
    gap: ${spacing};
  `;
});

const Option = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-MethodPicker-option' })(({ theme }) => {
  const { colors, spacing, radius } = tokens(theme);
  return css`
    display: flex;
    align-items: center;
    gap: ${spacing};
    min-height: 44px;
    padding: 0 calc(${spacing} * 1.5);
    border: 1px solid ${colors.border};
    /* A pill radius (a brand theme's 999px) suits these tiles too, but never more than their height. */
    border-radius: min(${radius}, 22px);
    background: ${colors.surface};
    cursor: pointer;
    user-select: none;

    &[aria-checked='true'] {
      border-color: ${colors.primary};
      box-shadow: inset 0 0 0 1px ${colors.primary};
      font-weight: 600;
    }
    &[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.6;
    }
    &:focus-visible {
      ${focusRing(theme)}
    }
  `;
});

// The radio's dot, drawn in the text's and the primary color: the checked state never relies on color alone.
const Dot = /* @__PURE__ */ styled.span.withConfig({ componentId: 'rbk-MethodPicker-dot' })(({ theme }) => {
  const { colors } = tokens(theme);
  return css`
    ${glyphBox('1em')}
    border: 2px solid ${colors.border};
    border-radius: 50%;

    [aria-checked='true'] > & {
      border-color: ${colors.primary};
      background: radial-gradient(circle, ${colors.primary} 45%, transparent 50%);
    }
  `;
});

/** What both generations' `BillingMethodPicker` hand to the shared look. */
export interface MethodPickerViewProps<TMethod extends MethodBase> extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'onChange' | 'role' | 'defaultValue'
> {
  picker: UseBillingMethodPickerValue<TMethod>;
  /** The group's caption; default "결제수단" / "Payment method". `null` hides it (name the group with `aria-label`). */
  legend?: ReactNode;
}

/** The radio group of payment methods (one Tab stop, arrow keys), named by its caption. */
export function MethodPickerView<TMethod extends MethodBase>(props: MethodPickerViewProps<TMethod>) {
  const { picker, legend, 'aria-label': label, 'aria-labelledby': labelledBy, ...rest } = props;
  const { messages } = usePageMessages();
  const captionId = useId();
  const caption = legend === undefined ? messages.methodPicker.legend : legend;
  const shown = caption !== null && caption !== false;
  // The group's name: the merchant's, else the caption, else the default caption's words.
  const name =
    label !== undefined || labelledBy !== undefined
      ? { 'aria-label': label, 'aria-labelledby': labelledBy }
      : shown
        ? { 'aria-labelledby': captionId }
        : { 'aria-label': messages.methodPicker.legend };
  return (
    <Group {...rest}>
      {shown && <Caption id={captionId}>{caption}</Caption>}
      <Options {...picker.groupProps} {...name}>
        {picker.methods.map((method) => (
          <Option key={method.id} {...picker.radioProps(method)}>
            <Dot aria-hidden="true" />
            {picker.labelOf(method)}
          </Option>
        ))}
      </Options>
    </Group>
  );
}
