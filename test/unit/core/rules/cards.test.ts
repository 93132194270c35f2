import { describe, expect, it } from 'vitest';
import { CARD_COMPANIES } from '../../../../src';
import { DOMESTIC_CARD_CODES, isCardCode, OVERSEAS_CARD_CODES } from '../../../../src/core';

describe('CARD_COMPANIES', () => {
  it('has one row per code, in the order of the code lists, with its names', () => {
    expect(CARD_COMPANIES.map((c) => c.code)).toEqual([...DOMESTIC_CARD_CODES, ...OVERSEAS_CARD_CODES]);
    expect(CARD_COMPANIES.every((c) => c.ko.length > 0 && c.en.length > 0)).toBe(true);
    // Spot-check both ends of each list.
    expect(CARD_COMPANIES[0]).toEqual({ code: '361', ko: 'BC카드', en: 'BC Card', overseas: false });
    expect(CARD_COMPANIES.find((c) => c.code === '090')).toEqual({
      code: '090',
      ko: '카카오뱅크',
      en: 'KakaoBank',
      overseas: false,
    });
    expect(CARD_COMPANIES.find((c) => c.code === 'VIS')).toEqual({ code: 'VIS', ko: '비자', en: 'Visa', overseas: true });
    expect(CARD_COMPANIES.at(-1)).toEqual({ code: 'UNI', ko: '유니온페이', en: 'UnionPay', overseas: true });
  });
});

describe('the code lists', () => {
  it("are PortOne v1's 20 domestic codes (Woori is 041) and the 6 overseas brands", () => {
    expect(DOMESTIC_CARD_CODES).toHaveLength(20);
    expect(DOMESTIC_CARD_CODES).toContain('041');
    expect(OVERSEAS_CARD_CODES).toEqual(['VIS', 'MAS', 'DIN', 'AMX', 'JCB', 'UNI']);
  });

  it.each([undefined, null, 41, '41', 'woori', '', {}, ['361']])('isCardCode(%j) is false, without throwing', (value) => {
    expect(isCardCode(value)).toBe(false);
  });
});
