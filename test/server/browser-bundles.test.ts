// The server's half never reaches a browser: every browser entry, bundled for production as a shop's bundler does
// (esbuild, browser platform, NODE_ENV=production, minified, the peers external), carries no v1 token call, no server
// SDK and no v2 confirmation call, and no module of src/server. The controls prove the search finds those strings where
// they are: in the server entry, and (as a developer hint) in a development build of the v2 entry.
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const SERVER_ONLY = ['getToken', 'server-sdk', '/billing-keys/confirm'];
const BROWSER_ENTRIES = ['src/index.ts', 'src/v2/index.ts', 'src/core/index.ts', 'src/testing/index.ts', 'src/pg-docs/index.ts'];

async function bundle(entry: string, mode: 'production' | 'development', platform: 'browser' | 'node' = 'browser') {
  const result = await build({
    // Everything the entry exports is kept, as in an app that imports all of it.
    stdin: { contents: `export * from './${entry}';`, resolveDir: root, sourcefile: 'app.ts', loader: 'ts' },
    bundle: true,
    write: false,
    minify: mode === 'production',
    format: 'esm',
    platform,
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    external: ['react', 'react/*', 'react-dom', 'react-dom/*', 'styled-components', '@portone/server-sdk'],
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, metafile: result.metafile as Metafile };
}

describe('no browser bundle carries the server half', () => {
  it.each(BROWSER_ENTRIES)(
    '%s (production)',
    async (entry) => {
      const { code, metafile } = await bundle(entry, 'production');
      expect(SERVER_ONLY.filter((text) => code.includes(text))).toEqual([]);
      expect(Object.keys(metafile.inputs).filter((input) => input.startsWith('src/server/'))).toEqual([]);
    },
    60_000,
  );

  it('controls: the server entry has all three; the v2 hint naming /billing-keys/confirm is in development builds only', async () => {
    const server = await bundle('src/server/index.ts', 'production', 'node');
    expect(SERVER_ONLY.filter((text) => server.code.includes(text))).toEqual(SERVER_ONLY);
    const v2Development = await bundle('src/v2/index.ts', 'development');
    expect(v2Development.code).toContain('/billing-keys/confirm');
  }, 60_000);
});
