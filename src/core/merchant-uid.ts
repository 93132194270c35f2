/** Longest `merchant_uid` (and `name`) PortOne accepts. */
export const MAX_UID_LENGTH = 40;

let counter = 0;

/**
 * A new `merchant_uid` for one attempt, e.g. `bk_mh2x9k1c_0_3f0a1z9c8d7e6f`.
 * Time + a per-page counter (fast clicks) + 64 random bits (other tabs and devices); at most 40 characters, cutting a long
 * prefix rather than the unique part.
 */
export function createMerchantUid(prefix = 'bk'): string {
  counter = (counter + 1) % 1296;
  const random = new Uint32Array(2);
  const cryptoApi = (globalThis as { crypto?: Crypto }).crypto;
  // Math.random only where Web Crypto is missing (Node before 19 has no global `crypto`).
  if (cryptoApi?.getRandomValues) cryptoApi.getRandomValues(random);
  else random.forEach((_, i) => (random[i] = Math.random() * 2 ** 32));
  let unique = `_${Date.now().toString(36)}_${counter.toString(36)}_`;
  for (const word of random) unique += word.toString(36).padStart(7, '0');
  // A long prefix is cut, never the part that makes the id unique.
  return prefix.slice(0, MAX_UID_LENGTH - unique.length) + unique;
}
