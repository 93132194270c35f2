/**
 * A page restored from the back-forward cache (`pageshow` with `persisted`): the buyer pressed *back* in a redirect
 * window, and whatever was waiting for that window will never hear from it.
 */
const listeners = new Set<() => void>();
let listening = false;

function onPageShow(event: PageTransitionEvent): void {
  if (!event.persisted) return;
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` when the page comes back from the back-forward cache; returns the unsubscribe function. */
export function onPageRestored(listener: () => void): () => void {
  if (!listening && typeof window !== 'undefined') {
    window.addEventListener('pageshow', onPageShow);
    listening = true;
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A fresh page: whatever the old one was waiting for is abandoned (its listener called once), then forgotten. */
export function resetPageRestore(): void {
  const waiting = [...listeners];
  listeners.clear();
  for (const listener of waiting) listener();
}
