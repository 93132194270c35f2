import type { Locale } from '../core/vocabulary/core-messages';

/**
 * An amount as the locale writes it, with its currency: KRW as `9,900원` (ko) or `9,900 KRW` (en), another currency
 * the way `Intl` writes it (`US$10.00`, `$10.00`). `unit` says how the amount counts: `'major'` in whole units (v1's
 * `amount`, e.g. Paymentwall's dollars), `'minor'` in the currency's smallest unit as PortOne v2 takes it (ISO 4217:
 * 1000 USD cents are $10.00; KRW and JPY have none). Anything but a finite number is shown as given, so render-time
 * callers never throw.
 */
export function formatAmount(
  amount: unknown,
  locale: Locale,
  currency: unknown = 'KRW',
  unit: 'major' | 'minor' = 'major',
): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return String(amount);
  const tag = locale === 'ko' ? 'ko-KR' : 'en-US';
  if (currency === 'KRW' || typeof currency !== 'string') {
    const digits = amount.toLocaleString(tag);
    return locale === 'ko' ? `${digits}원` : `${digits} KRW`;
  }
  try {
    const formatter = new Intl.NumberFormat(tag, { style: 'currency', currency });
    const minorDigits = formatter.resolvedOptions().maximumFractionDigits ?? 0;
    return formatter.format(unit === 'minor' ? amount / 10 ** minorDigits : amount);
  } catch {
    // Not an ISO 4217 code: say it as given.
    return `${amount.toLocaleString(tag)} ${currency}`;
  }
}
