import { describe, expect, it } from 'vitest';
import { getPgRule, type IamportResponse } from '../../../../src';
import { toOutcome } from '../../../../src/core';
import { CORE_MESSAGES } from '../../../../src/core/vocabulary/core-messages';

const request = (pg: string, amount: number) => ({ pg, amount, merchantUid: 'm_1', customerUid: 'c_1', rule: getPgRule(pg)! });
const outcome = (response: IamportResponse, pg = 'jtnet', amount = 0) =>
  toOutcome(response, request(pg, amount), CORE_MESSAGES.en);

describe('toOutcome', () => {
  it('treats the current SDK shape (no success field, no error_code) as success', () => {
    const result = outcome({ imp_uid: 'imp_1', merchant_uid: 'm_1', error_code: null, error_msg: null });
    expect(result).toMatchObject({
      status: 'success',
      result: { customerUid: 'c_1', impUid: 'imp_1', merchantUid: 'm_1', verified: false },
    });
  });

  it.each<[string, IamportResponse]>([
    ['error_code', { imp_uid: null, merchant_uid: 'm_1', error_code: 'F1002', error_msg: '한도초과' }],
    ['legacy success: false', { success: false, error_msg: '카드 승인 실패' }],
    ['mobile imp_success: false', { imp_success: false }],
    ["mobile imp_success: 'false'", { imp_success: 'false' }],
    ["success: 'false'", { success: 'false' }],
  ])('treats %s as a PG failure', (_label, response) => {
    const result = outcome(response);
    expect(result.status).toBe('failure');
    if (result.status === 'failure') {
      expect(result.error.code).toBe('PG_FAILED');
      expect(result.error.response).toBe(response);
    }
  });

  it.each(['[결제포기] 사용자가 결제를 취소하셨습니다', '사용자가 결제를 취소', 'User cancelled the payment'])(
    'treats "%s" as CANCELLED',
    (msg) => {
      const result = outcome({ success: false, error_msg: msg });
      expect(result.status === 'failure' && result.error.code).toBe('CANCELLED');
    },
  );

  it.each([
    ['legacy success: true', { success: true, imp_uid: 'imp_2' }],
    ["mobile imp_success: 'true'", { imp_success: 'true', imp_uid: 'imp_2' }],
  ])('treats %s as success', (_label, response) => {
    expect(outcome(response).status).toBe('success');
  });

  it('sets charged from the rules table', () => {
    const charged = (pg: string, amount: number) => {
      const result = outcome({ imp_uid: 'i' }, pg, amount);
      return result.status === 'success' && result.result.charged;
    };
    expect(charged('jtnet', 1004)).toBe(true);
    expect(charged('jtnet', 0)).toBe(false);
    expect(charged('html5_inicis.INIBillTst', 1004)).toBe(false);
    expect(charged('danal_tpay', 1004)).toBe(true);
    expect(charged('danal_tpay', 0)).toBe(false);
  });

  it('fails a missing response', () => {
    expect(toOutcome(undefined, request('jtnet', 0), CORE_MESSAGES.en).status).toBe('failure');
  });
});
