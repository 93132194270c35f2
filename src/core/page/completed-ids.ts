/**
 * The rule "an attempt id completes once", in one place: PortOne refuses an id whose attempt succeeded (v1 `F1002`
 * "이미 결제가 이루어진 거래건입니다"), so every flow records its answers here ({@link recordAnswer}) and every
 * preparation asks here ({@link isCompleted}), and a reused id is refused before any window opens. Per generation, for
 * this page load.
 */
let completed = new Set<string>();

const keyOf = (generation: 'v1' | 'v2', id: string) => `${generation}:${id}`;

/**
 * Records the answer to attempt `id`: a success completes the id, whatever the merchant's `verify` says next (the PG
 * completed it either way). A failure leaves the id free for a retry.
 */
export function recordAnswer(generation: 'v1' | 'v2', id: string, answer: { readonly status: 'success' | 'failure' }): void {
  if (answer.status === 'success') completed.add(keyOf(generation, id));
}

/** True when attempt `id` already succeeded on this page. */
export function isCompleted(generation: 'v1' | 'v2', id: string): boolean {
  return completed.has(keyOf(generation, id));
}

/** Forgets what completed (a fresh page). */
export function resetCompleted(): void {
  completed = new Set();
}
