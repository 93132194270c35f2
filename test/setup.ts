import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetBillingKeyState } from '../src/testing';

// Every test starts from a fresh page: no SDK, no library state, no script tags.
// (A test in Node, `@vitest-environment node`, has no page to reset.)
afterEach(() => {
  if (typeof window === 'undefined') return;
  cleanup();
  delete (window as { IMP?: unknown; PortOne?: unknown }).IMP;
  delete (window as { IMP?: unknown; PortOne?: unknown }).PortOne;
  for (const script of Array.from(document.querySelectorAll('script'))) script.remove();
  resetBillingKeyState();
});
