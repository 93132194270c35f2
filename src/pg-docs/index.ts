/**
 * `react-billing-key/pg-docs` — developer documentation per PG (English), for docs sites and internal tools. Kept out
 * of the main entry so no merchant's checkout bundle carries it.
 * @packageDocumentation
 */
export { PG_DOCS, V1_SERVER_NOTES, type PgDoc } from './v1-docs';
