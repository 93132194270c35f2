// Shared pieces of the PayPal RT stories (v1 and v2 alike): the merchant page around a PayPalBillingButton and the steps
// a buyer takes with PayPal's simulated button (the test kit renders it into PortOne's container). Not a story file.
import { useState, type ComponentType } from 'react';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import type { BillingKeyError, Locale } from '../../src';
import { useUiMessages } from '../../src/components/use-ui-messages';
import { PAGE_MESSAGES } from '../../src/texts/page-messages';
import { PAYPAL_MESSAGES } from '../../src/texts/paypal-messages';
import { WINDOW_TEXT } from '../../src/testing/window-text';
import { localeOf, RESULT_ATTRIBUTE, ResultLine } from './showroom';

/** The showroom's own words after an answer (the merchant's page, not the library). */
const WORDS = {
  ko: {
    success: (key: string) => `PayPal이 등록되었습니다: ${key}`,
    failure: (e: BillingKeyError) => `등록하지 못했습니다 (${e.code}): ${e.message.split('\n')[0]}`,
  },
  en: {
    success: (key: string) => `PayPal registered: ${key}`,
    failure: (e: BillingKeyError) => `Could not register (${e.code}): ${e.message.split('\n')[0]}`,
  },
} satisfies Record<Locale, unknown>;

/** What a PayPal button of either generation (or a checkout offering PayPal) takes from the page. */
interface PayPalButtonProps {
  onSuccess?: (result: never, ...more: never[]) => void;
  onFailure?: (error: BillingKeyError) => void;
}
type ResultOf<TProps extends PayPalButtonProps> = Parameters<NonNullable<TProps['onSuccess']>>[0];

/**
 * A merchant page around a generation's `PayPalBillingButton` (or a `BillingKeyCheckout` offering PayPal): the button
 * and the line the page shows after each answer (`keyOf` reads the key to show: v1 `customerUid`, v2 `billingKey`).
 * The story's `onSuccess` / `onFailure` args, if any, are called too.
 */
export function payPalDemo<TProps extends PayPalButtonProps>(
  Button: ComponentType<TProps>,
  keyOf: (result: ResultOf<TProps>) => string,
) {
  return function PayPalDemo(props: TProps) {
    const { locale } = useUiMessages();
    const [line, setLine] = useState<{ text: string; failed: boolean } | null>(null);
    const words = WORDS[locale];
    const callbacks: PayPalButtonProps = {
      onSuccess: (result: ResultOf<TProps>) => {
        setLine({ text: words.success(keyOf(result)), failed: false });
        props.onSuccess?.(result);
      },
      onFailure: (error) => {
        setLine({ text: words.failure(error), failed: true });
        props.onFailure?.(error);
      },
    };
    return (
      <div style={{ maxWidth: 420 }}>
        <Button {...props} {...(callbacks as Partial<TProps>)} />
        <ResultLine role="status" {...{ [RESULT_ATTRIBUTE]: '' }} $failed={line?.failed ?? false}>
          {line?.text ?? ''}
        </ResultLine>
      </div>
    );
  };
}

interface PlayContext {
  canvasElement: HTMLElement;
  globals: Record<string, unknown>;
}

/** The labelled area of the PayPal button and PayPal's (simulated) button inside it, once it is rendered. */
export async function findPayPal(ctx: PlayContext) {
  const locale = localeOf(ctx.globals);
  const area = within(ctx.canvasElement).getByRole('group', { name: PAYPAL_MESSAGES[locale].paypal.label });
  const paypal = await within(area).findByRole('button', { name: 'PayPal' });
  return { area, paypal, window: WINDOW_TEXT[locale] };
}

/** Clicks PayPal's button (an attempt) and waits for the simulated window. */
export async function openPayPalWindow(ctx: PlayContext) {
  const found = await findPayPal(ctx);
  await userEvent.click(found.paypal);
  const dialog = await screen.findByRole('dialog');
  return { ...found, dialog };
}

