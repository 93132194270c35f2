import type { PageMessages, PayPalMessages, UiMessages } from './messages';

// Korean texts of the components, one export per component: a page carries the texts of the components it shows (a
// bundler drops the exports nothing imports). Each component's table (ui-messages.ts…) pairs them with the other locale's.

/** `BillingKeyButton`'s texts. */
export const button: UiMessages['button'] = {
  label: '카드 등록하기',
  loading: '결제 모듈 불러오는 중…',
  pending: '결제창에서 진행 중…',
  verifying: '카드 등록 확인 중…',
};

/** The notices (`PgNotice`, a button's notice), one per notice kind. */
export const notice: UiMessages['notice'] = {
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

/** `CardFilter`'s texts. */
export const cardFilter: UiMessages['cardFilter'] = {
  legend: '사용할 카드사',
  selectAll: '전체 선택',
  clear: '선택 해제',
  noneSelected: '카드사를 하나 이상 선택해 주세요.',
  overseas: '해외 카드',
  keyboardHint: '화살표 키로 카드사를 옮겨 다니고 스페이스 키로 선택합니다.',
};

/** The payment-method page (`BillingKeyCheckout`, `BillingMethodPicker`, `RecurringConsent`, `SavedPaymentMethods`). */
export const page: PageMessages = {
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

/** What `PayPalBillingButton` says around PayPal's own button. */
export const payPal: PayPalMessages['paypal'] = {
  label: 'PayPal로 결제수단 등록',
  loading: 'PayPal 버튼 불러오는 중…',
  verifying: 'PayPal 등록 확인 중…',
};
