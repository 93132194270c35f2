/**
 * The PG code part of a `pg` value (`'html5_inicis.INIBillTst'` → `'html5_inicis'`, `'paypal_v2'` → `'paypal_v2'`);
 * `''` for anything but text. Both generations name PGs this way, so it sits below either generation's rules.
 */
export function pgCodeOf(pg: unknown): string {
  return typeof pg === 'string' ? (pg.split('.')[0] ?? '') : '';
}
