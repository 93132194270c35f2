import { vi } from 'vitest';

/**
 * jsdom keeps no Resource Timing: makes this page's timeline say the browser has finished fetching `url`, as Chromium
 * records it once a script's fetch ends (a failed fetch too, with `responseStatus` 0). For the test's duration only.
 */
export function browserFetched(url: string): void {
  const entriesByName = performance.getEntriesByName.bind(performance);
  vi.spyOn(performance, 'getEntriesByName').mockImplementation((name, type) =>
    name === url && (type === undefined || type === 'resource')
      ? [{ name, entryType: 'resource', initiatorType: 'script', responseStatus: 0 } as unknown as PerformanceEntry]
      : entriesByName(name, type),
  );
}
