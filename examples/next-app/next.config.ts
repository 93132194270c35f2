import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The SWC transform for the app's own styled components (stable class names on server and client). The library's
  // components need nothing: each has a fixed componentId.
  compiler: { styledComponents: true },
  // Build-time switch for the stand-in PortOne SDK (app/billing-mock.tsx), always inlined: '1' in a build made with
  // BILLING_MOCK=1 (the e2e test's), '0' otherwise, so a normal production bundle does not contain the stand-in.
  env: { BILLING_MOCK: process.env.BILLING_MOCK === '1' ? '1' : '0' },
  // Only because this example sits inside the library's repository, whose own package-lock.json Next would otherwise
  // take for the project root. A standalone app leaves this out.
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
