import { afterEach, describe, expect, it } from 'vitest';
import { parseRedirectQuery, stripRedirectQuery } from '../../src/core/redirect-url';
import { claimRedirect, recordReported, REPORTED_STORAGE_KEY, resetRedirectClaims } from '../../src/core/redirect-reports';

afterEach(() => resetRedirectClaims());

describe('parseRedirectQuery', () => {
  it('reads every redirect key as a string, from a URL or a search string', () => {
    const expected = {
      imp_uid: 'imp_1',
      merchant_uid: 'mid_1',
      imp_success: 'false',
      error_code: 'F400',
      error_msg: '[결제포기] 사용자가 결제를 취소하셨습니다',
    };
    const search =
      '?plan=pro&imp_uid=imp_1&merchant_uid=mid_1&imp_success=false&error_code=F400&error_msg=%5B%EA%B2%B0%EC%A0%9C%ED%8F%AC%EA%B8%B0%5D+%EC%82%AC%EC%9A%A9%EC%9E%90%EA%B0%80+%EA%B2%B0%EC%A0%9C%EB%A5%BC+%EC%B7%A8%EC%86%8C%ED%95%98%EC%85%A8%EC%8A%B5%EB%8B%88%EB%8B%A4';
    expect(parseRedirectQuery(search)).toEqual(expected);
    expect(parseRedirectQuery(`https://shop.example/pay${search}#x`)).toEqual(expected);
  });

  it('reads the older `success` key too', () => {
    expect(parseRedirectQuery('?merchant_uid=m&success=true')).toEqual({ merchant_uid: 'm', success: 'true' });
  });

  it('returns null without a merchant_uid', () => {
    expect(parseRedirectQuery('https://shop.example/?imp_uid=imp_1&imp_success=true')).toBeNull();
    expect(parseRedirectQuery('?merchant_uid=')).toBeNull();
    expect(parseRedirectQuery('https://shop.example/')).toBeNull();
  });
});

describe('stripRedirectQuery', () => {
  it('removes the library keys and keeps the merchant keys exactly, and the hash', () => {
    expect(stripRedirectQuery('https://shop.example/pay?plan=pro&imp_uid=i&merchant_uid=m&imp_success=true&ref=a%20b#top')).toBe(
      'https://shop.example/pay?plan=pro&ref=a%20b#top',
    );
  });

  it('drops the `?` when nothing else is left, and leaves other URLs alone', () => {
    expect(stripRedirectQuery('https://shop.example/pay?imp_uid=i&merchant_uid=m&success=false&error_code=E&error_msg=x')).toBe(
      'https://shop.example/pay',
    );
    expect(stripRedirectQuery('https://shop.example/pay?flag&plan=pro')).toBe('https://shop.example/pay?flag&plan=pro');
  });
});

describe('reported-once record', () => {
  it('claims an id once per load, and once across loads after it is recorded', () => {
    expect(claimRedirect('m1 i1')).toBe(true);
    expect(claimRedirect('m1 i1')).toBe(false);
    expect(claimRedirect('m2 i2')).toBe(true);
    resetRedirectClaims(); // a reload before the report: claimable again
    expect(claimRedirect('m1 i1')).toBe(true);
    recordReported('m1 i1');
    resetRedirectClaims(); // a reload after the report
    expect(claimRedirect('m1 i1')).toBe(false);
  });

  it('expires recorded ids after a day', () => {
    const day = 24 * 60 * 60 * 1000;
    recordReported('old', 1_000);
    expect(claimRedirect('old', 1_000 + day - 1)).toBe(false);
    resetRedirectClaims();
    expect(claimRedirect('old', 1_000 + day)).toBe(true);
  });

  it('ignores a corrupt record', () => {
    window.sessionStorage.setItem(REPORTED_STORAGE_KEY, '{not json');
    expect(claimRedirect('m i')).toBe(true);
    recordReported('m i');
    expect(JSON.parse(window.sessionStorage.getItem(REPORTED_STORAGE_KEY)!)).toHaveProperty(['m i']);
  });
});
