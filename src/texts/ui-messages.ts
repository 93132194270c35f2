import type { Locale } from '../core/vocabulary/core-messages';
import * as ko from './ko';
import * as en from './en';
import type { UiMessages } from './messages';

export type { UiMessages };

// One table per component, so that a page carries the texts of the components it shows (a button page no card filter
// texts); UI_MESSAGES gathers them for the test kit and stories.

/** `BillingKeyButton`'s texts per locale. */
export const BUTTON_MESSAGES: Readonly<Record<Locale, UiMessages['button']>> = { ko: ko.button, en: en.button };

/** The notices' texts per locale (`PgNotice`, a button's notice). */
export const NOTICE_MESSAGES: Readonly<Record<Locale, UiMessages['notice']>> = { ko: ko.notice, en: en.notice };

/** `CardFilter`'s texts per locale. */
export const CARD_FILTER_MESSAGES: Readonly<Record<Locale, UiMessages['cardFilter']>> = {
  ko: ko.cardFilter,
  en: en.cardFilter,
};

/** Component texts per locale. */
export const UI_MESSAGES: Readonly<Record<Locale, UiMessages>> = {
  ko: { button: ko.button, notice: ko.notice, cardFilter: ko.cardFilter },
  en: { button: en.button, notice: en.notice, cardFilter: en.cardFilter },
};
