import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  BillingKeyButton,
  CardFilter,
  IamportProvider,
  OVERSEAS_CARD_CODES,
  type CardCode,
  type IamportResponse,
  type IamportSdk,
  type RequestPayParams,
} from '../src';

const meta = {
  title: 'Components/CardFilter',
  component: CardFilter,
  args: { onChange: fn() },
} satisfies Meta<typeof CardFilter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every company offered and selected (uncontrolled default). */
export const All: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: '사용할 카드사' })).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: '우리카드' })).toBeChecked();
    await expect(canvas.getByRole('group', { name: '해외 카드' })).toBeVisible();
  },
};

/** `cards={['366', '381']}`: the window offers only Shinhan and KB Kookmin. */
export const ShinhanAndKbOnly: Story = {
  args: { cards: ['366', '381'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('checkbox').map((el) => el.getAttribute('value'))).toEqual(['366', '381']);
    await expect(canvas.queryByRole('group', { name: '해외 카드' })).toBeNull();
  },
};

/** Only the overseas brands, in their own labelled group. */
export const OverseasOnly: Story = {
  args: { cards: OVERSEAS_CARD_CODES },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const overseas = canvas.getByRole('group', { name: '해외 카드' });
    await expect(within(overseas).getAllByRole('checkbox')).toHaveLength(OVERSEAS_CARD_CODES.length);
  },
};

/** Names follow the provider's locale. */
export const English: Story = {
  args: { cards: ['366', '381', '041', 'VIS'] },
  render: (args) => (
    <IamportProvider userCode="imp12345678" locale="en">
      <CardFilter {...args} />
    </IamportProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Card companies' })).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Woori Card' })).toBeChecked();
    await expect(canvas.getByRole('group', { name: 'Overseas cards' })).toBeVisible();
  },
};

/** Keyboard only: Tab to a checkbox, Space toggles it; "clear" (Enter) shows the message. */
export const Keyboard: Story = {
  args: { cards: ['366', '381', '041'] },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const clear = canvas.getByRole('button', { name: '선택 해제' });
    clear.focus();
    await userEvent.tab();
    const shinhan = canvas.getByRole('checkbox', { name: '신한카드' });
    await expect(shinhan).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(shinhan).not.toBeChecked();
    await expect(args.onChange).toHaveBeenLastCalledWith(['381', '041']);
    await userEvent.keyboard(' ');
    await expect(shinhan).toBeChecked();
    await userEvent.tab({ shift: true });
    await expect(clear).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onChange).toHaveBeenLastCalledWith([]);
    await expect(canvas.getByRole('status')).toHaveTextContent('카드사를 하나 이상 선택해 주세요.');
    await expect(canvas.getByRole('group', { name: '사용할 카드사' })).toHaveAccessibleDescription('카드사를 하나 이상 선택해 주세요.');
  },
};

/** Nothing selected: the message the buyer sees. */
export const NoneSelected: Story = {
  args: { defaultValue: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('카드사를 하나 이상 선택해 주세요.');
  },
};

// An inline stand-in window.IMP that records what request_pay receives and approves at once.
function installRecordingIamport(): RequestPayParams[] {
  const calls: RequestPayParams[] = [];
  const sdk: IamportSdk = {
    init: () => {},
    request_pay: (params: RequestPayParams, callback?: (response: IamportResponse) => void) => {
      calls.push(params);
      setTimeout(() => callback?.({ imp_uid: 'imp_story', merchant_uid: params.merchant_uid, error_code: null, error_msg: null }), 0);
    },
  };
  (window as { IMP?: IamportSdk }).IMP = sdk;
  return calls;
}

let recorded: RequestPayParams[] = [];

function Checkout() {
  const [cards, setCards] = useState<CardCode[]>(['366', '381']);
  return (
    <IamportProvider userCode="imp12345678">
      <CardFilter cards={['366', '381', '041']} value={cards} onChange={setCards} />
      <BillingKeyButton pg="jtnet" customerUid="member_1_card_1" cards={cards} notice="none" />
    </IamportProvider>
  );
}

/** The filter's value goes to `BillingKeyButton cards`, which sends it to `request_pay` as `card.detail`. */
export const WithBillingKeyButton: Story = {
  render: () => <Checkout />,
  beforeEach: () => {
    recorded = installRecordingIamport();
    return () => {
      delete (window as { IMP?: unknown }).IMP;
    };
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'KB국민카드' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: '우리카드' }));
    await userEvent.click(canvas.getByRole('button', { name: '카드 등록하기' }));
    await waitFor(() => expect(recorded).toHaveLength(1));
    await expect(recorded[0]!.card).toEqual({
      detail: [
        { card_code: '*', enabled: false },
        { card_code: '366', enabled: true },
        { card_code: '041', enabled: true },
      ],
    });
  },
};
