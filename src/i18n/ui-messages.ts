import type { Locale } from './types';
import type { UiMessages } from './ui-types';

const ko: UiMessages = {
  button: {
    label: '카드 등록하기',
    loading: '결제 모듈 불러오는 중…',
    pending: '결제창에서 진행 중…',
    verifying: '카드 등록 확인 중…',
  },
  notice: {
    testCharge: '카드 확인을 위해 {amount}원이 결제되었다가 약 30분 뒤 자동으로 취소됩니다.',
    displayOnly: '결제창에 표시되는 {amount}원은 지금 결제되지 않습니다. 카드 등록 후에 결제됩니다.',
    sameAmountMonthly: '이후 결제는 매달 같은 날, 같은 금액으로 청구됩니다.',
    monthlyChargeCap: '카카오페이는 한 달 결제 횟수에 제한이 있습니다.',
    payMethodChosenByBuyer: '카카오페이 앱에서 고른 결제수단(카드 또는 카카오머니)으로 이후에도 결제됩니다.',
  },
  cardFilter: {
    legend: '사용할 카드사',
    selectAll: '전체 선택',
    clear: '선택 해제',
    noneSelected: '카드사를 하나 이상 선택해 주세요.',
    overseas: '해외 카드',
  },
};

const en: UiMessages = {
  button: {
    label: 'Register card',
    loading: 'Loading payment module…',
    pending: 'Continue in the payment window…',
    verifying: 'Confirming your card…',
  },
  notice: {
    testCharge: 'To check your card, {amount} KRW is charged and automatically cancelled about 30 minutes later.',
    displayOnly: 'The {amount} KRW shown in the payment window is not charged now but after your card is registered.',
    sameAmountMonthly: 'Later payments are charged the same amount on the same day each month.',
    monthlyChargeCap: 'Kakao Pay limits how many times a registered payment method can be charged per month.',
    payMethodChosenByBuyer:
      'The payment method you choose in the Kakao Pay app (card or Kakao Money) is used for later payments too.',
  },
  cardFilter: {
    legend: 'Card companies',
    selectAll: 'Select all',
    clear: 'Clear',
    noneSelected: 'Select at least one card company.',
    overseas: 'Overseas cards',
  },
};

/** Component messages per locale. */
export const UI_MESSAGES: Record<Locale, UiMessages> = { ko, en };
