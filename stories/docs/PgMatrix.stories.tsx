import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PG_RULES } from '../../src';
import { PgMatrix } from './PgMatrix';
import { FLOW_COLUMNS, PG_MATRIX_COLUMNS, V2_PG_MATRIX_COLUMNS } from './pg-matrix';
import { PG_RULES as V2_PG_RULES } from '../../src/v2';

const meta = {
  title: 'Docs/PG matrix table',
  component: PgMatrix,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof PgMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The tables the "Docs/PG matrix" page shows: one row per PG in each generation's rules table, with row and column
 * headers, readable at 1280px (no code broken mid-word, the Notes column not cut off).
 */
export const Table: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'Billing-key windows by PG' });
    await expect(within(table).getAllByRole('columnheader')).toHaveLength(PG_MATRIX_COLUMNS.length);
    await expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(Object.keys(PG_RULES));
    await expect(within(table).getByRole('row', { name: /danal_tpay/ })).toHaveTextContent('10 KRW test charge');
    await expect(within(table).getByRole('row', { name: /galaxia/ })).toHaveTextContent('the window shows 1000 KRW');
    await expect(within(table).getByRole('row', { name: /settle_acc/ })).toHaveTextContent('pg with the MID');
    for (const pg of ['jtnet', 'chai']) {
      await expect(within(table).getByRole('row', { name: new RegExp(pg) })).toHaveTextContent('discontinued');
    }
    await expect(canvas.getByRole('region', { name: 'Billing-key windows by PG' })).toHaveAttribute('tabindex', '0');
    await expect(within(table).getByRole('row', { name: /toss_brandpay/ })).toHaveTextContent('no public pg code');

    const v2 = canvas.getByRole('table', { name: 'Billing-key windows by PG (v2)' });
    await expect(within(v2).getAllByRole('columnheader')).toHaveLength(V2_PG_MATRIX_COLUMNS.length);
    await expect(
      within(v2)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(Object.keys(V2_PG_RULES));
    await expect(within(v2).getByRole('row', { name: /tosspayments/ })).toHaveTextContent('TRANSFER');
    const flows = canvas.getByRole('table', { name: 'Billing flows' });
    await expect(within(flows).getAllByRole('columnheader')).toHaveLength(FLOW_COLUMNS.length);
    await expect(within(flows).getByRole('row', { name: /PayPal RT \(v2\)/ })).toHaveTextContent('loadIssueBillingKeyUI');
    await expect(within(flows).getByRole('row', { name: /Issue and pay \(v2\)/ })).toHaveTextContent('galaxia');
    // Codes are never broken inside a word.
    for (const code of canvasElement.querySelectorAll('code')) await expect(getComputedStyle(code).whiteSpace).toBe('nowrap');
  },
};
