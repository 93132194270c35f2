/**
 * The shape of one PG's rules for PortOne v2 billing-key windows (`requestIssueBillingKey`). Every difference between
 * PGs is a field here; the table itself is `V2_PG_RULES` (v2-pg-rules.ts).
 */
import type {
  BillingKeyMethod,
  V2Currency,
  V2EasyPayProvider,
  V2PaymentCurrency,
  V2WindowLocale,
  WindowType,
} from '../vocabulary/v2-wire';
import type { IdRule, NoticeKind, PerDevice, ResultDelivery } from './shared-rule-types';

/**
 * How a v2 result arrives where a PG's page does not say otherwise: through the promise on a PC (iframe or popup) and
 * through `redirectUrl` on a mobile browser ("대부분의 모바일 환경이 리디렉션 방식에 해당됩니다"). The library's v2 rows all
 * follow it, so none lists `delivery`; only the test kit's simulated window and the docs read it.
 */
export const V2_DEFAULT_DELIVERY: PerDevice<ResultDelivery> = { pc: 'callback', mobile: 'redirect' };

/** A request field a PG may require before its window opens. */
export type V2RequiredField =
  | 'issueName'
  | 'customer.customerId'
  /** `customer.fullName`, or `customer.firstName` and `customer.lastName` (KG Inicis, KPN, Welcome). */
  | 'customer.name'
  | 'customer.phoneNumber'
  | 'customer.email'
  | 'offerPeriod'
  | 'redirectUrl'
  | 'easyPay.easyPayProvider'
  /** `params.productType` (KG Inicis phone payments). */
  | 'productType';

/** How a PG takes the first payment that comes with some of its keys (`requestIssueBillingKeyAndPay`). */
export interface V2FirstPaymentRule {
  /** The `billingKeyMethod`s issued only together with a first payment; the first is the default when `methods` is empty. */
  readonly methods: readonly BillingKeyMethod[];
  /** Fields the first payment needs besides the PG's usual ones (KG Inicis phone: `productType`). */
  readonly required?: readonly V2RequiredField[];
  /** `payment.currency` values the PG takes; absent: any the library knows. */
  readonly currencies?: readonly V2PaymentCurrency[];
  /** `paymentId` characters (Payletter: letters and digits only); the generated one follows it. */
  readonly paymentIdCharset?: 'alphanumeric';
}

/** One PG's behaviour for v2 billing-key windows. */
export interface V2PgRule {
  /**
   * The `billingKeyMethod`s its window issues; the first is the default. PortOne's vocabulary is open (Toss Payments
   * added `TRANSFER` in 2026-06), so a rule may name any `billingKeyMethod` its PG documents.
   */
  readonly methods: readonly BillingKeyMethod[];
  /**
   * Methods the PG issues keys for only together with a first payment (`PortOne.requestIssueBillingKeyAndPay`): a
   * request for one needs `payment`, and `payment` elsewhere is refused. `methods` is empty for issue-and-pay-only PGs.
   */
  readonly firstPayment?: V2FirstPaymentRule;
  /** Fields required on every device. */
  readonly required: readonly V2RequiredField[];
  /** Fields required on one kind of device only (KG Inicis, Welcome: phone and e-mail on PC, `offerPeriod` on mobile). */
  readonly requiredOn?: Partial<PerDevice<readonly V2RequiredField[]>>;
  /** `issueId` characters and length the PG accepts (the generated one follows them); absent: any non-blank text. */
  readonly issueId?: { readonly charset?: 'ascii' | 'alphanumeric'; readonly maxLength?: number };
  /** `customer.customerId`'s length and characters. */
  readonly customerId?: IdRule;
  /** `customer.fullName`'s limit in bytes (UTF-8). */
  readonly fullNameMaxBytes?: number;
  /**
   * `offerPeriod` forms the PG takes (`interval` and/or `range`), for `interval` which values, and whether a `range`
   * needs both `from` and `to` (`fullRange`: KG Inicis, Welcome, Smartro; PortOne's SDK takes one end alone).
   */
  readonly offerPeriod?: {
    readonly kinds: readonly ('interval' | 'range')[];
    readonly intervals?: readonly string[];
    readonly fullRange?: boolean;
  };
  /** Currencies `displayAmount` may be shown in; absent: any. */
  readonly currencies?: readonly V2Currency[];
  /** Narrower currency lists on one kind of device (KG Inicis: KRW only on mobile). */
  readonly currenciesOn?: Partial<PerDevice<readonly V2Currency[]>>;
  /** Window languages (`params.locale`) the PG shows; absent: any. */
  readonly locales?: readonly V2WindowLocale[];
  /**
   * What the PG does with a `locale` it does not show: `'refused'` (default) fails the request before the window opens;
   * `'ignored'` ("이외의 값을 넣어도 무시됩니다": Toss Payments, Kakao Pay, Naver Pay) sends it with a development warning.
   */
  readonly otherLocales?: 'ignored' | 'refused';
  /** Devices on which the PG ignores `locale` altogether (KG Inicis, Welcome: mobile): a development warning there. */
  readonly localeIgnoredOn?: readonly ('pc' | 'mobile')[];
  /**
   * True when the window shows `displayAmount` (KG Inicis, Welcome, Naver Pay, Galaxia): only then does the buyer hear
   * about the amount; elsewhere the developer is warned that it is not shown.
   */
  readonly showsDisplayAmount?: boolean;
  /** `card.cardCompany` (calling one card company's window directly) has no effect here: a development warning. */
  readonly cardCompanyIgnored?: boolean;
  /**
   * An easy pay whose window needs one pay method chosen (NICE with Naver Pay: card or point): for `provider`,
   * `easyPay.availablePayMethods` must hold exactly one of `oneOf`.
   */
  readonly easyPayMethodChoice?: { readonly provider: V2EasyPayProvider; readonly oneOf: readonly string[] };
  /** Window types (`params.windowType`) the PG opens per device; absent: any. */
  readonly windowTypes?: PerDevice<readonly WindowType[]>;
  /** `easyPay.easyPayProvider` values the PG takes (NICE: Kakao Pay or Naver Pay). */
  readonly easyPayProviders?: readonly V2EasyPayProvider[];
  /**
   * How the result arrives by default on a PC and on a mobile browser (the promise, or `redirectUrl`); absent: the
   * promise on a PC and `redirectUrl` on a mobile browser, what PortOne's pages say for every PG the library knows.
   */
  readonly delivery?: PerDevice<ResultDelivery>;
  /** The amount the window shows when `displayAmount` is 0 or left out, although nothing is charged (Galaxia: 1,000 KRW). */
  readonly windowAmountAtZero?: number;
  /** `params` fields the docs recommend; a development warning names what is missing. */
  readonly recommendedParams?: readonly string[];
  /** The PG's own message must reach the buyer unmodified (Naver Pay's review rule). */
  readonly pgMessageVerbatim?: boolean;
  /** Notes the buyer always hears for this PG. */
  readonly notices?: readonly NoticeKind[];
}
