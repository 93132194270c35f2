import { useContext, useMemo } from 'react';
import { IamportContext } from '../react/context';
import { UI_MESSAGES } from '../i18n/ui-messages';
import { mergeMessages, type MessageOverrides } from '../i18n/types';
import type { UiMessages } from '../i18n/ui-types';
import type { Locale } from '../i18n/types';

/** The component messages in the provider's locale with its overrides; Korean outside a provider. */
export function useUiMessages(): { messages: UiMessages; locale: Locale } {
  const context = useContext(IamportContext);
  const locale = context?.locale ?? 'ko';
  const overrides = context?.messages as MessageOverrides<UiMessages> | undefined;
  const messages = useMemo(() => mergeMessages(UI_MESSAGES[locale] ?? UI_MESSAGES.ko, overrides), [locale, overrides]);
  return { messages, locale };
}
