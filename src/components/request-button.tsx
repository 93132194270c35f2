import type { ReactNode } from 'react';
import type { BillingKeyStatus } from '../core/flows/request-controller';
import { ownFields } from '../core/rules/own';
import type { VerifyBillingKey } from '../core/outcome/outcome';
import type { BillingKeyError } from '../core/vocabulary/errors';
import { ButtonShell, type NativeButtonProps } from './button-shell';
import { NoticeView } from './notice-view';
import { splitRequestProps, type RequestReading } from './request-props';
import { useClickRequest } from './use-click-request';

/** The props both generations' `BillingKeyButton` add to their request and the `<button>` attributes. */
export interface RequestButtonOwnProps<TResult> {
  /** Called with a typed {@link BillingKeyError}; show `error.message` to the buyer. */
  onFailure?: (error: BillingKeyError) => void;
  /** `'auto'` (default) shows the PG's `PgNotice` after the button; `'none'` hides it. */
  notice?: 'auto' | 'none';
  /** Overrides the provider's `verify` for this button. */
  verify?: VerifyBillingKey<TResult>;
  /** The label; default from the locale. While busy it stays, and a spinner appears beside it. */
  children?: ReactNode;
}

/** What one generation plugs into {@link RequestButton}: its request reading and its `useBillingKey`. */
export interface RequestButtonBinding<TRequest, TResult> extends RequestReading<TRequest> {
  /** The generation's `useBillingKey`. */
  readonly useBillingKey: (options: { verify?: VerifyBillingKey<TResult> | undefined }) => {
    status: BillingKeyStatus;
    request: (request: TRequest) => Promise<TResult>;
  };
}

type Props<TRequest, TResult> = TRequest &
  RequestButtonOwnProps<TResult> &
  NativeButtonProps & { onSuccess?: ((result: TResult) => void) | undefined };

/**
 * The button both generations' `BillingKeyButton` are: the request split from the `<button>` attributes, the hook's
 * request on click (see {@link useClickRequest}), the status on the button and the PG's notice after it.
 */
export function RequestButton<TRequest, TResult>({
  binding,
  props,
}: {
  binding: RequestButtonBinding<TRequest, TResult>;
  props: Props<TRequest, TResult>;
}) {
  // Own fields only: a polluted Object.prototype.notice = 'none' must not hide what the buyer must hear.
  const { onSuccess, onFailure, notice = 'auto', verify, children, onClick, ...rest } = ownFields(props);
  const [request, buttonProps] = splitRequestProps(rest, binding.requestKeys as (keyof typeof rest)[]);
  const billingKey = binding.useBillingKey({ verify });
  const content = binding.useNotice(request as Partial<TRequest>);
  const renderNotice =
    notice !== 'none' && content.notices.length > 0 ? (id: string) => <NoticeView id={id} {...content} /> : undefined;
  const handleClick = useClickRequest({
    start: () => billingKey.request(request as unknown as TRequest),
    onSuccess,
    onFailure,
    onClick,
  });

  return (
    <ButtonShell status={billingKey.status} buttonProps={buttonProps} onClick={handleClick} notice={renderNotice}>
      {children}
    </ButtonShell>
  );
}
