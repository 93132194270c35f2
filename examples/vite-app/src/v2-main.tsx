import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SubscriptionV2 } from './SubscriptionV2';

// The PortOne v2 page (v2.html): the same stand-in SDKs as main.tsx, in development and in the e2e build only.
if (import.meta.env.DEV || import.meta.env.MODE === 'e2e') {
  const { installBillingMock } = await import('./billing-mock');
  installBillingMock();
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SubscriptionV2 />
  </StrictMode>,
);
