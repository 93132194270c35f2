import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { BillingMock } from './billing-mock';
import { StyledComponentsRegistry } from './styled-registry';
import { shopTheme } from './theme';
import { ThemeProvider } from './theme-provider';
import './globals.css';

export const metadata: Metadata = {
  title: '월간 구독 — react-billing-key Next.js 예제',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ko">
      <body>
        <StyledComponentsRegistry>
          <ThemeProvider theme={shopTheme}>
            <BillingMock>{children}</BillingMock>
          </ThemeProvider>
        </StyledComponentsRegistry>
      </body>
    </html>
  );
}
