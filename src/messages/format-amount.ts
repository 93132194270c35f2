import type { Locale } from '../core/messages';

/**
 * An amount as the locale writes it, with its currency: KRW as `9,900원` (ko) or `9,900 KRW` (en), another currency
 * (Paymentwall's `params.currency`) the way `Intl` writes it (`US$10.00`, `$10.00`). Anything but a finite number is
 * shown as given, so render-time callers never throw.
 */
export function formatAmount(amount: unknown, locale: Locale, currency: unknown = 'KRW'): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return String(amount);
  const tag = locale === 'ko' ? 'ko-KR' : 'en-US';
  if (currency === 'KRW' || typeof currency !== 'string') {
    const digits = amount.toLocaleString(tag);
    return locale === 'ko' ? `${digits}원` : `${digits} KRW`;
  }
  try {
    return new Intl.NumberFormat(tag, { style: 'currency', currency }).format(amount);
  } catch {
    // Not an ISO 4217 code: say it as given.
    return `${amount.toLocaleString(tag)} ${currency}`;
  }
}
