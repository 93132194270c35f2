import { describe, expect, it } from 'vitest';
import { CARD_COMPANIES, DOMESTIC_CARD_CODES, OVERSEAS_CARD_CODES } from '../../src';

describe('CARD_COMPANIES', () => {
  it('has one row per code, in the order of the code lists, with its names', () => {
    expect(CARD_COMPANIES.map((c) => c.code)).toEqual([...DOMESTIC_CARD_CODES, ...OVERSEAS_CARD_CODES]);
    expect(CARD_COMPANIES.every((c) => c.ko !== '' && c.en !== '')).toBe(true);
    // The names are listed apart from the codes: spot-check both ends of each list.
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
