import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { BillingKeyButton, CARD_COMPANIES, CardFilter, type CardCode } from '../src';
import { DOMESTIC_CARD_CODES, OVERSEAS_CARD_CODES } from '../src/core';
import { requestFor, showroomMock, textsFor } from './support/showroom';
import { whenTesting } from './support/play';
import { CARD_CODES_CONTROL } from './support/controls';

/**
 * Which card companies the PG window offers (`card.detail`). By default the 20 domestic companies of PortOne's table are
 * offered and selected; overseas brands appear (in their own group) only when `cards` lists them. The companies are one
 * Tab stop: arrow keys, Home and End move, Space toggles. Names and labels follow the toolbar's locale; the look its
 * theme. `useCardFilter` is the same logic without markup, for your own design system.
 */
const meta = {
  title: 'Components/CardFilter',
  component: CardFilter,
  args: { onChange: fn() },
  argTypes: { value: CARD_CODES_CONTROL, defaultValue: CARD_CODES_CONTROL, cards: CARD_CODES_CONTROL },
} satisfies Meta<typeof CardFilter>;

export default meta;
type Story = StoryObj<typeof meta>;
type Ctx = Parameters<NonNullable<Story['play']>>[0];

/** The texts a play function looks for, in the toolbar's locale. */
function texts(globals: Record<string, unknown>) {
  const { locale, ui } = textsFor(globals);
  const name = (code: CardCode) => CARD_COMPANIES.find((c) => c.code === code)![locale];
  return { ...ui.cardFilter, name };
}

const checkboxValues = (root: HTMLElement) =>
  within(root)
    .getAllByRole('checkbox')
    .map((el) => el.getAttribute('value'));

/** The 20 domestic companies, all offered and selected (the uncontrolled default); no overseas group. */
export const Default: Story = {
  play: whenTesting(async ({ canvasElement, globals }) => {
    const t = texts(globals);
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: t.legend });
    await expect(checkboxValues(group)).toEqual(DOMESTIC_CARD_CODES);
    for (const box of within(group).getAllByRole('checkbox')) await expect(box).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: t.name('041') })).toBeChecked();
    await expect(canvas.queryByRole('group', { name: t.overseas })).toBeNull();
  }),
};

/** "Select all" selects only what is offered: with no `cards`, the domestic companies, never an overseas brand. */
export const SelectAllIsDomestic: Story = {
  args: { defaultValue: [] },
  play: whenTesting(async ({ canvasElement, args, globals }) => {
    const t = texts(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t.selectAll }));
    await expect(args.onChange).toHaveBeenLastCalledWith([...DOMESTIC_CARD_CODES]);
    await userEvent.click(canvas.getByRole('button', { name: t.clear }));
    await expect(args.onChange).toHaveBeenLastCalledWith([]);
  }),
};

/** `cards` lists overseas brands too: they appear in their own labelled group, and "select all" includes them. */
export const WithOverseasBrands: Story = {
  args: { cards: ['366', '381', ...OVERSEAS_CARD_CODES], defaultValue: [] },
  play: whenTesting(async ({ canvasElement, args, globals }) => {
    const t = texts(globals);
    const canvas = within(canvasElement);
    const overseas = canvas.getByRole('group', { name: t.overseas });
    await expect(checkboxValues(overseas)).toEqual(OVERSEAS_CARD_CODES);
    await userEvent.click(canvas.getByRole('button', { name: t.selectAll }));
    await expect(args.onChange).toHaveBeenLastCalledWith(['366', '381', ...OVERSEAS_CARD_CODES]);
  }),
};

/** `cards={['366', '381']}`: the window offers only Shinhan and KB Kookmin. */
export const ShinhanAndKbOnly: Story = {
  args: { cards: ['366', '381'] },
  play: whenTesting(async ({ canvasElement, globals }) => {
    const t = texts(globals);
    const canvas = within(canvasElement);
    await expect(checkboxValues(canvasElement)).toEqual(['366', '381']);
    await expect(canvas.getByRole('checkbox', { name: t.name('366') })).toBeChecked();
    await expect(canvas.queryByRole('group', { name: t.overseas })).toBeNull();
  }),
};

