import type { V2PgRule } from './v2-pg-rule';

/** What development builds tell a developer about a v2 PG beyond its rules (fields of {@link V2PgRule}). */
export type V2PgAdvice = Pick<V2PgRule, 'recommendedParams'>;

/**
 * What only development builds say about a v2 PG: the `params` PortOne's docs recommend. Kept apart from the rows
 * (`V2_PG_RULES`) because no production path reads it: only the development warnings (read behind
 * `process.env.NODE_ENV`, so production bundles drop this table) and the docs. Keyed by `pg` name, from pg-facts.md.
 */
export const V2_PG_ADVICE: Readonly<Record<string, V2PgAdvice>> = {
  // The answer can be lost when the buyer closes the popup or the browser: PortOne recommends the webhook.
  tosspay_v2: { recommendedParams: ['noticeUrls'] },
};
