/**
 * True in development builds. Written as the bare `process.env.NODE_ENV` check every bundler replaces, so that
 * production bundles fold it to `false` and drop developer-only details and warnings entirely.
 */
// Typed here so the library needs no Node types.
declare const process: { env: { NODE_ENV?: string } };

export const DEV: boolean = process.env.NODE_ENV !== 'production';
