export { isMobileBrowser } from '../core/page/device';

/** Goes to `url` the way a PG's redirect does, or with the test's own `navigate`. */
export function navigateTo(url: string, navigate?: (url: string) => void): void {
  if (navigate) navigate(url);
  else window.location.assign(url);
}
