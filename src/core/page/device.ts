/**
 * True for a phone or tablet browser, told apart by the user agent as PortOne's SDK does; `false` on a server. PG rules
 * that differ by device (KG Inicis, Welcome: phone and e-mail on a PC, `offerPeriod` on mobile) read it.
 */
export function isMobileBrowser(): boolean {
  return typeof navigator !== 'undefined' && /Mobi|Android|iPhone|iPad|iPod/i.test(navigator.userAgent);
}
