'use client';
// styled-components' ThemeProvider uses React context, so a Server Component (the root layout) renders it through a
// client module. The theme it gets is plain data, built on the server (theme.ts).
export { ThemeProvider } from 'styled-components';
