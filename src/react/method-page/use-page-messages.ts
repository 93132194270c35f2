import { useMemo } from 'react';
import { mergeMessages, type Locale } from '../../core/vocabulary/core-messages';
import { PAGE_MESSAGES, type PageMessages } from '../../texts/page-messages';
import { useBillingKeyUi } from '../ui-context';

/** The payment-method page's texts in the provider's locale with its overrides; Korean outside a provider. */
export function usePageMessages(): { messages: PageMessages; locale: Locale } {
  const { locale, overrides } = useBillingKeyUi();
  const messages = useMemo(() => mergeMessages(PAGE_MESSAGES[locale] ?? PAGE_MESSAGES.ko, overrides), [locale, overrides]);
  return { messages, locale };
}
