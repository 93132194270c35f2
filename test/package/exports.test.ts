import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
  exports: Record<string, { import?: { types: string }; require?: { types: string } } | string>;
  typesVersions: Record<string, Record<string, string[]>>;
  sideEffects: boolean;
};

describe('package entries', () => {
  const subpaths = Object.keys(pkg.exports).filter((key) => key !== '.' && key !== './package.json');

  it('offers the entries DESIGN.md names: core, testing, pg-docs, v2, server', () => {
    expect(subpaths).toEqual(expect.arrayContaining(['./core', './testing', './pg-docs', './v2', './server']));
  });

  // TypeScript with moduleResolution "node" (still common in Jest setups) ignores `exports`: typesVersions maps each
  // subpath to its declarations, so `import … from 'react-billing-key/testing'` type-checks there too.
  it.each(Object.keys(pkg.exports).filter((key) => key !== '.' && key !== './package.json'))(
    '%s resolves under moduleResolution "node" through typesVersions, to the same declarations as exports',
    (subpath) => {
      const name = subpath.slice(2);
      const entry = pkg.exports[subpath] as { import: { types: string } };
      expect(pkg.typesVersions['*']![name]).toEqual([entry.import.types]);
    },
  );

  it('is free of side effects, so bundlers drop what an app does not import', () => {
    expect(pkg.sideEffects).toBe(false);
  });
});
