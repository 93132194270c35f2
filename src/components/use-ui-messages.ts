import { useMemo } from 'react';
import { mergeMessages, type Locale } from '../core/messages';
import { UI_MESSAGES, type UiMessages } from '../messages/ui-messages';
import { useBillingKeyUi } from '../react/ui-context';

/** The component texts in the provider's locale with its overrides; Korean outside a provider. */
export function useUiMessages(): { messages: UiMessages; locale: Locale } {
  const { locale, overrides } = useBillingKeyUi();
  const messages = useMemo(() => mergeMessages(UI_MESSAGES[locale], overrides), [locale, overrides]);
  return { messages, locale };
}

/** An amount in KRW as the locale writes it (`9,900`). Anything but a finite number is shown as given. */
export function formatAmount(amount: unknown, locale: Locale): string {
  return typeof amount === 'number' && Number.isFinite(amount)
    ? amount.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US')
    : String(amount);
}
