// Types for chromium.mjs (imported by vitest.config.ts).
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
