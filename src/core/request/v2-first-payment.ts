import type { V2PgRule, V2RequiredField } from '../rules/v2-pg-rule';
import type { Check } from './check';
import { isPlainObject, isText } from './fields';
import { createMerchantUid, MAX_MERCHANT_UID_LENGTH } from './ids';
import { checkAlphanumericId, checkKeptId } from './shared-checks';
import type { V2BillingKeyRequest } from './v2-types';
import type {
  BillingKeyMethod,
  IssueBillingKeyAndPayParams,
  IssueBillingKeyParams,
  V2PaymentCurrency,
} from '../vocabulary/v2-wire';

/** `payment.currency` values the library knows (each is one of the official SDK's `Currency`). */
const PAYMENT_CURRENCIES: readonly V2PaymentCurrency[] = ['KRW', 'USD', 'JPY', 'CNY', 'EUR'];
/** `billingKeyAndPayMethod` values of the official types: sent only for these (the Eximbay and Payletter pages send none). */
const AND_PAY_METHODS: readonly BillingKeyMethod[] = ['MOBILE'];
/** Fields of `requestIssueBillingKey` that `requestIssueBillingKeyAndPay` does not take. */
const WINDOW_ONLY_PARAMS = ['card', 'easyPay', 'paypal'] as const;
/** Props that belong to `requestIssueBillingKey`: beside `payment` they would be dropped, so they are refused. */
const WINDOW_ONLY_PROPS = ['issueId', 'issueName', 'displayAmount', 'currency'] as const;
const PRODUCT_TYPES = ['REAL', 'DIGITAL', 'PRODUCT_TYPE_REAL', 'PRODUCT_TYPE_DIGITAL'];

/** Extra `params` fields of `requestIssueBillingKeyAndPay` (official SDK 0.1.11), accepted beside `payment`. */
export const AND_PAY_EXTRA_PARAM_KEYS: readonly string[] = [
  'taxFreeAmount',
  'vatAmount',
  'isCulturalExpense',
  'products',
  'storeDetails',
  'country',
];

/**
 * Issue-and-pay (`PortOne.requestIssueBillingKeyAndPay`, docs: sdk/ko/v2-sdk/billing-key-and-pay-request): what a
 * preparation needs to take a request's `payment`. A plain issuance does not use it, so a page that never issues and
 * pays need not carry it: `LeanPortOneProvider` has it only when given (`flows={{ issueAndPay }}`), while
 * `PortOneProvider`, `prepareV2Request` and `createPortOneProtocol` always have it.
 */
export interface IssueAndPayFlow {
  /** Checks `payment` against the rule ({@link checkFirstPayment}); `undefined` for a plain issuance. */
  readonly checkPayment: typeof checkFirstPayment;
  /** The `requestIssueBillingKeyAndPay` request ({@link toAndPayParams}). */
  readonly toParams: typeof toAndPayParams;
  /** Extra `params` fields that call takes besides those of `requestIssueBillingKey`. */
  readonly extraParamKeys: readonly string[];
}

/** The v2 flows a provider can be given beyond a plain issuance (`LeanPortOneProvider`'s `flows`). */
export interface V2Flows {
  /** Issue-and-pay: requests with `payment`. Without it such a request is refused with `INVALID_PARAMS` on `payment`. */
  readonly issueAndPay?: IssueAndPayFlow;
}

/** A checked first payment. */
export interface CheckedFirstPayment {
  readonly paymentId: string;
  readonly orderName: string;
  readonly totalAmount: number;
  readonly currency: V2PaymentCurrency;
  /** `billingKeyAndPayMethod`, when the official types have a value for the method. */
  readonly method: 'MOBILE' | undefined;
  /** Fields the first payment adds to the PG's required ones. */
  readonly required: readonly V2RequiredField[];
}

/**
 * Checks `payment` against the rule: required where the PG issues `method` only together with a first payment, refused
 * elsewhere (docs: sdk/ko/v2-sdk/billing-key-and-pay-request and the PG pages). Returns `undefined` for a plain issuance.
 * @throws {BillingKeyError} `INVALID_PARAMS` on `payment…`, or on a prop that belongs to the other call.
 */
