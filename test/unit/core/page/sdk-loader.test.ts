import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureInit, iamportLoader } from '../../../../src/core/page/v1-sdk';
import { installMockIamport } from '../../../../src/testing';

const loadSdk = iamportLoader.load;
const getSdkState = iamportLoader.getState;
const subscribeSdkState = iamportLoader.subscribe;

const scripts = () => Array.from(document.querySelectorAll<HTMLScriptElement>('script'));
/** What the script defines when it runs: the test kit's `window.IMP`. */
const sdkArrives = () => installMockIamport().sdk;

afterEach(() => vi.useRealTimers());

describe('loadSdk', () => {
  it('uses an existing window.IMP without adding a script', async () => {
    const sdk = sdkArrives();
    await expect(loadSdk()).resolves.toBe(sdk);
    expect(scripts()).toHaveLength(0);
    expect(getSdkState().status).toBe('ready');
  });

  it('adds exactly one script for many callers, with nonce and integrity', async () => {
    const calls = [loadSdk({ nonce: 'n0nce', integrity: 'sha384-abc' }), loadSdk(), loadSdk()];
    expect(scripts()).toHaveLength(1);
    const [script] = scripts();
    expect(script!.src).toBe('https://cdn.iamport.kr/v1/iamport.js');
    expect(script!.nonce).toBe('n0nce');
    expect(script!.integrity).toBe('sha384-abc');
    expect(script!.crossOrigin).toBe('anonymous');
    expect(getSdkState().status).toBe('loading');
    const sdk = sdkArrives();
    script!.dispatchEvent(new Event('load'));
    for (const call of calls) await expect(call).resolves.toBe(sdk);
    expect(getSdkState().status).toBe('ready');
  });

  it('reports a failed load and retries with a fresh tag', async () => {
    const first = loadSdk();
    scripts()[0]!.dispatchEvent(new Event('error'));
    await expect(first).rejects.toMatchObject({ code: 'SDK_LOAD_FAILED' });
    expect(getSdkState()).toEqual({ status: 'error', errorCode: 'SDK_LOAD_FAILED' });

    const bad = scripts()[0];
    const second = loadSdk();
    expect(scripts()).toHaveLength(1);
    expect(scripts()[0]).not.toBe(bad);
    const sdk = sdkArrives();
    scripts()[0]!.dispatchEvent(new Event('load'));
    await expect(second).resolves.toBe(sdk);
  });

  it('tells subscribers when window.IMP appears after a failed load', async () => {
    const first = loadSdk();
    scripts()[0]!.dispatchEvent(new Event('error'));
    await expect(first).rejects.toMatchObject({ code: 'SDK_LOAD_FAILED' });
    const listener = vi.fn();
    const unsubscribe = subscribeSdkState(listener);
    const sdk = sdkArrives();
    await expect(loadSdk()).resolves.toBe(sdk);
    expect(listener).toHaveBeenCalled();
    expect(getSdkState().status).toBe('ready');
    unsubscribe();
  });

  it('fails a script that loads without defining window.IMP', async () => {
    const attempt = loadSdk();
    scripts()[0]!.dispatchEvent(new Event('load'));
    await expect(attempt).rejects.toMatchObject({ code: 'SDK_LOAD_FAILED' });
  });

  it('names what failed in development, and gives only the code in production (the request flow words it)', async () => {
    const first = loadSdk();
    scripts()[0]!.dispatchEvent(new Event('error'));
    await expect(first).rejects.toMatchObject({
      code: 'SDK_LOAD_FAILED',
      message: 'The PortOne SDK failed to load: https://cdn.iamport.kr/v1/iamport.js',
    });
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const second = loadSdk();
      scripts()[0]!.dispatchEvent(new Event('error'));
      await expect(second).rejects.toMatchObject({ code: 'SDK_LOAD_FAILED', message: 'SDK_LOAD_FAILED' });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('times out', async () => {
    vi.useFakeTimers();
    const attempt = loadSdk({ timeoutMs: 500 });
    vi.advanceTimersByTime(500);
    await expect(attempt).rejects.toMatchObject({ code: 'SDK_TIMEOUT' });
    expect(getSdkState().errorCode).toBe('SDK_TIMEOUT');
  });

  it('tells subscribers when a timed-out script finally loads, and the SDK is ready after all', async () => {
    vi.useFakeTimers();
    const attempt = loadSdk({ timeoutMs: 500 });
    vi.advanceTimersByTime(500);
    await expect(attempt).rejects.toMatchObject({ code: 'SDK_TIMEOUT' });
    const listener = vi.fn();
    const unsubscribe = subscribeSdkState(listener);
    sdkArrives();
    scripts()[0]!.dispatchEvent(new Event('load'));
    expect(listener).toHaveBeenCalled();
    expect(getSdkState()).toEqual({ status: 'ready', errorCode: null });
    unsubscribe();
  });

  it('keeps the time-out error when a timed-out script loads without defining window.IMP', async () => {
    vi.useFakeTimers();
    const attempt = loadSdk({ timeoutMs: 500 });
    vi.advanceTimersByTime(500);
    await expect(attempt).rejects.toMatchObject({ code: 'SDK_TIMEOUT' });
    scripts()[0]!.dispatchEvent(new Event('load'));
    expect(getSdkState()).toEqual({ status: 'error', errorCode: 'SDK_TIMEOUT' });
  });

  it('adopts a script tag the page already added', async () => {
    const pageScript = document.createElement('script');
    pageScript.src = 'https://cdn.iamport.kr/v1/iamport.js';
    document.head.appendChild(pageScript);
    const attempt = loadSdk();
    expect(scripts()).toHaveLength(1);
    const sdk = sdkArrives();
    pageScript.dispatchEvent(new Event('load'));
    await expect(attempt).resolves.toBe(sdk);
  });
});

describe('ensureInit', () => {
  it('initialises once per user code, again only after another code was used', () => {
    const mock = installMockIamport();
    ensureInit(mock.sdk, 'imp1');
    ensureInit(mock.sdk, 'imp1');
    ensureInit(mock.sdk, 'imp2');
    ensureInit(mock.sdk, 'imp1');
    expect(mock.inits).toEqual(['imp1', 'imp2', 'imp1']);
  });
});
