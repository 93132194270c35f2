// The one development gate. Bundlers replace `process.env.NODE_ENV` with its value, so production builds drop every
// `if (process.env.NODE_ENV !== 'production')` block: developer details and warnings never reach a buyer's bundle.
// Declared here, not through @types/node, because the library itself runs in browsers.
declare const process: { readonly env: { readonly NODE_ENV?: string } };
