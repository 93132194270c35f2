import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Subscription } from './Subscription';

// The stand-in SDK, in development (`npm run dev`) and in the e2e build (`vite build --mode e2e`) only. In a normal
// production build the condition is false at build time, so this import — and react-billing-key/testing — is not in the
// bundle. It runs before the first render: when the provider mounts, window.IMP is already there, so it loads nothing.
if (import.meta.env.DEV || import.meta.env.MODE === 'e2e') {
  const { installBillingMock } = await import('./billing-mock');
  installBillingMock();
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Subscription />
  </StrictMode>,
);
