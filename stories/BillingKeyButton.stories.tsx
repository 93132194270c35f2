import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { BillingKeyButton, IamportProvider, type IamportResponse, type IamportSdk, type RequestPayParams } from '../src';

// A stand-in window.IMP that approves every request after a short pause, so the story works offline.
function installApprovingIamport(): IamportSdk {
  const sdk: IamportSdk = {
    init: () => {},
    request_pay: (params: RequestPayParams, callback?: (response: IamportResponse) => void) => {
      setTimeout(() => callback?.({ imp_uid: 'imp_story', merchant_uid: params.merchant_uid, error_code: null, error_msg: null }), 300);
    },
  };
  (window as { IMP?: IamportSdk }).IMP = sdk;
  return sdk;
}

const meta = {
  title: 'Components/BillingKeyButton',
  component: BillingKeyButton,
  args: {
    pg: 'jtnet',
    customerUid: 'member_1_card_1',
    amount: 0,
    buyer: { name: '홍길동', email: 'gildong@example.com', tel: '010-1234-5678' },
    onSuccess: fn(),
    onFailure: fn(),
  },
  decorators: [
    (Story) => {
      installApprovingIamport();
      return (
        <IamportProvider userCode="imp12345678">
          <Story />
        </IamportProvider>
      );
    },
  ],
} satisfies Meta<typeof BillingKeyButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Jtnet: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: '카드 등록하기' });
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(await canvas.findByRole('button', { name: '카드 등록하기' })).toHaveAttribute('aria-busy', 'false');
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ customerUid: 'member_1_card_1', charged: false }));
  },
};

export const DanalTestCharge: Story = {
  args: { pg: 'danal_tpay' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('note')).toHaveTextContent('10원');
  },
};
