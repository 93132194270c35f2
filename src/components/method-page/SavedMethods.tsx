import { createElement, useEffect, useId, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import { css, styled } from 'styled-components';
import type { SavedMethod, SavedMethodsNotice } from '../../core/flows/saved-methods';
import { coreMessagesFor, format, type Locale } from '../../core/vocabulary/core-messages';
import { isBillingKeyError, type BillingKeyError } from '../../core/vocabulary/errors';
import { DEFAULT_VERIFY_TIMEOUT_MS, verifyOutcome, type VerifyBillingKey } from '../../core/outcome/outcome';
import type { PageMessages } from '../../texts/page-messages';
import type { MethodBase } from '../../react/method-page/methods';
import { usePageMessages } from '../../react/method-page/use-page-messages';
import { useSavedPaymentMethods } from '../../react/method-page/use-saved-methods';
import { useLatest } from '../../react/use-latest';
import { tokens } from '../../theme/theme';
import type { GenerationBinding } from './binding';
import { Checkout, type CheckoutConsent } from './Checkout';
import { ConfirmDialog } from './ConfirmDialog';
import { focusRing, Muted, Panel, SecondaryButton } from './look';

/** The list's own props, both generations (with `methods`, the request fields every method shares come on top). */
export interface SavedMethodsOwnProps<TMethod extends MethodBase, TResult> {
  /** Reads the buyer's saved methods from your server (on mount, and again from the error state's retry button). */
  load: () => Promise<readonly SavedMethod[]> | readonly SavedMethod[];
  /** Removes one on your server; reject or throw when it failed (the item stays and the buyer is told). */
  onRemove: (id: string) => unknown;
  /**
   * Without `methods`: replaces a method in your UI, resolving with the new key's result (or rejecting with a
   * `BillingKeyError`). With `methods`: told `(oldMethod, newResult)` after the library swapped them.
   */
  onReplace?: ((method: SavedMethod, newResult?: TResult) => unknown) | undefined;
  /** The methods a replacement offers: replace then runs inside the library, in a `BillingKeyCheckout`. */
  methods?: readonly TMethod[] | undefined;
  /** The consent the replacement's checkout asks for. */
  consent?: CheckoutConsent | undefined;
  /**
   * Called with a replacement's new key before the old one is removed; return a promise (saving the key on your
   * server) and the old one is removed only after it resolves (a rejection keeps the old one).
   */
  onSuccess?: ((result: TResult) => unknown) | undefined;
  /**
   * Called with a replacement's failure (the old method stays): the library checkout's, or with `onReplace` its
   * rejection and `VERIFY_FAILED` (carrying the new key as `result`) when `verify` refuses the new key.
   */
  onFailure?: ((error: BillingKeyError) => void) | undefined;
  /** A new key must pass it before the old one is removed; default the provider's `verify`. */
  verify?: VerifyBillingKey<TResult> | undefined;
  /** The list's heading; default "등록된 결제수단" / "Saved payment methods". */
  heading?: ReactNode;
  /** The heading's level (2–6). Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * Props of either generation's `SavedPaymentMethods` (each entry names it `SavedPaymentMethodsProps`): the list's own,
 * the request fields a replacement's methods share (`TShared`, the entry's `CheckoutSharedRequest`), and the
 * attributes of its `<section>`.
 */
export type SavedListProps<TMethod extends MethodBase, TShared, TResult> = SavedMethodsOwnProps<TMethod, TResult> &
  TShared &
  Omit<HTMLAttributes<HTMLElement>, keyof TShared | 'onChange'>;

const OWN_KEYS = [
  'load',
  'onRemove',
  'onReplace',
  'methods',
  'consent',
  'onSuccess',
  'onFailure',
  'verify',
  'heading',
  'headingLevel',
] as const;

const Heading = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-SavedMethods-heading' })`
  margin: 0;
  font-size: 1.125em;
  &:focus-visible {
    ${({ theme }) => focusRing(theme)}
  }
`;

const List = /* @__PURE__ */ styled.ul.withConfig({ componentId: 'rbk-SavedMethods-list' })(({ theme }) => {
  const { spacing } = tokens(theme);
  return css`
    display: grid;
    gap: ${spacing};
    margin: 0;
    padding: 0;
    list-style: none;
  `;
});

const Item = /* @__PURE__ */ styled.li.withConfig({ componentId: 'rbk-SavedMethods-item' })(({ theme }) => {
  const { colors, spacing, radius } = tokens(theme);
  return css`
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${spacing};
    padding: ${spacing} calc(${spacing} * 1.5);
    border: 1px solid ${colors.border};
    border-radius: min(${radius}, 12px);
  `;
});

const Actions = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-SavedMethods-actions' })`
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
`;

const Badge = /* @__PURE__ */ styled.span.withConfig({ componentId: 'rbk-SavedMethods-badge' })(({ theme }) => {
  const { colors } = tokens(theme);
  return css`
    margin-left: 8px;
    padding: 0 6px;
    border: 1px solid ${colors.primary};
    border-radius: 4px;
    color: ${colors.text};
    font-size: 0.75em;
    font-weight: 600;
  `;
});

const Replacement = /* @__PURE__ */ styled.section.withConfig({ componentId: 'rbk-SavedMethods-replace' })(({ theme }) => {
  const { colors, spacing, radius } = tokens(theme);
  return css`
    display: grid;
    gap: ${spacing};
    padding: calc(${spacing} * 1.5);
    border: 1px dashed ${colors.border};
    border-radius: min(${radius}, 12px);
  `;
});

/** The date of an ISO time as the locale writes it; `''` when it is not a date. */
function dateOf(iso: string | undefined, locale: Locale): string {
  const time = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(time)) return '';
  try {
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'ko-KR', { dateStyle: 'medium' }).format(time);
  } catch {
    return iso ?? '';
  }
}

const FAILURES: ReadonlySet<SavedMethodsNotice['kind']> = new Set(['removeFailed', 'replaceFailed', 'oldKept']);

function noticeText(notice: SavedMethodsNotice | null, texts: PageMessages['savedMethods']): string {
  return notice ? format(texts[notice.kind], { method: notice.method.label }) : '';
}

/**
 * The buyer's saved methods, written once for both generations over `binding`: loading, empty and error (with retry)
 * states announced; remove behind a confirmation dialog; replace that removes the old key only after the new one is
 * issued (and confirmed).
 */
export function SavedMethods<
  TMethod extends MethodBase,
  TRequest,
  TResult extends { verified: boolean; response: unknown },
  TSdk,
>({
  binding,
  props,
}: {
  binding: GenerationBinding<TMethod, TRequest, TResult, TSdk>;
  props: SavedMethodsOwnProps<TMethod, TResult> & object;
}) {
  const own: Record<string, unknown> = {};
  const shared: Record<string, unknown> = {};
  const div: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if ((OWN_KEYS as readonly string[]).includes(key)) own[key] = value;
    else if ((binding.requestKeys as readonly string[]).includes(key)) shared[key] = value;
    else div[key] = value;
  }
  const options = own as unknown as SavedMethodsOwnProps<TMethod, TResult>;
  const { messages, locale } = usePageMessages();
  const texts = messages.savedMethods;
  const providerVerify = binding.useProviderVerify();
  const latest = useLatest(options);
  const check = options.verify ?? providerVerify;
  const saved = useSavedPaymentMethods<TResult>({
    load: () => latest.current.load(),
    onRemove: (id) => latest.current.onRemove(id),
    // Called only for a key not verified yet (the shop's onReplace): its refusal reaches onFailure, with the key.
    verify:
      check &&
      (async (result: TResult) => {
        // Core's verify rule (time-out, VERIFY_FAILED carrying the key), as a checkout applies it.
        const messages = coreMessagesFor(locale);
        const outcome = await verifyOutcome({ status: 'success', result }, check, messages, () => {}, DEFAULT_VERIFY_TIMEOUT_MS);
        if (outcome.status === 'failure') latest.current.onFailure?.(outcome.error);
        return outcome.status === 'success';
      }),
    // The new key reaches the shop only once it passed verify, before the old one is removed.
    onSuccess: (result) => latest.current.onSuccess?.(result),
  });
  const [confirming, setConfirming] = useState<SavedMethod | null>(null);
  const headingId = useId();
  const heading = useRef<HTMLElement>(null);
  const replaceHeading = useRef<HTMLHeadingElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // Where focus goes once the list re-renders after an action: an item's button, or the heading.
  const [focusRequest, setFocusRequest] = useState<{ target: string } | null>(null);
  const focused = useRef<{ target: string } | null>(null);
  const setFocusTarget = (target: string) => setFocusRequest({ target });

  useEffect(() => {
    if (focusRequest === null || focused.current === focusRequest) return;
    focused.current = focusRequest;
    const button = buttons.current.get(focusRequest.target);
    (button && !button.disabled ? button : heading.current)?.focus();
  }, [focusRequest, saved.methods]);
  useEffect(() => {
    if (saved.replacing) replaceHeading.current?.focus();
  }, [saved.replacing]);

  const library = Array.isArray(options.methods) && options.methods.length > 0;
  const canReplace = library || typeof options.onReplace === 'function';

  const replaceInShop = (method: SavedMethod) => {
    const onReplace = latest.current.onReplace;
    if (!onReplace) return;
    const issue = () =>
      Promise.resolve()
        .then(() => onReplace(method) as Promise<TResult>)
        .catch((error: unknown) => {
          // The shop's window failed or was cancelled: onFailure hears it, as from the library's own checkout.
          if (isBillingKeyError(error)) latest.current.onFailure?.(error);
          throw error;
        });
    void saved.replace(method.id, issue).then(() => setFocusTarget(`replace:${method.id}`));
  };

  const replaceInLibrary = (method: SavedMethod, next: Promise<TResult>) => {
    void saved.replace(method.id, next).then((result) => {
      if (result) latest.current.onReplace?.(method, result);
      setFocusTarget(`replace:${method.id}`);
    });
  };

  const remove = (method: SavedMethod) => {
    setConfirming(null);
    void saved.remove(method.id).then(() => setFocusTarget(`remove:${method.id}`));
  };

  const replacing = saved.methods.find((method) => method.id === saved.replacing) ?? null;
  const noticeFailed = saved.notice !== null && FAILURES.has(saved.notice.kind);
  const statusText =
    saved.status === 'loading'
      ? texts.loading
      : saved.notice
        ? noticeText(saved.notice, texts)
        : saved.status === 'ready' && saved.methods.length === 0
          ? texts.empty
          : '';

  const level = [2, 3, 4, 5, 6].includes(options.headingLevel as number) ? (options.headingLevel as number) : 2;
  const ref = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  return (
    <Panel as="section" aria-labelledby={headingId} {...(div as HTMLAttributes<HTMLElement>)}>
      <Heading as={`h${level}` as 'h2'} id={headingId} ref={heading as never} tabIndex={-1}>
        {options.heading ?? texts.heading}
      </Heading>
      <Muted role="status" data-tone={noticeFailed ? 'danger' : undefined}>
        {statusText}
      </Muted>
      {saved.status === 'error' && (
        <div role="alert">
          <Muted data-tone="danger">{texts.loadFailed}</Muted>
          <SecondaryButton type="button" onClick={() => void saved.reload()}>
            {texts.retry}
          </SecondaryButton>
        </div>
      )}
      {saved.methods.length > 0 && (
        <List aria-labelledby={headingId} aria-busy={saved.status === 'loading' || undefined}>
          {saved.methods.map((method) => {
            const busy = saved.busy.includes(method.id);
            // A date the server sent malformed is left out, not shown as "Added " with nothing after it.
            const issued = dateOf(method.issuedAt, locale);
            const details = [
              [method.cardName, method.maskedNumber].filter(Boolean).join(' '),
              issued ? format(texts.issuedAt, { date: issued }) : '',
            ]
              .filter(Boolean)
              .join(' · ');
            return (
              <Item key={method.id} aria-busy={busy || undefined}>
                <div>
                  <strong>{method.label}</strong>
                  {method.isDefault && <Badge>{texts.default}</Badge>}
                  {details && <Muted>{details}</Muted>}
                </div>
                <Actions>
                  {busy && <Muted>{texts.working}</Muted>}
                  {canReplace && (
                    <SecondaryButton
                      ref={ref(`replace:${method.id}`)}
                      type="button"
                      disabled={busy || saved.replacing !== null}
                      aria-label={format(texts.replaceLabel, { method: method.label })}
                      onClick={() => (library ? saved.openReplace(method.id) : replaceInShop(method))}
                    >
                      {texts.replace}
                    </SecondaryButton>
                  )}
                  <SecondaryButton
                    ref={ref(`remove:${method.id}`)}
                    type="button"
                    data-tone="danger"
                    // Not while its replacement's window is open: the key being issued would lose its place.
                    disabled={busy || saved.replacing === method.id}
                    aria-label={format(texts.removeLabel, { method: method.label })}
                    onClick={() => setConfirming(method)}
                  >
                    {texts.remove}
                  </SecondaryButton>
                </Actions>
              </Item>
            );
          })}
        </List>
      )}
      {replacing && library && (
        <Replacement aria-labelledby={`${headingId}-replace`}>
          {createElement(
            `h${Math.min(level + 1, 6)}`,
            { id: `${headingId}-replace`, ref: replaceHeading, tabIndex: -1, style: { margin: 0 } },
            format(texts.replaceHeading, { method: replacing.label }),
          )}
          <Checkout
            binding={binding}
            props={{
              ...shared,
              methods: options.methods ?? [],
              consent: options.consent,
              verify: options.verify,
              onSuccess: (result: TResult) => replaceInLibrary(replacing, Promise.resolve(result)),
              onFailure: (error: BillingKeyError) => {
                latest.current.onFailure?.(error);
                replaceInLibrary(replacing, Promise.reject(error));
              },
            }}
          />
          <div>
            <SecondaryButton
              type="button"
              onClick={() => {
                saved.openReplace(null);
                setFocusTarget(`replace:${replacing.id}`);
              }}
            >
              {texts.replaceCancel}
            </SecondaryButton>
          </div>
        </Replacement>
      )}
      {confirming && (
        <ConfirmDialog
          title={texts.confirmTitle}
          body={format(texts.confirmBody, { method: confirming.label })}
          confirmLabel={texts.confirmRemove}
          cancelLabel={texts.cancel}
          onConfirm={() => remove(confirming)}
          onCancel={() => {
            setConfirming(null);
            setFocusTarget(`remove:${confirming.id}`);
          }}
        />
      )}
    </Panel>
  );
}
