import type { CoreMessages, Locale } from './types';

const ko: CoreMessages = {
  defaultOrderName: '정기결제 카드 등록',
  errors: {
    INVALID_PARAMS: '잘못된 요청입니다',
    SDK_LOAD_FAILED: '결제 모듈을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
    SDK_TIMEOUT: '결제 모듈을 제때 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
    BUSY: '이미 결제창이 열려 있습니다.',
    CANCELLED: '카드 등록을 취소했습니다.',
    PG_FAILED: '카드 등록에 실패했습니다.',
    VERIFY_FAILED: '카드 등록을 확인하지 못했습니다. 고객센터에 문의해 주세요.',
  },
};

const en: CoreMessages = {
  defaultOrderName: 'Card registration for subscription',
  errors: {
    INVALID_PARAMS: 'Invalid request',
    SDK_LOAD_FAILED: 'The payment module could not be loaded. Please try again shortly.',
    SDK_TIMEOUT: 'The payment module could not be loaded in time. Please try again shortly.',
    BUSY: 'A payment window is already open.',
    CANCELLED: 'Card registration was cancelled.',
    PG_FAILED: 'Card registration failed.',
    VERIFY_FAILED: 'Card registration could not be confirmed. Please contact support.',
  },
};

/** The request flow's messages per locale. */
export const CORE_MESSAGES: Record<Locale, CoreMessages> = { ko, en };
