import { useMemo } from 'react';
import { mergeMessages, type Locale } from '../core/vocabulary/core-messages';
import { UI_MESSAGES, type UiMessages } from '../messages/ui-messages';
import { useBillingKeyUi } from '../react/ui-context';

/** The component texts in the provider's locale with its overrides; Korean outside a provider. */
export function useUiMessages(): { messages: UiMessages; locale: Locale } {
  const { locale, overrides } = useBillingKeyUi();
  const messages = useMemo(() => mergeMessages(UI_MESSAGES[locale], overrides), [locale, overrides]);
  return { messages, locale };
}
