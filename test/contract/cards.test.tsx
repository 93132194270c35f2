// DESIGN.md / issue 4: CARD_COMPANIES (pg-facts table, Woori 041), toCardDetail and its errors,
// CardFilter's accessible names and keyboard, and card.detail reaching request_pay.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BillingKeyButton, CARD_COMPANIES, CardFilter, IamportProvider, toCardDetail, type CardCode } from '../../src';
import { installMockIamport } from '../../src/testing';
import { USER_CODE } from '../support/kit';
import { expectDevWarning } from '../support/dev-warnings';

// pg-facts.md, "Card company codes": PortOne's v1 list.
const DOMESTIC: [string, string, string][] = [
  ['361', 'BC카드', 'BC Card'],
  ['364', '광주카드', 'Kwangju Bank Card'],
  ['365', '삼성카드', 'Samsung Card'],
  ['366', '신한카드', 'Shinhan Card'],
  ['367', '현대카드', 'Hyundai Card'],
  ['368', '롯데카드', 'Lotte Card'],
  ['369', '수협카드', 'Suhyup Card'],
  ['370', '씨티카드', 'Citi Card'],
  ['371', 'NH카드', 'NH NongHyup Card'],
  ['372', '전북카드', 'Jeonbuk Bank Card'],
  ['373', '제주카드', 'Jeju Bank Card'],
  ['374', '하나카드', 'Hana Card'],
  ['381', 'KB국민카드', 'KB Kookmin Card'],
  ['041', '우리카드', 'Woori Card'],
  ['002', 'KDB산업은행', 'KDB'],
  ['045', '새마을금고', 'MG Saemaul'],
  ['048', '신협', 'Shinhyup'],
  ['071', '우체국', 'Korea Post'],
  ['089', '케이뱅크', 'K bank'],
  ['090', '카카오뱅크', 'KakaoBank'],
];

describe('CARD_COMPANIES', () => {
  it('holds the 20 domestic codes of pg-facts with their ko/en names; Woori is 041, 361 is BC', () => {
    const domestic = CARD_COMPANIES.filter((c) => !c.overseas);
    expect(domestic.map((c) => [c.code, c.ko, c.en])).toEqual(expect.arrayContaining(DOMESTIC));
    expect(domestic).toHaveLength(20);
    expect(CARD_COMPANIES.find((c) => c.en === 'Woori Card')?.code).toBe('041');
    expect(CARD_COMPANIES.find((c) => c.code === '361')?.en).toBe('BC Card');
  });

  it('marks the overseas brand codes as overseas, and codes are unique', () => {
    const overseas = CARD_COMPANIES.filter((c) => c.overseas).map((c) => c.code);
    expect([...overseas].sort()).toEqual(['AMX', 'DIN', 'JCB', 'MAS', 'UNI', 'VIS']);
    expect(new Set(CARD_COMPANIES.map((c) => c.code)).size).toBe(CARD_COMPANIES.length);
  });
});

describe('toCardDetail', () => {
  it('builds the seed 001 shape: everything off, then the given codes on, in order', () => {
    expect(toCardDetail(['366'])).toEqual([
      { card_code: '*', enabled: false },
      { card_code: '366', enabled: true },
    ]);
    expect(toCardDetail(['041', '381', 'VIS'])).toEqual([
      { card_code: '*', enabled: false },
      { card_code: '041', enabled: true },
      { card_code: '381', enabled: true },
      { card_code: 'VIS', enabled: true },
    ]);
  });

  it('an empty list (would disable every card) is INVALID_PARAMS naming cards', () => {
    expect(() => toCardDetail([])).toThrow(expect.objectContaining({ code: 'INVALID_PARAMS', field: 'cards' }) as Error);
  });

  it.each(['999', '41', 'woori', ''])('an unknown code (%j) is INVALID_PARAMS naming cards', (code) => {
    let error: unknown;
    try {
      toCardDetail(['366', code as CardCode]);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'INVALID_PARAMS', field: 'cards' });
    expect((error as Error).message).toContain('cards');
  });
});

