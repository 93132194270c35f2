import type { CoreMessages, Locale } from './types';

const ko: CoreMessages = {
  defaultOrderName: '정기결제 카드 등록',
  errors: {
    INVALID_PARAMS: '요청 값이 올바르지 않습니다',
    SDK_LOAD_FAILED: '결제 모듈을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
    SDK_TIMEOUT: '결제 모듈 응답이 늦어지고 있습니다. 잠시 후 다시 시도해 주세요.',
    BUSY: '이미 결제창이 열려 있습니다.',
    CANCELLED: '카드 등록을 취소했습니다.',
    PG_FAILED: '카드 등록에 실패했습니다.',
    VERIFY_FAILED: '카드 등록을 확인하지 못했습니다. 고객센터에 문의해 주세요.',
  },
  invalid: {
    required: '{field} 값이 필요합니다.',
    whitespace: '{field}에는 공백을 넣을 수 없습니다.',
    integer: '{field}은(는) 0 이상의 정수여야 합니다. (받은 값: {value})',
    positive: '{field}은(는) 이 PG에서 0보다 커야 합니다.',
    tooLong: '{field}은(는) {max}자 이하여야 합니다.',
    payMethod: '{field} "{value}"은(는) 이 PG에서 쓸 수 없습니다. 가능한 값: {allowed}',
    unknownPg: '{field} "{value}"은(는) 지원하지 않는 PG입니다. 가능한 값: {allowed}',
    reserved: '{field}은(는) 라이브러리가 직접 만드는 값이라 params로 넘길 수 없습니다.',
    cardsEmpty: '{field}이(가) 비어 있으면 모든 카드가 꺼집니다. 카드사를 하나 이상 고르세요.',
    cardCode: '{field}에 알 수 없는 카드사 코드 "{value}"가 있습니다.',
  },
};

const en: CoreMessages = {
  defaultOrderName: 'Card registration for subscription',
  errors: {
    INVALID_PARAMS: 'Invalid request',
    SDK_LOAD_FAILED: 'The payment module could not be loaded. Please try again shortly.',
    SDK_TIMEOUT: 'The payment module took too long to load. Please try again shortly.',
    BUSY: 'A payment window is already open.',
    CANCELLED: 'Card registration was cancelled.',
    PG_FAILED: 'Card registration failed.',
    VERIFY_FAILED: 'The card registration could not be confirmed. Please contact support.',
  },
  invalid: {
    required: '{field} is required.',
    whitespace: '{field} must not contain whitespace.',
    integer: '{field} must be an integer of 0 or more (got {value}).',
    positive: '{field} must be greater than 0 for this PG.',
    tooLong: '{field} must be at most {max} characters.',
    payMethod: '{field} "{value}" is not allowed for this PG. Allowed: {allowed}',
    unknownPg: '{field} "{value}" is not a supported PG. Supported: {allowed}',
    reserved: '{field} is built by the library and cannot be passed in params.',
    cardsEmpty: '{field} is empty, which would disable every card. Choose at least one card company.',
    cardCode: '{field} has an unknown card company code "{value}".',
  },
};

/** The request flow's messages per locale. */
export const CORE_MESSAGES: Record<Locale, CoreMessages> = { ko, en };
