// A notice formats its amount only when its text shows one: the first Number#toLocaleString / Intl.NumberFormat of a
// page loads the locale's data (docs/pay-for-what-you-use.md, "Runtime"), which "choose the method in the window" has no
// reason to pay.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PgNotice } from '../../../src';
import * as V2 from '../../../src/v2';

function countFormatting() {
  const toLocaleString = vi.spyOn(Number.prototype, 'toLocaleString');
  const numberFormat = vi.spyOn(Intl, 'NumberFormat');
  return () => toLocaleString.mock.calls.length + numberFormat.mock.calls.length;
}

describe('notice amounts', () => {
  it('a notice without an amount in its text formats nothing (v1 PAYCO, v2 Kakao Pay)', () => {
    const calls = countFormatting();
    render(
      <>
        <PgNotice pg="payco" amount={0} />
        <V2.PgNotice pg="kakaopay" />
      </>,
    );
    expect(screen.getAllByRole('note')).toHaveLength(2);
    expect(calls()).toBe(0);
  });

  it('a notice that shows its amount formats it', () => {
    const calls = countFormatting();
    render(<PgNotice pg="kicc" amount={9900} />);
    expect(screen.getByRole('note')).toHaveTextContent('9,900원');
    expect(calls()).toBeGreaterThan(0);
  });
});