export function checkFirstPayment(
  check: Check,
  rule: V2PgRule,
  method: BillingKeyMethod,
  request: V2BillingKeyRequest,
  isCompleted: ((id: string) => boolean) | undefined,
): CheckedFirstPayment | undefined {
  const dev = process.env.NODE_ENV !== 'production';
  const firstPayment = rule.firstPayment;
  const payment: unknown = request.payment;
  if (!firstPayment || !(firstPayment.methods as readonly unknown[]).includes(method)) {
    check(payment === undefined, 'payment', dev && notTakenDetail(method));
    return undefined;
  }
  check(
    payment !== undefined,
    'payment',
    dev &&
      `is required: this PG issues ${method} keys only together with a first payment ` +
        '({ orderName, totalAmount, currency?, paymentId? }, PortOne.requestIssueBillingKeyAndPay)',
  );
  check(isPlainObject(payment), 'payment', dev && 'must be { orderName, totalAmount, currency?, paymentId? }');
  const { orderName, totalAmount } = payment;
  check(isText(orderName), 'payment.orderName', dev && 'must be non-blank text (the order name of the first payment)');
  check(
    typeof totalAmount === 'number' && Number.isSafeInteger(totalAmount) && totalAmount > 0,
    'payment.totalAmount',
    dev && "must be a whole number > 0, in the currency's smallest unit (KRW: won; USD: cents)",
  );
  const currency = payment.currency ?? 'KRW';
  const currencies = firstPayment.currencies ?? PAYMENT_CURRENCIES;
  check(
    (currencies as readonly unknown[]).includes(currency),
    'payment.currency',
    dev && `must be one of ${currencies.join(', ')} for this PG`,
  );
  const paymentId = checkPaymentId(check, firstPayment.paymentIdCharset === 'alphanumeric', payment.paymentId, isCompleted);
  checkNoWindowOnlyFields(check, request);
  return {
    paymentId,
    orderName,
    totalAmount: totalAmount,
    currency: currency as V2PaymentCurrency,
    method: AND_PAY_METHODS.includes(method) ? 'MOBILE' : undefined,
    required: firstPayment.required ?? [],
  };
}

/** Development only: why `payment` is refused for a PG and method that issue without a payment. */
export function notTakenDetail(method: BillingKeyMethod): string {
  return `is not taken for ${method} keys of this PG: it issues them without a payment (charge later from your server)`;
}

/** Beside `payment`, the request carries nothing only `requestIssueBillingKey` takes (it would be dropped). */
function checkNoWindowOnlyFields(check: Check, request: V2BillingKeyRequest): void {
  const dev = process.env.NODE_ENV !== 'production';
  for (const key of WINDOW_ONLY_PROPS) {
    check(
      request[key] === undefined,
      key,
      dev && 'belongs to requestIssueBillingKey; beside payment use payment.paymentId, orderName, totalAmount and currency',
    );
  }
  const extras: Record<string, unknown> = isPlainObject(request.params) ? request.params : {};
  for (const key of WINDOW_ONLY_PARAMS) {
    check(!(key in extras), `params.${key}`, dev && 'is not a field of requestIssueBillingKeyAndPay');
  }
  const productType = extras.productType;
  check(
    productType === undefined || PRODUCT_TYPES.includes(productType as string),
    'params.productType',
    dev && `must be one of ${PRODUCT_TYPES.join(', ')}`,
  );
}

/** The first payment's id (made when not given): an id PortOne keeps, new on this page. */
function checkPaymentId(
  check: Check,
  alphanumeric: boolean,
  given: unknown,
  isCompleted: ((id: string) => boolean) | undefined,
): string {
  const dev = process.env.NODE_ENV !== 'production';
  const paymentId = given ?? createMerchantUid('pay', { alphanumeric });
  check(isText(paymentId), 'payment.paymentId', dev && 'must be non-blank text');
  checkKeptId(check, 'payment.paymentId', paymentId, MAX_MERCHANT_UID_LENGTH);
  checkAlphanumericId(check, 'payment.paymentId', paymentId, alphanumeric);
  check(
    !isCompleted?.(paymentId),
    'payment.paymentId',
    dev && 'already completed on this page; PortOne refuses a paymentId twice: leave it out for a new one',
  );
  return paymentId;
}

/** The `requestIssueBillingKeyAndPay` request: the built window request, its window-only fields swapped for the payment's. */
export function toAndPayParams(params: IssueBillingKeyParams, payment: CheckedFirstPayment): IssueBillingKeyAndPayParams {
  // The window-only fields are left out; the rest (customer, redirectUrl, params) is the same.
  const {
    billingKeyMethod: _method,
    issueId: _id,
    issueName: _name,
    displayAmount: _amount,
    currency: _currency,
    ...rest
  } = params;
  const built: IssueBillingKeyAndPayParams = {
    ...(rest as Omit<IssueBillingKeyAndPayParams, 'paymentId' | 'orderName' | 'totalAmount' | 'currency'>),
    billingKeyAndPayMethod: payment.method,
    paymentId: payment.paymentId,
    orderName: payment.orderName,
    totalAmount: payment.totalAmount,
    currency: payment.currency,
  };
  if (built.billingKeyAndPayMethod === undefined) delete built.billingKeyAndPayMethod;
  return built;
}

/**
 * Issue-and-pay, for `LeanPortOneProvider`'s `flows` (`flows={{ issueAndPay }}`): requests may carry `payment`, and a
 * PG and method that issue a key only with a first payment can be requested.
 */
export const issueAndPay: IssueAndPayFlow = {
  checkPayment: checkFirstPayment,
  toParams: toAndPayParams,
  extraParamKeys: AND_PAY_EXTRA_PARAM_KEYS,
};

/** Every v2 flow: what `PortOneProvider`, `prepareV2Request` and `createPortOneProtocol` are given. */
export const V2_FLOWS: Required<V2Flows> = { issueAndPay };
