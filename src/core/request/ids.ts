/** Longest `merchant_uid` PortOne accepts (and the longest id this module makes). */
export const MAX_MERCHANT_UID_LENGTH = 40;

let counter = 0;

/** 64 random bits as base-36 text; Web Crypto where there is one (every browser, Node ≥ 19). */
function randomPart(): string {
  const words = new Uint32Array(2);
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (crypto?.getRandomValues) crypto.getRandomValues(words);
  else words.forEach((_, i) => (words[i] = Math.floor(Math.random() * 2 ** 32)));
  return Array.from(words, (word) => word.toString(36).padStart(7, '0')).join('');
}

/**
 * A new id for one attempt (`merchant_uid` in v1, `issueId` in v2), e.g. `bk_mh2x9k1c_1_3f0a1z9c8d7e6f` or, with
 * `alphanumeric`, `bkmh2x9k1c013f0a1z9c8d7e6f` for PGs that take letters and digits only (Smartro).
 * Made of the time, a per-page counter (fast clicks) and 64 random bits (other tabs and devices); at most 40 characters,
 * cutting a long prefix rather than the part that makes it unique.
 * @param prefix Leading text, e.g. your shop's order prefix. Default `'bk'`.
 */
export function createMerchantUid(prefix = 'bk', options: { alphanumeric?: boolean } = {}): string {
  counter = (counter + 1) % 1296;
  const parts = [Date.now().toString(36), counter.toString(36).padStart(2, '0'), randomPart()];
  const separator = options.alphanumeric ? '' : '_';
  const cleanPrefix = options.alphanumeric ? prefix.replace(/[^A-Za-z0-9]/g, '') : prefix;
  const unique = separator + parts.join(separator);
  return cleanPrefix.slice(0, MAX_MERCHANT_UID_LENGTH - unique.length) + unique;
}