/** Only the overseas brands, in their own labelled group. */
export const OverseasOnly: Story = {
  args: { cards: OVERSEAS_CARD_CODES },
  play: whenTesting(async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const overseas = canvas.getByRole('group', { name: texts(globals).overseas });
    await expect(checkboxValues(overseas)).toEqual(OVERSEAS_CARD_CODES);
    await expect(canvas.getAllByRole('checkbox')).toHaveLength(OVERSEAS_CARD_CODES.length);
  }),
};

/**
 * Keyboard only: the company list is one Tab stop (roving tab index). Tab from "clear" lands on the first company;
 * Space toggles; arrows, Home and End move; Tab leaves the list and Shift+Tab comes back to the company last visited.
 */
export const Keyboard: Story = {
  args: { cards: ['366', '381', '041'] },
  play: whenTesting(async ({ canvasElement, args, globals }) => {
    const t = texts(globals);
    const canvas = within(canvasElement);
    const box = (code: CardCode) => canvas.getByRole('checkbox', { name: t.name(code) });
    const clear = canvas.getByRole('button', { name: t.clear });
    clear.focus();
    await userEvent.tab();
    await expect(box('366')).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(box('366')).not.toBeChecked();
    await expect(args.onChange).toHaveBeenLastCalledWith(['381', '041']);
    await userEvent.keyboard(' ');
    await expect(box('366')).toBeChecked();

    await userEvent.keyboard('{ArrowRight}');
    await expect(box('381')).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(box('041')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(box('366')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(box('041')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(box('366')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(box('381')).toHaveFocus();
    // Only the company last visited is in the Tab order.
    await expect(
      within(canvasElement)
        .getAllByRole('checkbox')
        .map((el) => el.tabIndex),
    ).toEqual([-1, 0, -1]);

    await userEvent.tab({ shift: true });
    await expect(clear).toHaveFocus();
    await userEvent.tab();
    await expect(box('381')).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    await expect(args.onChange).toHaveBeenLastCalledWith([]);
    await expect(canvas.getByRole('status')).toHaveTextContent(t.noneSelected);
    await expect(canvas.getByRole('group', { name: t.legend })).toHaveAccessibleDescription(
      expect.stringContaining(t.noneSelected),
    );
  }),
};

/** Nothing selected: the message the buyer sees (a `BillingKeyButton` with `cards={[]}` would fail with `INVALID_PARAMS`). */
export const NoneSelected: Story = {
  args: { defaultValue: [] },
  play: whenTesting(async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(texts(globals).noneSelected);
  }),
};

/** English names and labels (the provider's `locale="en"`), whatever the toolbar says. */
export const English: Story = {
  globals: { locale: 'en' },
  args: { cards: ['366', '381', '041', 'VIS', 'MAS'] },
  play: whenTesting(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Card companies' })).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Woori Card' })).toBeChecked();
    await expect(canvas.getByRole('group', { name: 'Overseas cards' })).toBeVisible();
  }),
};

/** `darkBillingTheme`: the same component on a dark checkout (checked for AA contrast like every story). */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { defaultValue: ['366', '381'] },
  play: whenTesting(async ({ canvasElement, globals }) => {
    const t = texts(globals);
    await expect(within(canvasElement).getByRole('checkbox', { name: t.name('366') })).toBeChecked();
    await expect(within(canvasElement).getByRole('checkbox', { name: t.name('361') })).not.toBeChecked();
  }),
};

/** `brandBillingTheme`, with nothing selected so the message's color is checked too. */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  args: { cards: ['366', '381', '041'], defaultValue: [] },
  play: whenTesting(async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(texts(globals).noneSelected);
  }),
};

/** A checkout: the filter's value goes to `BillingKeyButton cards`. */
function Checkout({ cards, initial }: { cards?: readonly CardCode[]; initial: readonly CardCode[] }) {
  const [selected, setSelected] = useState<CardCode[]>([...initial]);
  return (
    <>
      <CardFilter cards={cards} value={selected} onChange={setSelected} />
      <BillingKeyButton {...requestFor('html5_inicis')} cards={selected} notice="none" style={{ marginTop: 16 }} />
    </>
  );
}