describe('<CardFilter>', () => {
  it('is a group named by its legend, with one checkbox per domestic company named in Korean by default', () => {
    render(<CardFilter defaultValue={['041']} />);
    // The outer group (the overseas brands may sit in a nested, separately named group).
    const group = screen.getAllByRole('group')[0]!;
    expect(group).toHaveAccessibleName(/[가-힣]/);
    const boxes = within(group).getAllByRole('checkbox');
    // DESIGN: overseas brands only when the merchant lists them in `cards`.
    expect(boxes).toHaveLength(CARD_COMPANIES.filter((company) => !company.overseas).length);
    expect(within(group).getByRole('checkbox', { name: '우리카드' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: '신한카드' })).not.toBeChecked();
  });

  it('names the companies in English under an English provider', () => {
    render(
      <IamportProvider userCode={USER_CODE} locale="en">
        <CardFilter defaultValue={[]} />
      </IamportProvider>,
    );
    expect(screen.getByRole('checkbox', { name: 'Woori Card' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'KB Kookmin Card' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: '우리카드' })).toBeNull();
  });

  it('cards limits the companies offered', () => {
    render(<CardFilter defaultValue={[]} cards={['366', '381']} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: '신한카드' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'KB국민카드' })).toBeInTheDocument();
  });

  it('keyboard only: Tab into the list (one Tab stop), arrow keys to a company, Space toggles it and onChange yields the codes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CardFilter defaultValue={['366']} cards={['366', '381', '041']} onChange={onChange} />);
    const woori = screen.getByRole('checkbox', { name: '우리카드' });
    const shinhan = screen.getByRole('checkbox', { name: '신한카드' });
    for (let i = 0; i < 10 && document.activeElement !== shinhan; i++) await user.tab();
    expect(shinhan).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(woori).toHaveFocus();
    await user.keyboard(' ');
    expect(woori).toBeChecked();
    expect([...(onChange.mock.lastCall![0] as string[])].sort()).toEqual(['041', '366']);
    await user.keyboard(' ');
    expect(woori).not.toBeChecked();
    expect(onChange.mock.lastCall![0]).toEqual(['366']);
  });

  it('controlled: the parent’s value is shown, select all / clear go through onChange', async () => {
    const user = userEvent.setup();
    const seen: string[][] = [];
    function Parent() {
      const [cards, setCards] = useState<CardCode[]>(['366']);
      return (
        <CardFilter
          value={cards}
          cards={['366', '381', '041']}
          onChange={(next) => {
            seen.push([...next]);
            setCards([...next]);
          }}
        />
      );
    }
    render(<Parent />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    await user.click(buttons[0]!); // select all
    expect(screen.getAllByRole('checkbox').every((b) => (b as HTMLInputElement).checked)).toBe(true);
    await user.click(buttons[1]!); // clear
    expect(screen.getAllByRole('checkbox').some((b) => (b as HTMLInputElement).checked)).toBe(false);
    expect(seen.at(-1)).toEqual([]);
    // a message says nothing is selected
    expect(screen.getByRole('status').textContent).not.toBe('');
  });

  it('the chosen codes reach request_pay as card.detail; without cards no card field', async () => {
    // The second registration reuses the member's customerUid, which the library points out.
    expectDevWarning('customerUid "c1" already got a key on this page');
    const iamport = installMockIamport();
    const onSuccess = vi.fn();
    function Checkout() {
      const [cards, setCards] = useState<CardCode[]>([]);
      return (
        <IamportProvider userCode={USER_CODE}>
          <CardFilter value={cards} onChange={(c) => setCards([...c])} />
          <BillingKeyButton pg="kcp_billing" customerUid="c1" cards={cards.length ? cards : undefined} onSuccess={onSuccess}>
            register
          </BillingKeyButton>
        </IamportProvider>
      );
    }
    render(<Checkout />);
    fireEvent.click(screen.getByRole('button', { name: 'register' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(iamport.lastRequest()).not.toHaveProperty('card');
    fireEvent.click(screen.getByRole('checkbox', { name: '신한카드' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '우리카드' }));
    fireEvent.click(screen.getByRole('button', { name: 'register' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(2));
    const detail = iamport.lastRequest().card?.detail;
    expect(detail?.[0]).toEqual({ card_code: '*', enabled: false });
    expect(detail?.slice(1)).toHaveLength(2);
    expect(detail?.slice(1)).toEqual(
      expect.arrayContaining([
        { card_code: '366', enabled: true },
        { card_code: '041', enabled: true },
      ]),
    );
    iamport.uninstall();
  });

  it('a button with cards={[]} fails INVALID_PARAMS on cards and opens nothing', async () => {
    const iamport = installMockIamport();
    const onFailure = vi.fn();
    render(
      <IamportProvider userCode={USER_CODE}>
        <BillingKeyButton pg="kcp_billing" customerUid="c1" cards={[]} onFailure={onFailure} />
      </IamportProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() =>
      expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_PARAMS', field: 'cards' })),
    );
    expect(iamport.requests).toHaveLength(0);
    iamport.uninstall();
  });
});
