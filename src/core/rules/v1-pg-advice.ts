import type { PgRule } from './v1-pg-rule';

/** What development builds tell a developer about a v1 PG beyond its rules (fields of {@link PgRule}). */
export type PgAdvice = Pick<PgRule, 'endedOn' | 'recommended'>;

/**
 * What only development builds say about a v1 PG: the day a discontinued PG's service ended, the buyer fields and
 * `params` PortOne's docs recommend. Kept apart from the rows (`PG_RULES`) because no production path reads it: only
 * the development warnings (read behind `process.env.NODE_ENV`, so production bundles drop this table) and the docs.
 * Keyed by PG code, from pg-facts.md.
 */
export const V1_PG_ADVICE: Readonly<Record<string, PgAdvice>> = {
  // "The Danal window may fail without it."
  danal_tpay: { recommended: { buyerFields: ['tel'] } },
  // Stops the same buyer registering the same product twice.
  naverpay: { recommended: { params: ['naverProductCode'] } },
  // The callback can be lost when the buyer closes the popup: PortOne recommends the webhook.
  tosspay_v2: { recommended: { params: ['notice_url'] } },
  // The callback carries only imp_uid and merchant_uid; pending approvals arrive by webhook.
  payletter_global: { recommended: { params: ['notice_url'] } },
  jtnet: { endedOn: '2023-01-31' },
  chai: { endedOn: '2024-11-01' },
};
