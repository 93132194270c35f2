import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createIamportReturn,
  CORE_MESSAGES,
  defaultRedirectUrl,
  readQueryKeys,
  stripQueryKeys,
  STORAGE_KEYS,
} from '../../../../src/core';
import {
  claimRedirect,
  recordReported,
  releaseRedirectClaims,
  resetRedirectClaims,
} from '../../../../src/core/page/redirect-claims';

const V1_KEYS = ['imp_uid', 'merchant_uid', 'imp_success', 'success', 'error_code', 'error_msg'];
const returns = createIamportReturn({});
const read = (url: string) => returns.readRedirect(url, CORE_MESSAGES.en);

afterEach(() => {
  resetRedirectClaims();
  vi.useRealTimers();
});

describe('readQueryKeys', () => {
  const cancelled =
    '%5B%EA%B2%B0%EC%A0%9C%ED%8F%AC%EA%B8%B0%5D+%EC%82%AC%EC%9A%A9%EC%9E%90%EA%B0%80+%EA%B2%B0%EC%A0%9C%EB%A5%BC+%EC%B7%A8%EC%86%8C%ED%95%98%EC%85%A8%EC%8A%B5%EB%8B%88%EB%8B%A4';
  const expected = {
    imp_uid: 'imp_1',
    merchant_uid: 'mid_1',
    imp_success: 'false',
    error_code: 'F400',
    error_msg: '[결제포기] 사용자가 결제를 취소하셨습니다',
  };

  it('reads every key as a decoded string from the query string', () => {
    const search = `?plan=pro&imp_uid=imp_1&merchant_uid=mid_1&imp_success=false&error_code=F400&error_msg=${cancelled}`;
    expect(readQueryKeys(`https://shop.example/pay${search}#x`, V1_KEYS)).toEqual(expected);
  });

  it('reads a query inside the hash (hash-routed apps), and prefers the query string', () => {
    const hashQuery = `imp_uid=imp_1&merchant_uid=mid_1&imp_success=false&error_code=F400&error_msg=${cancelled}`;
    expect(readQueryKeys(`https://shop.example/app/#/settings/billing?${hashQuery}`, V1_KEYS)).toEqual(expected);
    expect(readQueryKeys('https://shop.example/app/?merchant_uid=a#/x?merchant_uid=b&imp_uid=i', V1_KEYS)).toEqual({
      merchant_uid: 'a',
      imp_uid: 'i',
    });
  });
});

describe('stripQueryKeys and the default m_redirect_url', () => {
  it('removes the library keys and keeps the merchant keys exactly, and the hash', () => {
    expect(
      stripQueryKeys('https://shop.example/pay?plan=pro&imp_uid=i&merchant_uid=m&imp_success=true&ref=a%20b#top', V1_KEYS),
    ).toBe('https://shop.example/pay?plan=pro&ref=a%20b#top');
  });

  it('drops the `?` when nothing else is left, and leaves other URLs alone', () => {
    expect(
      stripQueryKeys('https://shop.example/pay?imp_uid=i&merchant_uid=m&success=false&error_code=E&error_msg=x', V1_KEYS),
    ).toBe('https://shop.example/pay');
    expect(stripQueryKeys('https://shop.example/pay?flag&plan=pro', V1_KEYS)).toBe('https://shop.example/pay?flag&plan=pro');
  });

  it('strips a query inside the hash too, keeping the route and the merchant keys there', () => {
    expect(stripQueryKeys('https://shop.example/app/#/settings/billing?tab=cards&imp_uid=i&merchant_uid=m', V1_KEYS)).toBe(
      'https://shop.example/app/#/settings/billing?tab=cards',
    );
    expect(stripQueryKeys('https://shop.example/app/#/settings/billing?imp_uid=i&merchant_uid=m', V1_KEYS)).toBe(
      'https://shop.example/app/#/settings/billing',
    );
  });

  // Issue: on a hash-routed app the default used to drop the route, so the BillingKeyRedirect on it never ran.
  it.each([
    ['https://shop.example/app/#/settings/billing', 'https://shop.example/app/#/settings/billing'],
    ['https://shop.example/app/?lang=ko#/settings/billing', 'https://shop.example/app/?lang=ko#/settings/billing'],
    ['https://shop.example/app/#/settings/billing?imp_uid=old&merchant_uid=old', 'https://shop.example/app/#/settings/billing'],
    ['https://shop.example/app/#!/settings/billing', 'https://shop.example/app/#!/settings/billing'],
    // A plain anchor is not a page: it goes, so the PG's query lands in the query string.
    ['https://shop.example/checkout?plan=pro&imp_uid=old&merchant_uid=old#top', 'https://shop.example/checkout?plan=pro'],
  ])('the default for %s keeps the route: %s', (page, expected) => {
    expect(defaultRedirectUrl(page)).toBe(expected);
  });
});

