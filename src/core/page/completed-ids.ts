/**
 * Attempt ids (`merchant_uid`, `issueId`) that completed on this page, per generation: PortOne refuses an id twice
 * (v1 `F1002` "이미 결제가 이루어진 거래건입니다"), so a reused one is refused before any window opens.
 */
let completed = new Set<string>();

const keyOf = (generation: 'v1' | 'v2', id: string) => `${generation}:${id}`;

/** Records that `id` completed. */
export function markCompleted(generation: 'v1' | 'v2', id: string): void {
  completed.add(keyOf(generation, id));
}

/** True when `id` already completed on this page. */
export function isCompleted(generation: 'v1' | 'v2', id: string): boolean {
  return completed.has(keyOf(generation, id));
}

/** Forgets what completed (a fresh page). */
export function resetCompleted(): void {
  completed = new Set();
}
