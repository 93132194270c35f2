// A merchant's test in plain JS that mistypes a stand-in option hears which option and what it may be, at install:
// before, `outcome: 'maybe'` answered PG_FAILED, `answer: 'later'` never answered and `installMockIamport(null)` threw
// "Cannot destructure property 'shape' of null".
import { afterEach, describe, expect, it } from 'vitest';
import { installMockIamport, installMockPortOne } from '../../../src/testing';

const INSTALLERS = [
  ['installMockIamport', (options: unknown) => installMockIamport(options as never)],
  ['installMockPortOne', (options: unknown) => installMockPortOne(options as never)],
] as const;

afterEach(() => {
  delete (window as { IMP?: unknown }).IMP;
  delete (window as { PortOne?: unknown }).PortOne;
});

describe.each(INSTALLERS)('%s refuses options it does not know the value of', (installer, install) => {
  it.each([
    [{ outcome: 'maybe' }, `${installer}: outcome must be "success" | "failure" | "cancel", got "maybe".`],
    [{ answer: 'later' }, `${installer}: answer must be "auto" | "sync" | "manual", got "later".`],
    [{ delayMs: -5 }, `${installer}: delayMs must be a number of ms ≥ 0, got -5.`],
    [{ delayMs: '100' }, `${installer}: delayMs must be a number of ms ≥ 0, got "100".`],
    [{ delivery: 'popup' }, `${installer}: delivery must be "callback" | "redirect" | "auto", got "popup".`],
    [{ simulateWindow: 'yes' }, `${installer}: simulateWindow must be true | false, got "yes".`],
    [{ locale: 'ja' }, `${installer}: locale must be "ko" | "en", got "ja".`],
    [{ navigate: '/done' }, `${installer}: navigate must be a function, got "/done".`],
    [{ failure: 'F400' }, `${installer}: failure must be an object, got "F400".`],
    [null, `${installer}: options must be an object, got null.`],
  ])('%j', (options, message) => {
    expect(() => install(options)).toThrow(new TypeError(message));
    // Nothing was installed: the page has no stand-in SDK.
    expect((window as { IMP?: unknown }).IMP).toBeUndefined();
    expect((window as { PortOne?: unknown }).PortOne).toBeUndefined();
  });

  it('takes every documented value, and undefined as the default', () => {
    const stub = install({
      outcome: 'cancel',
      answer: 'manual',
      delayMs: 0,
      delivery: 'auto',
      simulateWindow: false,
      locale: 'en',
      failure: {},
      navigate: () => {},
      answerLater: undefined,
      outcomeOverride: undefined,
    });
    stub.uninstall();
    install({ outcome: undefined, answer: undefined }).uninstall();
  });
});

it("each stand-in's own options: v1 shape, v2 needsConfirmation and pg", () => {
  expect(() => installMockIamport({ shape: 'modern' } as never)).toThrow(
    new TypeError('installMockIamport: shape must be "current" | "legacy" | "mobile", got "modern".'),
  );
  expect(() => installMockPortOne({ needsConfirmation: 'yes' } as never)).toThrow(
    new TypeError('installMockPortOne: needsConfirmation must be true | false, got "yes".'),
  );
  expect(() => installMockPortOne({ pg: 42 } as never)).toThrow(
    new TypeError('installMockPortOne: pg must be a v2 PG name, got 42.'),
  );
});
