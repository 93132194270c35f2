import { useMemo } from 'react';
import { mergeMessages, type Locale } from '../core/vocabulary/core-messages';
import { UI_MESSAGES, type UiMessages } from '../texts/ui-messages';
import { useBillingKeyUi } from '../react/ui-context';

/** The component texts in the provider's locale with its overrides; Korean outside a provider. */
export function useUiMessages(): { messages: UiMessages; locale: Locale } {
  const { locale, overrides } = useBillingKeyUi();
  const messages = useMemo(() => mergeMessages(UI_MESSAGES[locale], overrides), [locale, overrides]);
  return { messages, locale };
}

/**
 * One component's texts (`section` of the `messages` prop) in the provider's locale with its overrides; Korean outside
 * a provider. The component passes its own table (`BUTTON_MESSAGES`…), so a page carries only the texts it shows.
 */
export function useUiSection<K extends keyof UiMessages>(
  section: K,
  table: Readonly<Record<Locale, UiMessages[K]>>,
): { messages: UiMessages[K]; locale: Locale } {
  const { locale, overrides } = useBillingKeyUi();
  // Own fields only, like every override: a polluted Object.prototype is not the merchant's text.
  const given =
    typeof overrides === 'object' && overrides !== null && Object.prototype.hasOwnProperty.call(overrides, section)
      ? (overrides as Record<string, unknown>)[section]
      : undefined;
  const messages = useMemo(() => mergeMessages(table[locale], given), [table, locale, given]);
  return { messages, locale };
}
