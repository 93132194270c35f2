import type { Locale } from '../core/vocabulary/core-messages';

/**
 * Texts of the payment-method page (`BillingKeyCheckout`, `BillingMethodPicker`, `RecurringConsent`,
 * `SavedPaymentMethods`), in their own module so a page with only `BillingKeyButton` does not carry them. `{method}`
 * is a method's name, `{date}` a date as the locale writes it.
 */
export interface PageMessages {
  methodPicker: {
    /** The radio group's name. */
    legend: string;
    /** Default names of methods by what they pay with (an easy-pay PG is named by its brand instead). */
    card: string;
    phone: string;
    transfer: string;
    easyPay: string;
  };
  checkout: {
    /** The register button's label for the chosen method. */
    register: string;
    /** Shown when `methods` offers nothing to choose. */
    noMethods: string;
    /** Shown instead of PayPal's button while a required consent is not ticked. */
    payPalNeedsConsent: string;
  };
  consent: {
    /** The checkbox's label before the merchant's terms. */
    agree: string;
    required: string;
    optional: string;
    /** Why the register button is disabled (shown and announced). */
    reason: string;
  };
  savedMethods: {
    heading: string;
    loading: string;
    empty: string;
    loadFailed: string;
    retry: string;
    default: string;
    issuedAt: string;
    remove: string;
    replace: string;
    /** The remove button's accessible name: the method is named. */
    removeLabel: string;
    replaceLabel: string;
    working: string;
    confirmTitle: string;
    confirmBody: string;
    confirmRemove: string;
    cancel: string;
    replaceHeading: string;
    replaceCancel: string;
    removed: string;
    removeFailed: string;
    replaced: string;
    replaceCancelled: string;
    replaceFailed: string;
    oldKept: string;
  };
}

const ko: PageMessages = {
  methodPicker: { legend: '결제수단', card: '카드', phone: '휴대폰', transfer: '계좌이체', easyPay: '간편결제' },
  checkout: {
    register: '{method} 등록하기',
    noMethods: '지금 등록할 수 있는 결제수단이 없습니다.',
    payPalNeedsConsent: '정기결제에 동의하면 PayPal 버튼이 나타납니다.',
  },
  consent: {
    agree: '정기결제에 동의합니다',
    required: '(필수)',
    optional: '(선택)',
    reason: '정기결제에 동의해야 결제수단을 등록할 수 있습니다.',
  },
  savedMethods: {
    heading: '등록된 결제수단',
    loading: '등록된 결제수단을 불러오는 중…',
    empty: '등록된 결제수단이 없습니다.',
    loadFailed: '등록된 결제수단을 불러오지 못했습니다.',
    retry: '다시 불러오기',
    default: '기본',
    issuedAt: '{date} 등록',
    remove: '삭제',
    replace: '변경',
    removeLabel: '{method} 삭제',
    replaceLabel: '{method} 변경',
    working: '처리 중…',
    confirmTitle: '결제수단을 삭제할까요?',
    confirmBody: '{method}: 삭제하면 이 결제수단으로 더 이상 결제되지 않습니다.',
    confirmRemove: '삭제하기',
    cancel: '취소',
    replaceHeading: '{method} 대신 등록할 결제수단',
    replaceCancel: '변경 취소',
    removed: '삭제했습니다: {method}',
    removeFailed: '삭제하지 못했습니다: {method}. 결제수단은 그대로 있습니다. 잠시 후 다시 시도해 주세요.',
    replaced: '새 결제수단으로 바꿨습니다. 이전 결제수단({method})은 삭제했습니다.',
    replaceCancelled: '결제수단 변경을 취소했습니다. {method}은 그대로 있습니다.',
    replaceFailed: '새 결제수단을 등록하지 못했습니다. {method}은 그대로 있습니다.',
    oldKept: '새 결제수단을 등록했지만 {method}을 삭제하지 못했습니다. 두 결제수단이 모두 남아 있습니다.',
  },
};

const en: PageMessages = {
  methodPicker: { legend: 'Payment method', card: 'Card', phone: 'Phone', transfer: 'Bank transfer', easyPay: 'Easy pay' },
  checkout: {
    register: 'Register {method}',
    noMethods: 'No payment method can be registered right now.',
    payPalNeedsConsent: 'The PayPal button appears once you agree to recurring payments.',
  },
  consent: {
    agree: 'I agree to recurring payments',
    required: '(required)',
    optional: '(optional)',
    reason: 'Agree to recurring payments to register a payment method.',
  },
  savedMethods: {
    heading: 'Saved payment methods',
    loading: 'Loading your saved payment methods…',
    empty: 'You have no saved payment methods.',
    loadFailed: 'Your saved payment methods could not be loaded.',
    retry: 'Try again',
    default: 'Default',
    issuedAt: 'Added {date}',
    remove: 'Remove',
    replace: 'Replace',
    removeLabel: 'Remove {method}',
    replaceLabel: 'Replace {method}',
    working: 'Working…',
    confirmTitle: 'Remove this payment method?',
    confirmBody: '{method}: once removed, it is no longer charged.',
    confirmRemove: 'Remove',
    cancel: 'Cancel',
    replaceHeading: 'New payment method instead of {method}',
    replaceCancel: 'Cancel replacing',
    removed: 'Removed: {method}',
    removeFailed: 'Could not remove {method}. It is still saved. Please try again shortly.',
    replaced: 'Your new payment method is saved, and {method} was removed.',
    replaceCancelled: 'Replacing was cancelled. {method} is still saved.',
    replaceFailed: 'The new payment method could not be registered. {method} is still saved.',
    oldKept: 'Your new payment method is saved, but {method} could not be removed. Both are still saved.',
  },
};

/** The payment-method page's texts per locale. */
export const PAGE_MESSAGES: Readonly<Record<Locale, PageMessages>> = { ko, en };
