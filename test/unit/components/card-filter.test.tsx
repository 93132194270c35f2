import { act, fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  BillingKeyButton,
  CARD_COMPANIES,
  CardFilter,
  IamportProvider,
  isBillingKeyError,
  toCardDetail,
  useCardFilter,
  type CardCode,
} from '../../../src';
import { OVERSEAS_CARD_CODES } from '../../../src/core';
import { stubIamport } from '../../support/stub-iamport';

const box = (name: string) => screen.getByRole('checkbox', { name });
const checkedNames = () =>
  screen
    .getAllByRole('checkbox')
    .filter((el) => (el as HTMLInputElement).checked)
    .map((el) => el.closest('label')!.textContent);

describe('CARD_COMPANIES and toCardDetail', () => {
  it('has the 20 domestic KFTC codes, Woori is 041, and the overseas brands marked as such', () => {
    const domestic = CARD_COMPANIES.filter((c) => !c.overseas);
    expect(domestic).toHaveLength(20);
    expect(new Set(domestic.map((c) => c.code)).size).toBe(20);
    expect(CARD_COMPANIES.find((c) => c.code === '041')).toMatchObject({ ko: '우리카드', en: 'Woori Card', overseas: false });
    expect(CARD_COMPANIES.filter((c) => c.overseas).map((c) => c.code)).toEqual([...OVERSEAS_CARD_CODES]);
  });

  it('builds the seed 001 card.detail', () => {
    expect(toCardDetail(['366', '381'])).toEqual([
      { card_code: '*', enabled: false },
      { card_code: '366', enabled: true },
      { card_code: '381', enabled: true },
    ]);
  });

  it('adds max_month for merchant-paid interest-free months', () => {
    expect(toCardDetail(['366', '041'], { installments: { '041': 3 } })).toEqual([
      { card_code: '*', enabled: false },
      { card_code: '366', enabled: true },
      { card_code: '041', enabled: true, max_month: 3 },
    ]);
  });

  it.each([
    ['an empty list (it would disable every card)', []],
    ['an unknown code', ['366', '999']],
  ])('rejects %s with INVALID_PARAMS on cards', (_label, codes) => {
    let error: unknown;
    try {
      toCardDetail(codes as CardCode[]);
    } catch (e) {
      error = e;
    }
    expect(isBillingKeyError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_PARAMS', field: 'cards' });
    expect((error as Error).message).toContain('cards');
  });
});

describe('CardFilter — names and structure', () => {
  it('is a group named by its legend with one Korean-labelled checkbox per domestic company outside a provider', () => {
    render(<CardFilter />);
    const group = screen.getByRole('group', { name: '사용할 카드사' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(20);
    expect(box('우리카드')).toHaveAttribute('value', '041');
    expect(box('신한카드')).toBeChecked();
    // Overseas brands are not in PortOne's v1 table: offered only when `cards` lists them.
    expect(screen.queryByRole('group', { name: '해외 카드' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: '비자' })).toBeNull();
    expect(screen.getByRole('button', { name: '전체 선택' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '선택 해제' })).toBeInTheDocument();
  });

  it('uses English names inside an English provider', () => {
    render(
      <IamportProvider userCode="imp12345678" locale="en">
        <CardFilter />
      </IamportProvider>,
    );
    expect(screen.getByRole('group', { name: 'Card companies' })).toBeInTheDocument();
    expect(box('Woori Card')).toBeChecked();
    expect(box('KB Kookmin Card')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Overseas cards' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Select all' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear' })).toBeInTheDocument();
  });

  it('takes a custom legend and passes fieldset attributes through', () => {
    render(<CardFilter legend="결제 카드" className="mine" />);
    expect(screen.getByRole('group', { name: '결제 카드' })).toHaveClass('mine');
  });
});

describe('CardFilter — cards limit', () => {
  it('offers only the given companies and hides the overseas group when none is offered', () => {
    const onChange = vi.fn();
    render(<CardFilter cards={['366', '381']} onChange={onChange} />);
    expect(screen.getAllByRole('checkbox').map((el) => el.getAttribute('value'))).toEqual(['366', '381']);
    expect(screen.queryByRole('group', { name: '해외 카드' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '전체 선택' }));
    expect(onChange).toHaveBeenLastCalledWith(['366', '381']);
  });

  it('offers overseas brands in their own group when cards lists them, and select all includes them then', () => {
    const onChange = vi.fn();
    render(<CardFilter cards={['366', 'VIS', 'MAS']} onChange={onChange} />);
    const overseas = screen.getByRole('group', { name: '해외 카드' });
    expect(
      within(overseas)
        .getAllByRole('checkbox')
        .map((el) => el.getAttribute('value')),
    ).toEqual(['VIS', 'MAS']);
    fireEvent.click(screen.getByRole('button', { name: '선택 해제' }));
    fireEvent.click(screen.getByRole('button', { name: '전체 선택' }));
    expect(onChange).toHaveBeenLastCalledWith(['366', 'VIS', 'MAS']);
  });

  it('shows only the overseas group for overseas codes', () => {
    render(<CardFilter cards={OVERSEAS_CARD_CODES} />);
    const overseas = screen.getByRole('group', { name: '해외 카드' });
    expect(screen.getAllByRole('checkbox')).toEqual(within(overseas).getAllByRole('checkbox'));
    expect(screen.getAllByRole('checkbox')).toHaveLength(6);
  });

  it('never selects a code outside cards, even when value has it', () => {
    const onChange = vi.fn();
    render(<CardFilter cards={['366', '381']} value={['366', '041']} onChange={onChange} />);
    expect(checkedNames()).toEqual(['신한카드']);
    fireEvent.click(box('KB국민카드'));
    expect(onChange).toHaveBeenCalledWith(['366', '381']);
  });
});

describe('CardFilter — uncontrolled and controlled', () => {
  it('uncontrolled: starts from defaultValue and toggles on click', () => {
    const onChange = vi.fn();
    render(<CardFilter defaultValue={['381']} onChange={onChange} />);
    expect(checkedNames()).toEqual(['KB국민카드']);
    fireEvent.click(box('신한카드'));
    expect(box('신한카드')).toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith(['366', '381']);
    fireEvent.click(box('KB국민카드'));
    expect(checkedNames()).toEqual(['신한카드']);
    expect(onChange).toHaveBeenLastCalledWith(['366']);
  });

  it('controlled: shows value and only changes when the parent updates it', () => {
    const onChange = vi.fn();
    const { rerender } = render(<CardFilter value={['366']} onChange={onChange} />);
    fireEvent.click(box('우리카드'));
    expect(onChange).toHaveBeenCalledWith(['366', '041']);
    // The parent did not accept the change: the checkbox stays as value says.
    expect(box('우리카드')).not.toBeChecked();
    rerender(<CardFilter value={['366', '041']} onChange={onChange} />);
    expect(box('우리카드')).toBeChecked();
    expect(checkedNames()).toEqual(['신한카드', '우리카드']);
  });

  it('select all / clear, with a status message associated with the group when nothing is selected', () => {
    render(<CardFilter defaultValue={['366']} />);
    const group = screen.getByRole('group', { name: '사용할 카드사' });
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    fireEvent.click(screen.getByRole('button', { name: '선택 해제' }));
    expect(checkedNames()).toEqual([]);
    expect(status).toHaveTextContent('카드사를 하나 이상 선택해 주세요.');
    expect(group).toHaveAccessibleDescription(/카드사를 하나 이상 선택해 주세요\.$/);
    fireEvent.click(screen.getByRole('button', { name: '전체 선택' }));
    expect(screen.getAllByRole('checkbox').every((el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(screen.getAllByRole('checkbox')).toHaveLength(20);
    expect(status).toBeEmptyDOMElement();
  });
});

describe('CardFilter — keyboard', () => {
  it('the list is one Tab stop: arrows, Home and End move, Space toggles, Enter on a button acts', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <>
        <CardFilter cards={['366', '381', '041']} defaultValue={['366', '381', '041']} onChange={onChange} />
        <button type="button">pay</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: '전체 선택' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: '선택 해제' })).toHaveFocus();
    await user.tab();
    expect(box('신한카드')).toHaveFocus();
    await user.keyboard(' ');
    expect(box('신한카드')).not.toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith(['381', '041']);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(box('우리카드')).toHaveFocus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(['381']);
    await user.keyboard('{ArrowRight}');
    expect(box('신한카드')).toHaveFocus(); // wraps around
    await user.keyboard('{End}');
    expect(box('우리카드')).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}');
    expect(box('KB국민카드')).toHaveFocus();
    // One Tab leaves the list for what comes after it, and Shift+Tab comes back to the company last visited.
    await user.tab();
    expect(screen.getByRole('button', { name: 'pay' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(box('KB국민카드')).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: '선택 해제' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.getByRole('status')).toHaveTextContent('카드사를 하나 이상 선택해 주세요.');
  });
});

describe('CardFilter — visible focus', () => {
  it('hides a checkbox’s own focus outline only where the chip shows the ring instead (a browser without :has keeps it)', () => {
    render(<CardFilter cards={['366']} />);
    const css = Array.from(document.querySelectorAll('style'), (style) => style.textContent ?? '').join('\n');
    // Every rule that removes an outline must be one a browser without :has() drops whole, with the selector it cannot parse.
    const removals = Array.from(css.matchAll(/([^{}]+)\{[^{}]*outline:\s*none/g), (match) => match[1]!.trim());
    expect(removals.length).toBeGreaterThan(0);
    for (const selector of removals) expect(selector).toContain(':has(');
    expect(css).toMatch(/:has\(input:focus-visible\)\{[^}]*outline:3px solid/);
  });
});

describe('useCardFilter', () => {
  it('keeps its callbacks stable across changes', () => {
    const { result } = renderHook(() => useCardFilter({ cards: ['366', '381'] }));
    const first = result.current;
    expect(first.value).toEqual(['366', '381']);
    act(() => first.toggle('366'));
    expect(result.current.value).toEqual(['381']);
    expect(result.current.isSelected('366')).toBe(false);
    expect(result.current.toggle).toBe(first.toggle);
    expect(result.current.selectAll).toBe(first.selectAll);
    expect(result.current.clear).toBe(first.clear);
    expect(result.current.onCheckboxChange).toBe(first.onCheckboxChange);
  });

  it('counts two changes in the same tick', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useCardFilter({ defaultValue: [], onChange }));
    act(() => {
      result.current.toggle('381');
      result.current.toggle('366', true);
    });
    expect(result.current.value).toEqual(['366', '381']);
    expect(onChange).toHaveBeenLastCalledWith(['366', '381']);
  });

  it('drives native checkboxes through getCheckboxProps', () => {
    function Mine() {
      const [cards, setCards] = useState<CardCode[]>(['041']);
      const filter = useCardFilter({ value: cards, onChange: setCards, cards: ['366', '041'] });
      return (
        <>
          {filter.companies.map((c) => (
            <label key={c.code}>
              <input {...filter.getCheckboxProps(c.code)} /> {c.en}
            </label>
          ))}
          <output>{cards.join(',')}</output>
        </>
      );
    }
    render(<Mine />);
    expect(box('Woori Card')).toBeChecked();
    fireEvent.click(box('Shinhan Card'));
    expect(box('Shinhan Card')).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('366,041');
  });
});

describe('BillingKeyButton cards → request_pay card.detail', () => {
  function Checkout({ onSuccess }: { onSuccess: () => void }) {
    const [cards, setCards] = useState<CardCode[]>(['366', '381']);
    return (
      <IamportProvider userCode="imp12345678">
        <CardFilter cards={['366', '381', '041']} value={cards} onChange={setCards} />
        <BillingKeyButton pg="kcp_billing" customerUid="member_1_card_1" cards={cards} onSuccess={onSuccess} />
      </IamportProvider>
    );
  }

  it('sends the codes chosen in the filter as card.detail', async () => {
    const imp = stubIamport();
    const onSuccess = vi.fn();
    render(<Checkout onSuccess={onSuccess} />);
    fireEvent.click(box('KB국민카드'));
    fireEvent.click(box('우리카드'));
    fireEvent.click(screen.getByRole('button', { name: '카드 등록하기' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(imp.sdk.request_pay).toHaveBeenCalledTimes(1);
    expect(imp.lastParams().card).toEqual({
      detail: [
        { card_code: '*', enabled: false },
        { card_code: '366', enabled: true },
        { card_code: '041', enabled: true },
      ],
    });
  });

  it('sends no card key without cards', async () => {
    const imp = stubIamport();
    const onSuccess = vi.fn();
    render(
      <IamportProvider userCode="imp12345678">
        <BillingKeyButton pg="kcp_billing" customerUid="member_1_card_1" onSuccess={onSuccess} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(imp.lastParams()).not.toHaveProperty('card');
  });

  it('with everything cleared, fails with INVALID_PARAMS on cards and opens nothing', async () => {
    const imp = stubIamport();
    const onFailure = vi.fn();
    render(
      <IamportProvider userCode="imp12345678">
        <BillingKeyButton pg="kcp_billing" customerUid="member_1_card_1" cards={[]} onFailure={onFailure} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_PARAMS', field: 'cards' });
    expect(imp.sdk.request_pay).not.toHaveBeenCalled();
  });
});