/** Answers the open simulated window with one of its buttons ('approve' | 'decline'), or Escape for 'cancel'. */
export async function answerPayPalWindow(ctx: PlayContext, answer: 'approve' | 'decline' | 'cancel') {
  const { dialog, window, ...found } = await openPayPalWindow(ctx);
  if (answer === 'cancel') await userEvent.keyboard('{Escape}');
  else await userEvent.click(within(dialog).getByRole('button', { name: window[answer] }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  return found;
}

/** A story's `onSuccess` / `onFailure` args (Storybook's `fn()` spies). */
interface PayPalArgs {
  onSuccess?: unknown;
  onFailure?: unknown;
}
type PayPalPlayContext = PlayContext & { args: PayPalArgs };

const callsOf = (spy: unknown) => (spy as { mock: { calls: unknown[][] } }).mock.calls;

/**
 * The play functions both generations' PayPal stories share; `attemptOf` reads a result's attempt id (v1 `merchantUid`,
 * v2 `issueId`).
 */
export function payPalPlays(attemptOf: (result: never) => string) {
  return {
    /** PayPal's button waits for the buyer inside the labelled area; nothing was asked of PayPal yet. */
    async ready(ctx: PayPalPlayContext) {
      const { area, paypal } = await findPayPal(ctx);
      await expect(area.querySelector('.portone-ui-container[data-portone-ui-type="paypal-rt"]')).toContainElement(paypal);
      await expect(area).toHaveAttribute('aria-busy', 'false');
      await expect(ctx.args.onSuccess).not.toHaveBeenCalled();
      await expect(ctx.args.onFailure).not.toHaveBeenCalled();
    },
    /** Approve twice: two keys, each under its own attempt id (the next click is a new attempt). */
    async approved(ctx: PayPalPlayContext) {
      await answerPayPalWindow(ctx, 'approve');
      await waitFor(() => expect(ctx.args.onSuccess).toHaveBeenCalledTimes(1));
      await expect(resultLine(ctx)).toHaveTextContent('PayPal');
      await answerPayPalWindow(ctx, 'approve');
      await waitFor(() => expect(ctx.args.onSuccess).toHaveBeenCalledTimes(2));
      const [first, second] = callsOf(ctx.args.onSuccess).map(([result]) => attemptOf(result as never));
      await expect(first).not.toBe(second);
      await expect(ctx.args.onFailure).not.toHaveBeenCalled();
    },
    /** Declined in the window: `PG_FAILED`; PayPal's button stays for another attempt. */
    async declined(ctx: PayPalPlayContext) {
      const { paypal } = await answerPayPalWindow(ctx, 'decline');
      await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'PG_FAILED' })));
      await expect(resultLine(ctx)).toHaveTextContent('PG_FAILED');
      await expect(paypal).toBeVisible();
    },
    /** The buyer closes the window: `CANCELLED`. */
    async cancelled(ctx: PayPalPlayContext) {
      await answerPayPalWindow(ctx, 'cancel');
      await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'CANCELLED' })));
      await expect(resultLine(ctx)).toHaveTextContent('CANCELLED');
    },
    /** Two PayPal buttons on a page: the second fails `INVALID_PARAMS` on `container`, renders nothing; the first works. */
    async onePerPage(ctx: PayPalPlayContext) {
      await waitFor(() =>
        expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_PARAMS', field: 'container' })),
      );
      await expect(ctx.canvasElement.querySelectorAll('.portone-ui-container')).toHaveLength(1);
      await answerPayPalWindow(ctx, 'approve');
      await waitFor(() => expect(ctx.args.onSuccess).toHaveBeenCalledTimes(1));
    },
    /** The merchant's `verify` has not answered yet: the area is busy and says so. */
    async verifying(ctx: PayPalPlayContext) {
      const { area } = await answerPayPalWindow(ctx, 'approve');
      const { verifying } = PAYPAL_MESSAGES[localeOf(ctx.globals)].paypal;
      await waitFor(() => expect(area).toHaveTextContent(verifying));
      await expect(area).toHaveAttribute('aria-busy', 'true');
    },
  };
}

/**
 * The payment-method page with PayPal chosen: PayPal's container waits for the recurring-payment consent (and says
 * so), then PayPal's button registers through the simulated window.
 */
export async function registerPayPalInCheckout(ctx: PlayContext) {
  const canvas = within(ctx.canvasElement);
  await userEvent.click(canvas.getByRole('radio', { name: 'PayPal' }));
  await expect(canvas.getByText(PAGE_MESSAGES[localeOf(ctx.globals)].checkout.payPalNeedsConsent)).toBeVisible();
  await expect(ctx.canvasElement.querySelector('.portone-ui-container')).toBeNull();
  await userEvent.click(canvas.getByRole('checkbox'));
  await answerPayPalWindow(ctx, 'approve');
  await waitFor(() => expect(resultLine(ctx)).toHaveTextContent('PayPal'));
}

const resultLine = (ctx: PlayContext) => ctx.canvasElement.querySelector<HTMLElement>(`[${RESULT_ATTRIBUTE}]`);
