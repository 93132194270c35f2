import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  BillingKeyButton,
  IamportProvider,
  useBillingKey,
  type BillingKeyError,
  type BillingKeyOutcome,
  type BillingKeyResult,
  type Locale,
} from '../src';
import { useUiMessages } from '../src/components/use-ui-messages';
import {
  OFFLINE_SDK_URL,
  PageButton,
  ResultLine,
  SHOWROOM_USER_CODE,
  localeOf,
  requestFor,
  showroomMock,
  textsFor,
  type ShowroomParameters,
} from './support/showroom';
import { whenTesting } from './support/play';

const WORDS = {
  ko: {
    register: '카드 등록',
    reset: '결제창 닫힘: 처음부터 다시',
    status: '요청 상태',
    navigation: '쇼핑몰 메뉴',
    leave: '다른 페이지로 이동',
    back: '결제 페이지로 돌아오기',
    away: '다른 페이지입니다. 결제창은 아직 열려 있을 수 있습니다.',
    provider: '가맹점 onResult가 받은 결과',
  },
  en: {
    register: 'Register card',
    reset: 'Window closed: start over',
    status: 'Request status',
    navigation: 'Shop menu',
    leave: 'Go to another page',
    back: 'Back to checkout',
    away: 'Another page. The payment window may still be open.',
    provider: 'Outcomes the merchant’s onResult received',
  },
};

interface LifecycleProps {
  /** The provider's `onResult`: every final outcome, also a late answer after the request was abandoned. */
  onResult: (outcome: BillingKeyOutcome) => void;
  onSuccess: (result: BillingKeyResult) => void;
  onFailure: (error: BillingKeyError) => void;
}

/** What the provider's `onResult` heard, one line per outcome. */
function useResultLog(onResult: LifecycleProps['onResult']) {
  const [log, setLog] = useState<string[]>([]);
  const record = (outcome: BillingKeyOutcome) => {
    setLog((lines) => [
      ...lines,
      outcome.status === 'success' ? `success ${outcome.result.merchantUid}` : `failure ${outcome.error.code}`,
    ]);
    onResult(outcome);
  };
  return { log, record };
}

