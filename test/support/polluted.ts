// Prototype pollution as a vulnerable deep-merge on the page would leave it: `fields` on Object.prototype while `run`
// runs, removed afterwards whatever happens.
import { act, screen } from '@testing-library/react';
import { expect, vi } from 'vitest';

/**
 * Runs `run` with `fields` set on Object.prototype. React itself reads props with for…in and complains about the
 * polluted names on DOM elements, so console.error is silenced meanwhile.
 */
export async function withPollutedPrototype(fields: Record<string, unknown>, run: () => void | Promise<void>): Promise<void> {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const proto = Object.prototype as Record<string, unknown>;
  Object.assign(proto, fields);
  try {
    await run();
  } finally {
    for (const key of Object.keys(fields)) delete proto[key];
  }
}

/** After a render under a polluted prototype: no script from the polluted `sdkUrl` (`evil…`), the button's own label. */
export async function expectNoPollutedSetting(): Promise<void> {
  await act(async () => {});
  const sources = [...document.querySelectorAll('script')].map((script) => script.src);
  expect(sources.some((src) => src.includes('evil'))).toBe(false);
  expect(screen.getByRole('button')).toHaveTextContent('카드 등록하기');
}