/** The filter's value goes to `BillingKeyButton cards`, which sends it to `request_pay` as `card.detail`. */
export const WithBillingKeyButton: Story = {
  render: () => <Checkout cards={['366', '381', '041']} initial={['366', '381']} />,
  play: whenTesting(async ({ canvasElement, globals }) => {
    const t = texts(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: t.name('381') }));
    await userEvent.click(canvas.getByRole('checkbox', { name: t.name('041') }));
    await userEvent.click(canvas.getByRole('button', { name: textsFor(globals).ui.button.label }));
    await waitFor(() => expect(showroomMock().requests).toHaveLength(1));
    await expect(showroomMock().lastRequest().card).toEqual({
      detail: [
        { card_code: '*', enabled: false },
        { card_code: '366', enabled: true },
        { card_code: '041', enabled: true },
      ],
    });
  }),
};

/** The phone screen of {@link AtPhoneWidth}: 375 CSS px wide (an iPhone SE / mini), with the page's 16 px margins. */
const PHONE_WIDTH = 375;
/**
 * The bound {@link AtPhoneWidth} asserts for the whole filter (legend, actions, 20 companies, message), per locale:
 * a few per cent above what was measured (379 px in Korean, 500 px in English), so a denser layout passes and a looser
 * one (fewer chips per row, taller chips) fails.
 */
const MAX_FILTER_HEIGHT = { ko: 390, en: 515 };
/** At most this many rows of chips (measured: 7 in Korean, 10 in English). */
const MAX_CHIP_ROWS = { ko: 7, en: 10 };

/**
 * At 375 px, the 20 domestic companies wrap as chips, about three to a row, each a 36 px target, and the whole filter is
 * one short stretch of Tab stops. Measured in Chromium (Noto Sans CJK, DejaVu Sans): the filter is 379 px tall in Korean
 * (7 rows of chips) and 500 px in English (10 rows); the play function asserts ≤ 390 px / ≤ 515 px, no horizontal
 * overflow, and that the pay button after the filter is 3 Tab stops from "select all" (select all, clear, the company
 * list) rather than 22.
 */
export const AtPhoneWidth: Story = {
  // No canvas padding around the 375 px frame: on a real 375 px screen the frame is the whole width.
  parameters: { layout: 'fullscreen' },
  render: () => (
    <div
      data-phone-screen=""
      style={{ width: PHONE_WIDTH, boxSizing: 'border-box', padding: 16, outline: '1px dashed currentColor' }}
    >
      <Checkout initial={DOMESTIC_CARD_CODES} />
    </div>
  ),
  play: whenTesting(async ({ canvasElement, globals }: Ctx) => {
    const t = texts(globals);
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: t.legend });
    const screen = canvasElement.querySelector<HTMLElement>('[data-phone-screen]')!;
    await expect(screen.getBoundingClientRect().width).toBe(PHONE_WIDTH);

    // Compact: the chips wrap several to a row, nothing sticks out sideways, the whole filter stays short.
    const locale = textsFor(globals).locale;
    const { height } = group.getBoundingClientRect();
    await expect(height).toBeLessThanOrEqual(MAX_FILTER_HEIGHT[locale]);
    await expect(group.scrollWidth).toBeLessThanOrEqual(group.clientWidth);
    const boxes = within(group).getAllByRole('checkbox');
    await expect(boxes).toHaveLength(20);
    const rows = new Set(boxes.map((box) => Math.round(box.getBoundingClientRect().top)));
    await expect(rows.size).toBeLessThanOrEqual(MAX_CHIP_ROWS[locale]);
    for (const box of boxes) {
      const chip = box.closest('label')!.getBoundingClientRect();
      await expect(chip.height).toBeGreaterThanOrEqual(36);
      await expect(chip.right).toBeLessThanOrEqual(group.getBoundingClientRect().right);
    }

    // Keyboard: count the Tab stops from the filter's first control to the pay button.
    const payButton = canvas.getByRole('button', { name: textsFor(globals).ui.button.label });
    canvas.getByRole('button', { name: t.selectAll }).focus();
    const stops: Element[] = [];
    while (document.activeElement !== payButton && stops.length < 30) {
      stops.push(document.activeElement!);
      await userEvent.tab();
    }
    await expect(payButton).toHaveFocus();
    await expect(stops).toEqual([
      canvas.getByRole('button', { name: t.selectAll }),
      canvas.getByRole('button', { name: t.clear }),
      boxes[0],
    ]);
  }),
};
