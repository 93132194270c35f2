/** The simulated window's own words (its notices come from the components' texts). */
export const WINDOW_TEXT = {
  ko: {
    title: '{pg} 결제창 (테스트)',
    pg: 'PG',
    amount: '결제창 표시 금액',
    charge: '결제',
    payMethod: '결제수단',
    buyerChooses: '구매자가 선택',
    nothingCharged: '결제되지 않고 결제수단만 등록됩니다.',
    approve: '승인',
    decline: '거절',
    cancel: '취소',
  },
  en: {
    title: '{pg} payment window (test)',
    pg: 'PG',
    amount: 'Amount shown',
    charge: 'Charge',
    payMethod: 'Pay method',
    buyerChooses: 'chosen by the buyer',
    nothingCharged: 'Nothing is charged; the payment method is only registered.',
    approve: 'Approve',
    decline: 'Decline',
    cancel: 'Cancel',
  },
} as const;
