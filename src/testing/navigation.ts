/** True for a phone or tablet browser, as PortOne's SDK tells them apart (by the user agent). */
export function isMobileBrowser(): boolean {
  return typeof navigator !== 'undefined' && /Mobi|Android|iPhone|iPad|iPod/i.test(navigator.userAgent);
}

/** Goes to `url` the way a PG's redirect does, or with the test's own `navigate`. */
export function navigateTo(url: string, navigate?: (url: string) => void): void {
  if (navigate) navigate(url);
  else window.location.assign(url);
}
