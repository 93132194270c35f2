import type { V2PgCode } from '../rules/v2-pg-rules';
import type {
  BillingKeyMethod,
  Customer,
  FirstPayment,
  IssueBillingKeyAndPayBypass,
  IssueBillingKeyAndPayOnlyExtras,
  IssueBillingKeyExtras,
  V2Currency,
} from '../vocabulary/v2-wire';

/**
 * What a v2 billing-key request asks for (`PortOne.requestIssueBillingKey`). The library fills in `storeId` (from
 * `PortOneProvider`), `billingKeyMethod`, `issueId`, `issueName` and `redirectUrl` when they are left out, and checks
 * the request against its PG's rules before any window opens (docs: opi/ko/integration/start/v2/billing/issue and the
 * v2 PG pages).
 */
export interface V2BillingKeyRequest {
  /** The PG behind `channelKey` (`'tosspayments'`, `'inicis_v2'`…): it selects the rules; it is not sent. */
  pg: V2PgCode;
  /** The console's channel key for that PG (`channel-key-…`). Required. */
  channelKey: string;
  /** Default: the PG's (CARD for card PGs, EASY_PAY for easy pays); always sent. */
  billingKeyMethod?: BillingKeyMethod;
  /** Default: a new id for every attempt (letters and digits only where the PG needs it). One that completed on this page is refused. */
  issueId?: string;
  /** The order name shown in the window; default from the locale. */
  issueName?: string;
  /**
   * An amount the window shows (whole number ≥ 0), in the currency's smallest unit as PortOne v2 takes it (KRW: won;
   * USD: cents, so 990 is $9.90). `requestIssueBillingKey` charges nothing; charge later from your server.
   */
  displayAmount?: number;
  /** The currency of `displayAmount`; default `'KRW'` when `displayAmount` is given. */
  currency?: V2Currency;
  customer?: Customer;
  /**
   * Where redirect windows (most mobile browsers) return. Default: the current page, keeping your query keys and a hash
   * route. The library adds its own `rbk_issue_id` key to it, to match the return. PortOne appends its answer as
   * `transactionType`, `billingKey`, `billingIssueToken`, `code`, `message`, `pgCode`, `pgMessage`: a `redirectUrl` that
   * already has one of them is refused, and the default leaves them out.
   */
  redirectUrl?: string;
  /**
   * A first payment charged together with the key: required where the PG issues this `billingKeyMethod` only so (KG
   * Inicis, Welcome and Galaxia `MOBILE`; Eximbay; Payletter), refused elsewhere (`INVALID_PARAMS` on `payment`). With
   * it the library calls `PortOne.requestIssueBillingKeyAndPay`; `issueId`, `issueName`, `displayAmount` and `currency`
   * belong to the other call and are refused beside it.
   */
  payment?: FirstPayment;
  /** Any other field of `requestIssueBillingKey` (or of `requestIssueBillingKeyAndPay`, with `payment`). */
  params?: IssueBillingKeyExtras & Omit<IssueBillingKeyAndPayOnlyExtras, 'bypass'> & { bypass?: IssueBillingKeyAndPayBypass };
}
