import { readSession, STORAGE_KEYS, writeSession } from './session-map';

/**
 * Attempt ids (`merchant_uid`, `issueId`) that completed on this page, per generation: PortOne refuses an id twice
 * (v1 `F1002` "이미 결제가 이루어진 거래건입니다"), so a reused one is refused before any window opens. In memory, and in
 * `sessionStorage` so that a redirect return counts too.
 */
let completed = new Set<string>();

const keyOf = (generation: 'v1' | 'v2', id: string) => `${generation}:${id}`;
const stored = () => readSession<number>(STORAGE_KEYS.completed, Date.now(), (at) => at);

/** Records that `id` completed. */
export function markCompleted(generation: 'v1' | 'v2', id: string): void {
  const key = keyOf(generation, id);
  completed.add(key);
  writeSession(STORAGE_KEYS.completed, { ...stored(), [key]: Date.now() });
}

/** True when `id` already completed on this page (this load or an earlier one in the same tab, within a day). */
export function isCompleted(generation: 'v1' | 'v2', id: string): boolean {
  const key = keyOf(generation, id);
  return completed.has(key) || Object.prototype.hasOwnProperty.call(stored(), key);
}

/** Forgets the in-memory record (a fresh page load). */
export function resetCompleted(): void {
  completed = new Set();
}
