/** Longest `merchant_uid` (and `name`) PortOne accepts. */
export const MAX_UID_LENGTH = 40;

let counter = 0;

function randomPart(): string {
  const bytes = new Uint8Array(8);
  const cryptoApi = (globalThis as { crypto?: Crypto }).crypto;
  if (cryptoApi?.getRandomValues) cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  let out = '';
  for (const byte of bytes) out += byte.toString(36).padStart(2, '0');
  return out;
}

/**
 * A new `merchant_uid` for one attempt, e.g. `bk_mh2x9k1c_0_3f0a1z9c8d7e6f5a`.
 * Time + a per-page counter (fast clicks) + 64 random bits (other tabs and devices); at most 40 characters, cutting a long
 * prefix rather than the unique part.
 */
export function createMerchantUid(prefix = 'bk'): string {
  counter = (counter + 1) % 1296;
  const unique = `_${Date.now().toString(36)}_${counter.toString(36)}_${randomPart()}`;
  // A long prefix is cut, never the part that makes the id unique.
  return prefix.slice(0, MAX_UID_LENGTH - unique.length) + unique;
}
