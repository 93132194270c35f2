import type { Locale } from '../core/vocabulary/core-messages';

/**
 * Labels and notices the components show (the request flow's texts are `CoreMessages`). Notices may use `{amount}`: the
 * amount with its currency, as the locale writes it (`9,900원`, `9,900 KRW`, `US$10.00`).
 */
export interface UiMessages {
  button: {
    /** The button's label when it has no children. */
    label: string;
    /** Shown (and announced) while the SDK loads. */
    loading: string;
    /** Shown (and announced) while the PG window is open. */
    pending: string;
    /** Shown (and announced) while the merchant's server verifies the key. */
    verifying: string;
  };
  /** One text per notice kind (`PgNoticeItem.kind`). */
  notice: {
    testCharge: string;
    displayOnly: string;
    windowShowsAmount: string;
    chargedNow: string;
    sameAmountMonthly: string;
    monthlyChargeCap: string;
    payMethodChosenByBuyer: string;
    identityVerification: string;
    nothingChargedNow: string;
    mayStayPending: string;
  };
  cardFilter: {
    legend: string;
    selectAll: string;
    clear: string;
    /** Shown when no card company is selected. */
    noneSelected: string;
    /** Caption of the overseas brands. */
    overseas: string;
    /** How to move between companies with the keyboard (read by screen readers). */
    keyboardHint: string;
  };
}

const koButton: UiMessages['button'] = {
  label: '카드 등록하기',
  loading: '결제 모듈 불러오는 중…',
  pending: '결제창에서 진행 중…',
  verifying: '카드 등록 확인 중…',
};

const koNotice: UiMessages['notice'] = {
  testCharge: '카드 확인을 위해 {amount}이 결제되었다가 약 30분 뒤 자동으로 취소됩니다.',
  displayOnly: '결제창에 표시되는 {amount}은 지금 결제되지 않습니다. 카드 등록 후에 결제됩니다.',
  windowShowsAmount: '결제창에 {amount}이 표시되지만 실제로 결제되지 않고 카드만 등록됩니다.',
  chargedNow: '결제수단 등록과 함께 {amount}이 지금 결제됩니다.',
  sameAmountMonthly: '이후 결제는 매달 같은 날, 같은 금액으로 청구됩니다.',
  monthlyChargeCap: '등록한 결제수단은 한 달에 결제할 수 있는 횟수에 제한이 있습니다.',
  payMethodChosenByBuyer: '결제수단은 결제창에서 직접 고르며, 이후 결제에도 같은 결제수단이 쓰입니다.',
  identityVerification: '처음 등록할 때 휴대폰 본인인증을 거칩니다.',
  nothingChargedNow: '지금은 결제되지 않고 결제수단만 등록됩니다.',
  mayStayPending: '첫 결제는 바로 승인되지 않고 잠시 뒤 확정될 수 있습니다. 확정되면 알려 드립니다.',
};

const koCardFilter: UiMessages['cardFilter'] = {
  legend: '사용할 카드사',
  selectAll: '전체 선택',
  clear: '선택 해제',
  noneSelected: '카드사를 하나 이상 선택해 주세요.',
  overseas: '해외 카드',
  keyboardHint: '화살표 키로 카드사를 옮겨 다니고 스페이스 키로 선택합니다.',
};

const enButton: UiMessages['button'] = {
  label: 'Register card',
  loading: 'Loading payment module…',
  pending: 'Continue in the payment window…',
  verifying: 'Confirming your card…',
};

const enNotice: UiMessages['notice'] = {
  testCharge: 'To check your card, {amount} is charged and automatically cancelled about 30 minutes later.',
  displayOnly: 'The {amount} shown in the payment window is not charged now but after your card is registered.',
  windowShowsAmount: 'The payment window shows {amount}, but nothing is charged: only your card is registered.',
  chargedNow: '{amount} is charged now, together with registering your payment method.',
  sameAmountMonthly: 'Later payments are charged the same amount on the same day each month.',
  monthlyChargeCap: 'A registered payment method can be charged only a limited number of times per month.',
  payMethodChosenByBuyer: 'You choose the payment method in the payment window, and later payments use the same one.',
  identityVerification: 'The first registration includes identity verification by phone.',
  nothingChargedNow: 'Nothing is charged now; your payment method is only registered.',
  mayStayPending: 'The first payment may not be approved at once but confirmed a little later; you will be told when it is.',
};

const enCardFilter: UiMessages['cardFilter'] = {
  legend: 'Card companies',
  selectAll: 'Select all',
  clear: 'Clear',
  noneSelected: 'Select at least one card company.',
  overseas: 'Overseas cards',
  keyboardHint: 'Use the arrow keys to move between card companies and Space to select one.',
};

// One table per component, so that a page carries the texts of the components it shows (a button page no card filter
// texts); UI_MESSAGES gathers them for the test kit and stories.

/** `BillingKeyButton`'s texts per locale. */
export const BUTTON_MESSAGES: Readonly<Record<Locale, UiMessages['button']>> = { ko: koButton, en: enButton };

/** The notices' texts per locale (`PgNotice`, a button's notice). */
export const NOTICE_MESSAGES: Readonly<Record<Locale, UiMessages['notice']>> = { ko: koNotice, en: enNotice };

/** `CardFilter`'s texts per locale. */
export const CARD_FILTER_MESSAGES: Readonly<Record<Locale, UiMessages['cardFilter']>> = {
  ko: koCardFilter,
  en: enCardFilter,
};

/** Component texts per locale. */
export const UI_MESSAGES: Readonly<Record<Locale, UiMessages>> = {
  ko: { button: koButton, notice: koNotice, cardFilter: koCardFilter },
  en: { button: enButton, notice: enNotice, cardFilter: enCardFilter },
};
