import { warnOnce } from '../page/dev-notes';
import { returnKeysIn } from '../request/redirect-url';

/**
 * Development only: the default return address left out keys of the page's own query that PortOne's answer also uses
 * (a shop's `?code=WELCOME10` in v2, its own `merchant_uid` in v1), since the return would be ambiguous with them. Said
 * once per key set, so the shop knows to carry that value some other way (a path segment, storage, another name).
 */
export function warnAboutLeftOutKeys(pageUrl: string | undefined, returnKeys: readonly string[], option: string): void {
  const left = pageUrl === undefined ? [] : returnKeysIn(pageUrl, returnKeys);
  if (left.length === 0) return;
  warnOnce(
    `The default ${option} leaves out this page's own ${left.map((key) => `"${key}"`).join(', ')}: PortOne's answer ` +
      `uses ${left.length > 1 ? 'those names' : 'that name'}, so the return would be ambiguous. Rename the key, or pass ` +
      `${option} yourself.`,
  );
}
