import type { BillingKeyErrorCode } from './errors';

/** A language the library ships texts for. */
export type Locale = 'ko' | 'en';

/**
 * The request flow's own texts: the buyer-facing error messages and the default names sent to the window.
 * Every text is a full sentence for the buyer; developer details are added only in development builds.
 */
export interface CoreMessages {
  /** The `name` (v1) or `issueName` (v2) sent when the request has none. */
  defaultOrderName: string;
  /** The buyer-facing message of a {@link BillingKeyError}, per code. */
  errors: Record<BillingKeyErrorCode, string>;
  /**
   * Buyer-facing messages for `INVALID_PARAMS` on fields the buyer can fix (their e-mail, phone, name, the chosen
   * cards); other fields get `errors.INVALID_PARAMS`.
   */
  invalidFields: {
    'buyer.email': string;
    'buyer.tel': string;
    'buyer.name': string;
    cards: string;
  };
}

const ko: CoreMessages = {
  defaultOrderName: '정기결제 카드 등록',
  errors: {
    INVALID_PARAMS: '결제 요청 정보가 올바르지 않아 결제창을 열 수 없습니다. 고객센터에 문의해 주세요.',
    SDK_LOAD_FAILED: '결제 모듈을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
    SDK_TIMEOUT: '결제 모듈을 제때 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
    BUSY: '이미 결제창이 열려 있습니다. 열린 결제창을 먼저 마쳐 주세요.',
    CANCELLED: '카드 등록을 취소했습니다.',
    PG_FAILED: '카드 등록에 실패했습니다.',
    VERIFY_FAILED: '카드 등록을 확인하지 못했습니다. 고객센터에 문의해 주세요.',
  },
  invalidFields: {
    'buyer.email': '이메일 주소를 확인해 주세요.',
    'buyer.tel': '휴대폰 번호를 확인해 주세요.',
    'buyer.name': '구매자 이름을 확인해 주세요.',
    cards: '카드사를 하나 이상 선택해 주세요.',
  },
};

const en: CoreMessages = {
  defaultOrderName: 'Card registration for subscription',
  errors: {
    INVALID_PARAMS: 'The payment request is incomplete, so the payment window cannot open. Please contact support.',
    SDK_LOAD_FAILED: 'The payment module could not be loaded. Please try again shortly.',
    SDK_TIMEOUT: 'The payment module could not be loaded in time. Please try again shortly.',
    BUSY: 'A payment window is already open. Please finish it first.',
    CANCELLED: 'Card registration was cancelled.',
    PG_FAILED: 'Card registration failed.',
    VERIFY_FAILED: 'Card registration could not be confirmed. Please contact support.',
  },
  invalidFields: {
    'buyer.email': 'Please check your e-mail address.',
    'buyer.tel': 'Please check your phone number.',
    'buyer.name': 'Please check your name.',
    cards: 'Please select at least one card company.',
  },
};

/** The core texts per locale. */
export const CORE_MESSAGES: Readonly<Record<Locale, CoreMessages>> = { ko, en };

/**
 * One locale's texts for a lean provider (`LeanIamportProvider`, `LeanPortOneProvider`): the locale the components
 * speak and the request flow's texts, so a page carries one language's error messages instead of every locale's.
 */
export interface LocaleTexts {
  readonly locale: Locale;
  readonly core: CoreMessages;
}

/** Korean, for a lean provider's `texts`. */
export const KO_TEXTS: LocaleTexts = { locale: 'ko', core: ko };

/** English, for a lean provider's `texts`. */
export const EN_TEXTS: LocaleTexts = { locale: 'en', core: en };

/** The texts of a provider's `locale`: `EN_TEXTS` for `'en'`, `KO_TEXTS` for anything else (a JS caller may pass any value). */
export function textsFor(locale: unknown): LocaleTexts {
  return locale === 'en' ? EN_TEXTS : KO_TEXTS;
}

/** True for texts a provider can speak (a JS caller may pass anything). */
export function isLocaleTexts(texts: unknown): texts is LocaleTexts {
  if (typeof texts !== 'object' || texts === null) return false;
  const { locale, core } = texts as Partial<LocaleTexts>;
  return (locale === 'ko' || locale === 'en') && typeof core === 'object' && core !== null;
}

/** The locale's core texts; Korean for anything but `'en'` (a JS caller may pass any value). */
export function coreMessagesFor(locale: unknown): CoreMessages {
  return textsFor(locale).core;
}

/** Deep-partial overrides for a set of texts. */
export type MessageOverrides<T> = { [K in keyof T]?: T[K] extends string ? string : MessageOverrides<T[K]> };

/**
 * `base` with `overrides` laid over it, one level of nesting deep (the shape of every text section). Values that are
 * not strings or objects (a JS caller's mistake), and blank strings, are ignored, so a bad override cannot break
 * rendering or leave a button without a name.
 */
export function mergeMessages<T extends object>(base: T, overrides: unknown): T {
  if (typeof overrides !== 'object' || overrides === null) return base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    // A blank text is not one: a button would lose its name, an error its sentence for the buyer.
    if (typeof value === 'string' && value.trim() !== '' && typeof current === 'string') merged[key] = value;
    else if (isPlainObject(value) && isPlainObject(current)) merged[key] = mergeMessages(current, value);
  }
  return merged as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fills `{name}` placeholders; unknown placeholders stay as they are. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
