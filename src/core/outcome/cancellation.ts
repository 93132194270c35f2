/**
 * How PGs say "the buyer gave up": PortOne passes the PG's own wording, which differs by PG and stage and may change
 * (pg-facts.md, "The response"). Structured signals are read first; this table is the fallback, and anything it does
 * not match is a `PG_FAILED`. Add a wording here when a PG is seen cancelling in words the table does not know.
 */
export const CANCELLATION_SIGNALS = {
  /** Codes (v1 `error_code`, v2 `code` / `pgCode`) that mean the buyer cancelled. */
  codes: ['PAY_PROCESS_CANCELED', 'USER_CANCEL', 'CANCELLED_BY_USER'],
  /**
   * Wordings (matched ignoring case, spaces, `_` and `-`) seen when the buyer closes the window or presses cancel:
   * `[결제포기] 사용자가 결제를 취소하셨습니다`, `사용자에 의한 취소입니다.(091)` (KG Inicis mobile X button), KCP's
   * `사용자 취소` (3001), Toss's `사용자가 결제를 취소하였습니다` (S053) and `사용자가 browser 연결을 끊었습니다`, Danal's
   * `사용자가 취소한 거래입니다`, `USER_CANCEL`. Sources: pg-facts.md and the PG error-code tables linked from PortOne's docs.
   */
  wordings: [
    '결제포기',
    '결제를포기',
    '사용자가결제를취소',
    '사용자가취소',
    '사용자에의한취소',
    '사용자취소',
    '고객이결제를취소',
    '구매자가결제를취소',
    '브라우저연결을끊',
    'browser연결을끊',
    'usercancel',
    'canceledbyuser',
    'cancelledbyuser',
  ],
} as const;

const normalize = (text: string) => text.toLowerCase().replace(/[\s_-]/g, '');

/** True when any of the given codes or texts is a known cancellation. */
export function isCancellationSignal(codes: readonly unknown[], texts: readonly unknown[]): boolean {
  if (codes.some((code) => typeof code === 'string' && (CANCELLATION_SIGNALS.codes as readonly string[]).includes(code)))
    return true;
  return texts.some(
    (text) => typeof text === 'string' && CANCELLATION_SIGNALS.wordings.some((wording) => normalize(text).includes(wording)),
  );
}
