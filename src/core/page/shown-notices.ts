import { warnOnce } from './dev-notes';

/** Where a PG notice on the page comes from: a button's own (`notice` on) or a `<PgNotice>` of the merchant's. */
export type NoticeSource = 'button' | 'standalone';

// Development only: how many notices of each PG are on the page, by source.
let shown = new Map<string, Record<NoticeSource, number>>();

/**
 * Development only: notes that a notice of `pg` (a PG code, with or without its `.MID` part) is on the page and warns
 * once when a button's own notice and a `<PgNotice>` show the same PG's notice together: the buyer would read it twice.
 * Returns the function that takes the notice off again (call it on unmount).
 */
export function noteNoticeShown(pg: string, source: NoticeSource): () => void {
  const code = pg.split('.')[0] ?? pg;
  const counts = shown.get(code) ?? { button: 0, standalone: 0 };
  shown.set(code, counts);
  counts[source] += 1;
  if (counts.button > 0 && counts.standalone > 0) {
    warnOnce(
      `${code}: a <PgNotice> and a <BillingKeyButton> whose notice is on both show this PG's notice, so the buyer ` +
        'reads it twice. Pass notice="none" to the button, or leave the <PgNotice> out.',
    );
  }
  return () => {
    counts[source] -= 1;
  };
}

/** Forgets every notice (a fresh page). */
export function resetShownNotices(): void {
  shown = new Map();
}