function ResultLog({ log }: { log: string[] }) {
  const { locale } = useUiMessages();
  return (
    <section aria-labelledby="showroom-log-heading">
      <h2 id="showroom-log-heading" style={{ fontSize: '1em', margin: '24px 0 8px' }}>
        {WORDS[locale].provider}
      </h2>
      <ul data-showroom-log="" style={{ margin: 0 }}>
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

/** A merchant's own button on `useBillingKey`, with the "start over" control a checkout shows when the window is lost. */
function HookCheckout({ onSuccess, onFailure }: Omit<LifecycleProps, 'onResult'>) {
  const { locale } = useUiMessages();
  const words = WORDS[locale];
  const { request, reset, status, error } = useBillingKey();
  const busy = status === 'loading' || status === 'pending' || status === 'verifying';
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      <PageButton
        type="button"
        aria-busy={busy}
        onClick={() => {
          request(requestFor('html5_inicis')).then(onSuccess, onFailure);
        }}
      >
        {words.register}
      </PageButton>
      <PageButton type="button" onClick={reset}>
        {words.reset}
      </PageButton>
      <ResultLine role="status" data-showroom-result="" $failed={!!error}>
        {words.status}: <output data-showroom-status="">{status}</output>
        {error ? ` (${error.code})` : ''}
      </ResultLine>
    </div>
  );
}

/** The merchant's provider, in the toolbar's locale, with an `onResult` whose outcomes are listed below the page. */
function LifecyclePage({
  locale,
  onResult,
  children,
}: Pick<LifecycleProps, 'onResult'> & { locale: Locale; children: ReactNode }) {
  const { log, record } = useResultLog(onResult);
  return (
    <IamportProvider userCode={SHOWROOM_USER_CODE} sdkUrl={OFFLINE_SDK_URL} locale={locale} onResult={record}>
      {children}
      <ResultLog log={log} />
    </IamportProvider>
  );
}

/** A route switch: the checkout with its BillingKeyButton, or another page. */
function LeaveAndComeBack({ onSuccess, onFailure }: Omit<LifecycleProps, 'onResult'>) {
  const { locale } = useUiMessages();
  const words = WORDS[locale];
  const [onCheckout, setOnCheckout] = useState(true);
  return (
    <>
      <nav aria-label={words.navigation}>
        <PageButton type="button" onClick={() => setOnCheckout((here) => !here)} style={{ marginBottom: 16 }}>
          {onCheckout ? words.leave : words.back}
        </PageButton>
      </nav>
      {onCheckout ? (
        <BillingKeyButton {...requestFor('html5_inicis')} onSuccess={onSuccess} onFailure={onFailure} />
      ) : (
        <p>{words.away}</p>
      )}
    </>
  );
}

/**
 * What happens to a request whose window never answers (the buyer closed it and the SDK did not call back, or came back
 * with *back* from a redirect window): nothing stays stuck, nothing is lost (DESIGN "Request lifecycle"). The stand-in
 * holds every answer (`answer: 'manual'`) until the play function gives it, so the waiting is visible.
 */
const meta = {
  title: 'Examples/Request lifecycle',
  args: { onResult: fn(), onSuccess: fn(), onFailure: fn() },
  render: ({ onResult, onSuccess, onFailure }, { globals }) => (
    <LifecyclePage locale={localeOf(globals)} onResult={onResult}>
      <HookCheckout onSuccess={onSuccess} onFailure={onFailure} />
    </LifecyclePage>
  ),
  parameters: { mockIamport: { answer: 'manual' }, iamportProvider: false } satisfies ShowroomParameters,
} satisfies Meta<LifecycleProps>;

export default meta;
type Story = StoryObj<typeof meta>;
type Ctx = Parameters<NonNullable<Story['play']>>[0];

const statusOf = (ctx: Ctx) => ctx.canvasElement.querySelector('[data-showroom-status]');
const logOf = (ctx: Ctx) => ctx.canvasElement.querySelector('[data-showroom-log]');

/**
 * The window never answers: after the click the hook waits (`pending`); "start over" calls its `reset()`, which abandons
 * the request (its promise rejects `CANCELLED`, the page's window lock is released) and goes back to `idle`, so the next
 * click opens a new window instead of `BUSY`. When the first window answers after all, the key is not lost: the
 * provider's `onResult` hears it, and the new request keeps waiting for its own window.
 */
export const WindowNeverAnswers: Story = {
  play: whenTesting(async (ctx) => {
    const words = WORDS[localeOf(ctx.globals)];
    const canvas = within(ctx.canvasElement);
    const mock = showroomMock();

    await userEvent.click(canvas.getByRole('button', { name: words.register }));
    await waitFor(() => expect(statusOf(ctx)).toHaveTextContent('pending'));
    await expect(mock.pending).toHaveLength(1);
    await expect(canvas.getByRole('button', { name: words.register })).toHaveAttribute('aria-busy', 'true');

    await userEvent.click(canvas.getByRole('button', { name: words.reset }));
    await waitFor(() => expect(statusOf(ctx)).toHaveTextContent('idle'));
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'CANCELLED' })));
    await expect(ctx.args.onResult).not.toHaveBeenCalled();
    const abandoned = mock.lastRequest().merchant_uid;

    // The page can open a new window.
    await userEvent.click(canvas.getByRole('button', { name: words.register }));
    await waitFor(() => expect(statusOf(ctx)).toHaveTextContent('pending'));
    await expect(mock.requests).toHaveLength(2);
    await expect(ctx.args.onFailure).toHaveBeenCalledTimes(1);
    const current = mock.lastRequest().merchant_uid;
    await expect(current).not.toBe(abandoned);

    // The abandoned window answers late: reported to onResult once, never to the hook.
    mock.answer('success');
    await waitFor(() =>
      expect(ctx.args.onResult).toHaveBeenCalledWith(
        expect.objectContaining({ status: 'success', result: expect.objectContaining({ merchantUid: abandoned }) }),
      ),
    );
    await expect(statusOf(ctx)).toHaveTextContent('pending');
    await expect(ctx.args.onSuccess).not.toHaveBeenCalled();

    // The new window answers: the hook succeeds.
    mock.answer('success');
    await waitFor(() => expect(statusOf(ctx)).toHaveTextContent('success'));
    await expect(ctx.args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ merchantUid: current }));
    await expect(ctx.args.onResult).toHaveBeenCalledTimes(2);
    await expect(logOf(ctx)).toHaveTextContent(`success ${abandoned}`);
    await expect(logOf(ctx)).toHaveTextContent(`success ${current}`);
  }),
};

