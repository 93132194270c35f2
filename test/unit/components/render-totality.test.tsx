// Issue 14: code that runs during render must be total over any input — JS callers, values still loading, and PortOne's
// channelKey-only examples pass anything. Property-based: arbitrary values for every prop the library reads (the
// request, the notice, the filter, the provider's locale, messages and pgRules) never make render throw, and a click
// never throws either (bad props fail the click with INVALID_PARAMS instead).
import { cleanup, fireEvent, render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  CardFilter,
  IamportProvider,
  PgNotice,
  type BillingKeyButtonProps,
  type PgNoticeProps,
} from '../../../src';
import { installMockIamport } from '../../../src/testing';

// Values a JS caller might pass: anything, plus the near-misses of valid values that hit more code paths.
const loose = fc.oneof(
  fc.anything({ maxDepth: 2, maxKeys: 4 }),
  fc.constantFrom('html5_inicis', 'danal_tpay.MID', 'welcome', 'galaxia', 'nice_v2', 'settle_acc', 'toString', '__proto__', ''),
  fc.constantFrom(0, 1000, -1, 1.5, Number.NaN, '1000', 'card', 'phone', ['366', 'VIS'], ['999'], null, undefined),
);
const optional = <T,>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const providerProps = fc.record(
  { locale: loose, messages: loose, pgRules: fc.oneof(loose, fc.dictionary(fc.string(), loose)) },
  { requiredKeys: [] },
);
const requestProps = fc.record(
  {
    pg: loose,
    channelKey: loose,
    customerUid: loose,
    customerId: loose,
    amount: loose,
    name: loose,
    merchantUid: loose,
    payMethod: loose,
    buyer: fc.oneof(loose, fc.dictionary(fc.constantFrom('name', 'email', 'tel', 'addr', 'postcode'), loose)),
    redirectUrl: loose,
    cards: loose,
    cardInstallments: loose,
    params: fc.oneof(loose, fc.dictionary(fc.string(), loose)),
    notice: loose,
  },
  { requiredKeys: [] },
);

afterEach(() => cleanup());

describe('render is total over any props', () => {
  it('BillingKeyButton renders and clicks without throwing, whatever the request props and provider props', () => {
    const iamport = installMockIamport({ answer: 'sync' });
    // Development warnings and React's own notes about odd props are not what this test is about.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fc.assert(
      fc.property(providerProps, requestProps, (provider, request) => {
        const onFailure = vi.fn();
        render(
          <IamportProvider userCode="imp12345678" {...(provider as object)}>
            <BillingKeyButton {...(request as unknown as BillingKeyButtonProps)} onFailure={onFailure} />
          </IamportProvider>,
        );
        fireEvent.click(document.querySelector('button')!);
        cleanup();
      }),
      { numRuns: 150 },
    );
    iamport.uninstall();
  }, 60_000);

  it('PgNotice renders (or renders nothing) without throwing', () => {
    // Development errors about the random pgRules are not what this test is about.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fc.assert(
      fc.property(providerProps, loose, loose, loose, (provider, pg, amount, payMethod) => {
        render(
          <IamportProvider userCode="imp12345678" {...(provider as object)}>
            <PgNotice pg={pg as never} amount={amount as never} payMethod={payMethod as never} />
          </IamportProvider>,
        );
        cleanup();
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('CardFilter renders and toggles without throwing', () => {
    // Development errors about the random pgRules are not what this test is about.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fc.assert(
      fc.property(providerProps, loose, loose, loose, optional(fc.string()), (provider, value, defaultValue, cards, legend) => {
        const { container } = render(
          <IamportProvider userCode="imp12345678" {...(provider as object)}>
            <CardFilter value={value as never} defaultValue={defaultValue as never} cards={cards as never} legend={legend} />
          </IamportProvider>,
        );
        // Plain selectors: role queries are slow in jsdom, and the roles are tested elsewhere.
        for (const box of [...container.querySelectorAll('input')].slice(0, 2)) fireEvent.click(box);
        fireEvent.click(container.querySelector('button')!);
        cleanup();
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('the inputs of the field report render: <BillingKeyButton pg={undefined}> and <PgNotice pg={undefined} amount={0}>', () => {
    expect(() =>
      render(
        <IamportProvider userCode="imp12345678">
          <BillingKeyButton {...({ pg: undefined, customerUid: 'member_8_card_4' } as unknown as BillingKeyButtonProps)} />
          <PgNotice {...({ pg: undefined, amount: 0 } as unknown as PgNoticeProps)} />
        </IamportProvider>,
      ),
    ).not.toThrow();
  });
});