describe('what counts as a redirect result (v1)', () => {
  it.each([
    ['imp_uid with merchant_uid', '/?imp_uid=imp_1&merchant_uid=order_1'],
    ['a failure code with merchant_uid', '/?merchant_uid=order_1&error_code=F400'],
    ['a failure message with merchant_uid', '/?merchant_uid=order_1&error_msg=x'],
    ['imp_success=false with merchant_uid', '/?merchant_uid=order_1&imp_success=false'],
    ['success=false with merchant_uid', '/?merchant_uid=order_1&success=false'],
    ['a result inside the hash', '/#/billing?imp_uid=imp_1&merchant_uid=order_1'],
  ])('%s is a result', (_label, path) => {
    expect(read(`https://shop.example${path}`)).toMatchObject({ attemptId: 'order_1' });
  });

  // Issue: the merchant's own link `/?merchant_uid=order_1&tab=receipt` was reported as a registered card.
  it.each([
    ['a bare merchant_uid (the merchant’s own link)', '/?merchant_uid=order_1&tab=receipt'],
    ['merchant_uid with imp_success=true only', '/?merchant_uid=order_1&imp_success=true'],
    ['imp_uid without merchant_uid', '/?imp_uid=imp_1&imp_success=true'],
    ['an empty merchant_uid', '/?merchant_uid=&imp_uid=imp_1'],
    ['no query at all', '/'],
  ])('%s is not a result', (_label, path) => {
    expect(read(`https://shop.example${path}`)).toBeNull();
  });
});

describe('reported-once record', () => {
  it('claims an id once per load, and once across loads after it is recorded', () => {
    expect(claimRedirect('v1:m1', 'i1')).toBe(true);
    expect(claimRedirect('v1:m1', 'i1')).toBe(false);
    expect(claimRedirect('v1:m2', 'i2')).toBe(true);
    resetRedirectClaims(); // a reload before the report: claimable again
    expect(claimRedirect('v1:m1', 'i1')).toBe(true);
    recordReported('v1:m1', 'i1');
    resetRedirectClaims(); // a reload after the report
    expect(claimRedirect('v1:m1', 'i1')).toBe(false);
  });

  it('a new attempt under the same id releases its reported results (a retry returns a new result)', () => {
    expect(claimRedirect('v2:order42')).toBe(true);
    recordReported('v2:order42');
    expect(claimRedirect('v1:m1', 'imp_1')).toBe(true);
    recordReported('v1:m1', 'imp_1');
    expect(claimRedirect('v2:order42')).toBe(false);
    releaseRedirectClaims('v2:order42');
    expect(claimRedirect('v2:order42')).toBe(true);
    resetRedirectClaims();
    expect(claimRedirect('v2:order42')).toBe(true); // released from the reload record too
    expect(claimRedirect('v1:m1', 'imp_1')).toBe(false); // other attempts keep theirs
    releaseRedirectClaims('v1:m'); // a prefix of another id is not that id
    resetRedirectClaims();
    expect(claimRedirect('v1:m1', 'imp_1')).toBe(false);
  });

  it('expires recorded ids after a day', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const day = 24 * 60 * 60 * 1000;
    vi.setSystemTime(1_000);
    recordReported('old');
    vi.setSystemTime(1_000 + day - 1);
    expect(claimRedirect('old')).toBe(false);
    resetRedirectClaims();
    vi.setSystemTime(1_000 + day);
    expect(claimRedirect('old')).toBe(true);
  });

  it('ignores a corrupt record', () => {
    window.sessionStorage.setItem(STORAGE_KEYS.reported, '{not json');
    expect(claimRedirect('v1:m', 'i')).toBe(true);
    recordReported('v1:m', 'i');
    expect(JSON.parse(window.sessionStorage.getItem(STORAGE_KEYS.reported)!)).toHaveProperty(['v1:m i']);
  });
});