/**
 * A page restored from the back-forward cache (`pageshow` with `persisted`), as after *back* from a redirect window:
 * the waiting request is abandoned, the hook is `idle` again and the next click opens a window.
 */
export const BackFromTheWindow: Story = {
  play: whenTesting(async (ctx) => {
    const words = WORDS[localeOf(ctx.globals)];
    const canvas = within(ctx.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: words.register }));
    await waitFor(() => expect(statusOf(ctx)).toHaveTextContent('pending'));

    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await waitFor(() => expect(statusOf(ctx)).toHaveTextContent('idle'));
    await waitFor(() => expect(ctx.args.onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'CANCELLED' })));

    await userEvent.click(canvas.getByRole('button', { name: words.register }));
    await waitFor(() => expect(statusOf(ctx)).toHaveTextContent('pending'));
    await expect(showroomMock().requests).toHaveLength(2);
  }),
};

/**
 * Leave the page while the window is open: the checkout (and its button) unmounts on a route change, which abandons its
 * request. Back on the checkout, a click opens a window at once — no `BUSY` — and the first window's late answer still
 * reaches the provider's `onResult`.
 */
export const LeaveThePageWhileTheWindowIsOpen: Story = {
  render: ({ onResult, onSuccess, onFailure }, { globals }) => (
    <LifecyclePage locale={localeOf(globals)} onResult={onResult}>
      <LeaveAndComeBack onSuccess={onSuccess} onFailure={onFailure} />
    </LifecyclePage>
  ),
  play: whenTesting(async (ctx) => {
    const t = textsFor(ctx.globals);
    const words = WORDS[t.locale];
    const canvas = within(ctx.canvasElement);
    const mock = showroomMock();

    const leaving = canvas.getByRole('button', { name: t.ui.button.label });
    await userEvent.click(leaving);
    await waitFor(() => expect(mock.pending).toHaveLength(1));
    await expect(leaving).toHaveAttribute('aria-busy', 'true');
    const first = mock.lastRequest().merchant_uid;

    await userEvent.click(canvas.getByRole('button', { name: words.leave }));
    await expect(leaving).not.toBeInTheDocument();
    await expect(canvas.getByText(words.away)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: words.back }));

    const button = canvas.getByRole('button', { name: t.ui.button.label });
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await userEvent.click(button);
    await waitFor(() => expect(mock.requests).toHaveLength(2));
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveTextContent(t.ui.button.pending);
    await expect(ctx.args.onFailure).not.toHaveBeenCalled();
    await expect(ctx.args.onResult).not.toHaveBeenCalled();

    // The first window answers late (to onResult only); then the new one (to the button too).
    mock.answer('success');
    await waitFor(() => expect(ctx.args.onResult).toHaveBeenCalledTimes(1));
    await expect(ctx.args.onResult).toHaveBeenCalledWith(
      expect.objectContaining({ result: expect.objectContaining({ merchantUid: first }) }),
    );
    await expect(ctx.args.onSuccess).not.toHaveBeenCalled();
    mock.answer('success');
    await waitFor(() => expect(ctx.args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await expect(ctx.args.onFailure).not.toHaveBeenCalled();
  }),
};
