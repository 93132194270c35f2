import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetDevWarnings } from '../src/core/dev-warnings';
import { resetRedirectClaims } from '../src/core/redirect-reports';
import { resetSdkLoader } from '../src/core/sdk-loader';
import { resetWindowLock } from '../src/core/window-lock';

afterEach(() => {
  cleanup();
  delete (window as { IMP?: unknown }).IMP;
  for (const script of Array.from(document.querySelectorAll('script'))) script.remove();
  resetSdkLoader();
  resetWindowLock();
  resetRedirectClaims();
  resetDevWarnings();
  window.sessionStorage.clear();
});
