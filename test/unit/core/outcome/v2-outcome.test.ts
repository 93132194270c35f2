import { describe, expect, it } from 'vitest';
import {
  getV2PgRule,
  rejectionToV2Outcome,
  toV2Outcome,
  type IssueBillingKeyResponse,
  type V2OutcomeRequest,
} from '../../../../src/core';
import { CORE_MESSAGES } from '../../../../src/core/vocabulary/core-messages';

const messages = CORE_MESSAGES.ko;
const request = (pg = 'tosspayments'): V2OutcomeRequest => ({ pg, issueId: 'issue_1', rule: getV2PgRule(pg) });
const outcome = (response: unknown, pg?: string) => toV2Outcome(response, request(pg), messages);
const failed = (result: ReturnType<typeof outcome>) => {
  if (result.status !== 'failure') throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  return result.error;
};

describe('toV2Outcome', () => {
  it('a billingKey without code is a success with the key, the request’s issueId and pg', () => {
    const response = { transactionType: 'ISSUE_BILLING_KEY', billingKey: 'billing-key-0192' };
    expect(outcome(response)).toEqual({
      status: 'success',
      result: {
        billingKey: 'billing-key-0192',
        issueId: 'issue_1',
        pg: 'tosspayments',
        verified: false,
        needsConfirmation: false,
        billingIssueToken: null,
        charged: false,
        payment: null,
        response,
      },
    });
  });

  it.each<[string, IssueBillingKeyResponse, string, string]>([
    [
      'code with the PG’s code and words',
      {
        transactionType: 'ISSUE_BILLING_KEY',
        code: 'FAILURE_TYPE_PG',
        message: '[PG] 한도 초과',
        pgCode: 'F1',
        pgMessage: '한도 초과',
      },
      'F1',
      '한도 초과',
    ],
    ['code and message only', { code: 'PGProviderError', message: '카드사 응답 없음' }, 'PGProviderError', '카드사 응답 없음'],
    [
      'code even with a billingKey',
      { code: 'FAILURE_TYPE_PG', message: '실패', billingKey: 'billing-key-1' },
      'FAILURE_TYPE_PG',
      '실패',
    ],
  ])('%s → PG_FAILED keeping pgCode / pgMessage and the response', (_label, response, pgCode, pgMessage) => {
    const error = failed(outcome(response));
    expect(error).toMatchObject({ code: 'PG_FAILED', pgCode, pgMessage, response });
    expect(error.message).toBe(`${messages.errors.PG_FAILED} (${pgMessage})`);
  });

  it.each<[string, IssueBillingKeyResponse]>([
    ['Toss’s cancel code as pgCode', { code: 'FAILURE_TYPE_PG', message: '결제를 취소했습니다', pgCode: 'PAY_PROCESS_CANCELED' }],
    ['the buyer’s words in pgMessage', { code: 'FAILURE_TYPE_PG', pgCode: '3001', pgMessage: '사용자가 결제를 취소하였습니다.' }],
    ['the buyer’s words in message', { code: 'FAILURE_TYPE_PG', message: '[결제포기] 사용자가 결제를 취소하셨습니다' }],
    ['a cancel code as code', { code: 'USER_CANCEL', message: 'closed' }],
  ])('%s → CANCELLED', (_label, response) => {
    expect(failed(outcome(response))).toMatchObject({ code: 'CANCELLED', response, message: messages.errors.CANCELLED });
  });

  it('FAILURE_TYPE_PG alone is not a cancellation', () => {
    expect(failed(outcome({ code: 'FAILURE_TYPE_PG', message: '카드 인증 실패' })).code).toBe('PG_FAILED');
  });

  it('Naver Pay’s pgMessage reaches the buyer unmodified', () => {
    const pgMessage = '네이버페이 결제 한도를 초과했습니다. (고객센터 1588-3819)';
    const error = failed(outcome({ code: 'FAILURE_TYPE_PG', message: 'PG 오류', pgCode: 'E1', pgMessage }, 'naverpay'));
    expect(error.message).toBe(pgMessage);
    expect(error.pgMessage).toBe(pgMessage);
  });

  it('NEEDS_CONFIRMATION with a token is a success to confirm: billingKey null, never the placeholder', () => {
    const response = { transactionType: 'ISSUE_BILLING_KEY', billingKey: 'NEEDS_CONFIRMATION', billingIssueToken: 'token-1' };
    const result = outcome(response);
    expect(result).toEqual({
      status: 'success',
      result: expect.objectContaining({
        billingKey: null,
        needsConfirmation: true,
        billingIssueToken: 'token-1',
        verified: false,
        response,
      }) as unknown,
    });
  });

  it('NEEDS_CONFIRMATION without its token cannot be confirmed: PG_FAILED', () => {
    expect(failed(outcome({ billingKey: 'NEEDS_CONFIRMATION' })).code).toBe('PG_FAILED');
  });

  it.each([null, undefined, 'ok', 42, {}, { transactionType: 'ISSUE_BILLING_KEY' }, { billingKey: '' }, { code: '' }])(
    'an answer without a key or a code (%j) is PG_FAILED, never a success',
    (response) => {
      const error = failed(outcome(response));
      expect(error.code).toBe('PG_FAILED');
      expect(error.response).toBe(response);
    },
  );
});

describe('rejectionToV2Outcome', () => {
  const portOneError = (fields: Record<string, unknown>) =>
    Object.assign(new Error(String(fields.message ?? '')), { __portOneErrorType: 'IssueBillingKeyError', ...fields });

  it('a PortOne error keeps its code and message (PG_FAILED)', () => {
    const error = portOneError({ code: 'ChannelNotFound', message: '채널을 찾을 수 없습니다' });
    expect(rejectionToV2Outcome(error, request(), messages)).toEqual({
      status: 'failure',
      error: expect.objectContaining({
        code: 'PG_FAILED',
        pgCode: 'ChannelNotFound',
        pgMessage: '채널을 찾을 수 없습니다',
        response: error,
      }) as unknown,
    });
  });

  it('a PortOne error with the PG’s fields and a cancellation → CANCELLED', () => {
    const error = portOneError({ code: 'PGProviderError', message: 'x', pgCode: 'USER_CANCEL', pgMessage: '사용자 취소' });
    const result = rejectionToV2Outcome(error, request(), messages);
    expect(result.status === 'failure' && result.error).toMatchObject({ code: 'CANCELLED', pgCode: 'USER_CANCEL' });
  });

  it.each([new Error('[PortOne] Failed to load window.PortOne'), new TypeError('x is not a function'), 'boom', undefined])(
    'anything else (%s) is PG_FAILED carrying it',
    (thrown) => {
      const result = rejectionToV2Outcome(thrown, request(), messages);
      expect(result.status === 'failure' && result.error).toMatchObject({
        code: 'PG_FAILED',
        message: messages.errors.PG_FAILED,
      });
      if (thrown !== undefined) expect(result.status === 'failure' && result.error.response).toBe(thrown);
    },
  );
});
