import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  BillingKeyButton,
  CARD_COMPANIES,
  CardFilter,
  OVERSEAS_CARD_CODES,
  type CardCode,
  type IamportResponse,
  type IamportSdk,
  type RequestPayParams,
} from '../src';
import { textsFor } from './support/showroom';

/**
 * Which card companies the PG window offers (`card.detail`). Names and labels follow the toolbar's locale; the look follows
 * its theme. `useCardFilter` is the same logic without markup, for your own design system.
 */
const meta = {
  title: 'Components/CardFilter',
  component: CardFilter,
  args: { onChange: fn() },
} satisfies Meta<typeof CardFilter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The texts a play function looks for, in the toolbar's locale. */
function texts(globals: Record<string, unknown>) {
  const { locale, ui } = textsFor(globals);
  const name = (code: CardCode) => CARD_COMPANIES.find((c) => c.code === code)![locale];
  return { ...ui.cardFilter, name };
}

/** Every company offered and selected (the uncontrolled default). */
export const All: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = texts(globals);
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: t.legend });
    await expect(within(group).getAllByRole('checkbox')).toHaveLength(CARD_COMPANIES.length);
    await expect(canvas.getByRole('checkbox', { name: t.name('041') })).toBeChecked();
    await expect(canvas.getByRole('group', { name: t.overseas })).toBeVisible();
  },
};

/** `cards={['366', '381']}`: the window offers only Shinhan and KB Kookmin. */
export const ShinhanAndKbOnly: Story = {
  args: { cards: ['366', '381'] },
  play: async ({ canvasElement, globals }) => {
    const t = texts(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('checkbox').map((el) => el.getAttribute('value'))).toEqual(['366', '381']);
    await expect(canvas.getByRole('checkbox', { name: t.name('366') })).toBeChecked();
    await expect(canvas.queryByRole('group', { name: t.overseas })).toBeNull();
  },
};

/** Only the overseas brands, in their own labelled group. */
export const OverseasOnly: Story = {
  args: { cards: OVERSEAS_CARD_CODES },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const overseas = canvas.getByRole('group', { name: texts(globals).overseas });
    await expect(within(overseas).getAllByRole('checkbox')).toHaveLength(OVERSEAS_CARD_CODES.length);
    await expect(canvas.getAllByRole('checkbox')).toHaveLength(OVERSEAS_CARD_CODES.length);
  },
};

/** Keyboard only: Tab to a checkbox, Space toggles it; Shift+Tab back to "clear", Enter shows the message. */
export const Keyboard: Story = {
  args: { cards: ['366', '381', '041'] },
  play: async ({ canvasElement, args, globals }) => {
    const t = texts(globals);
    const canvas = within(canvasElement);
    const clear = canvas.getByRole('button', { name: t.clear });
    clear.focus();
    await userEvent.tab();
    const shinhan = canvas.getByRole('checkbox', { name: t.name('366') });
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
    await expect(canvas.getByRole('status')).toHaveTextContent(t.noneSelected);
    await expect(canvas.getByRole('group', { name: t.legend })).toHaveAccessibleDescription(t.noneSelected);
  },
};

/** Nothing selected: the message the buyer sees (a `BillingKeyButton` with `cards={[]}` would fail with `INVALID_PARAMS`). */
export const NoneSelected: Story = {
  args: { defaultValue: [] },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(texts(globals).noneSelected);
  },
};

/** English names and labels (the provider's `locale="en"`). */
export const English: Story = {
  globals: { locale: 'en' },
  args: { cards: ['366', '381', '041', 'VIS', 'MAS'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Card companies' })).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Woori Card' })).toBeChecked();
    await expect(canvas.getByRole('group', { name: 'Overseas cards' })).toBeVisible();
  },
};

/** `darkBillingTheme`: the same component on a dark checkout (checked for AA contrast like every story). */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { defaultValue: ['366', '381'] },
};

/** `brandBillingTheme`, with nothing selected so the message's color is checked too. */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  args: { cards: ['366', '381', '041'], defaultValue: [] },
};

// An inline stand-in window.IMP that records what request_pay receives and approves at once.
let recorded: RequestPayParams[] = [];
function installRecordingIamport() {
  recorded = [];
  const sdk: IamportSdk = {
    init: () => {},
    request_pay: (params: RequestPayParams, callback?: (response: IamportResponse) => void) => {
      recorded.push(params);
      setTimeout(
        () => callback?.({ imp_uid: 'imp_story', merchant_uid: params.merchant_uid, error_code: null, error_msg: null }),
        0,
      );
    },
  };
  (window as { IMP?: IamportSdk }).IMP = sdk;
  return () => {
    delete (window as { IMP?: unknown }).IMP;
  };
}

function Checkout() {
  const [cards, setCards] = useState<CardCode[]>(['366', '381']);
  return (
    <>
      <CardFilter cards={['366', '381', '041']} value={cards} onChange={setCards} />
      <BillingKeyButton pg="jtnet" customerUid="member_1_card_1" cards={cards} notice="none" style={{ marginTop: 16 }} />
    </>
  );
}

/** The filter's value goes to `BillingKeyButton cards`, which sends it to `request_pay` as `card.detail`. */
export const WithBillingKeyButton: Story = {
  parameters: { mockIamport: false },
  render: () => <Checkout />,
  beforeEach: installRecordingIamport,
  play: async ({ canvasElement, globals }) => {
    const t = texts(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: t.name('381') }));
    await userEvent.click(canvas.getByRole('checkbox', { name: t.name('041') }));
    await userEvent.click(canvas.getByRole('button', { name: textsFor(globals).ui.button.label }));
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
