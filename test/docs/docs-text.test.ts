// What a newcomer follows in the README and the guides leads somewhere real: every relative link and anchor resolves,
// every `npm run <script>` exists, every file the text names exists, and a block marked as copied from an example shop
// is that file (or, for an excerpt, its lines in order).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitize } from 'storybook/internal/csf';
import { GUIDE_PAGES, githubAnchor, showroomHref } from '../../stories/support/guide-pages';
import { codeBlocks, DOC_FILES, readDoc, ROOT } from './markdown';

const scriptsOf = (file: string) =>
  Object.keys((JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as { scripts: object }).scripts);
/** The repository's scripts, and the example shops' (`cd examples/vite-app && npm run dev`). */
const SCRIPTS = new Set(['package.json', 'examples/next-app/package.json', 'examples/vite-app/package.json'].flatMap(scriptsOf));

/** The anchors of a Markdown file's headings (outside code blocks), numbered like GitHub's when repeated. */
function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of readDoc(file).split('\n')) {
    if (/^ *```/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#{1,6} (.+)$/.exec(line);
    if (!heading) continue;
    const base = githubAnchor(heading[1]!);
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
}

/** The text of a Markdown file outside its code blocks. */
const proseOf = (file: string) => readDoc(file).replace(/^( *)```[^\n]*\n[\s\S]*?\n\1```/gm, '');

describe('links in the README and docs/', () => {
  for (const file of DOC_FILES) {
    it(`${file}: every relative link and anchor resolves`, () => {
      const broken: string[] = [];
      for (const [, target] of proseOf(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue; // https:, mailto:
        const [linkPath, anchor] = target!.split('#') as [string, string | undefined];
        const resolved = linkPath ? path.join(path.dirname(file), decodeURIComponent(linkPath)) : file;
        if (!existsSync(path.join(ROOT, resolved))) broken.push(`${target}: no ${resolved}`);
        else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor))
          broken.push(`${target}: no heading #${anchor} in ${resolved}`);
      }
      expect(broken).toEqual([]);
    });
  }
});

describe('what the README and docs/ name exists', () => {
  it('every `npm run <script>` is a script of package.json (or of an example shop)', () => {
    const missing = DOC_FILES.flatMap((file) =>
      [...readDoc(file).matchAll(/npm run ([a-z][\w:-]*)/g)]
        .map((match) => match[1]!)
        .filter((script) => !SCRIPTS.has(script))
        .map((script) => `${file}: npm run ${script}`),
    );
    expect(missing).toEqual([]);
  });

  it('every file of this repository the text names in backticks exists', () => {
    const files = repositoryFiles();
    // Paths in other repositories (PortOne's docs and API descriptions) and URLs the text quotes.
    const elsewhere = /^(opi\/|src\/schema\/|cdn\.|v[12]\.openapi\.json$|iamport\.payment-)/;
    const missing = DOC_FILES.flatMap((file) =>
      [...proseOf(file).matchAll(/`([\w~-][\w.~-]*(?:\/[\w.[\]~-]+)*\.(?:ts|tsx|mts|mjs|cjs|js|json|md|mdx))`/g)]
        .map((match) => match[1]!)
        .filter((name) => !elsewhere.test(name))
        .filter((name) => !files.some((known) => known === name || known.endsWith(`/${name}`)))
        .map((name) => `${file}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the names the README and docs/ use', () => {
  /** Names the guides quote from elsewhere: PortOne's API descriptions, the peers, Hono's Node adapter. */
  const ELSEWHERE = new Set([
    'CustomerResponse',
    'SuperBillingKeyResponse',
    'getRequestListener',
    'PayPalScriptProvider',
    'PayPalButtons',
    'useStripe',
    'useElements',
  ]);
  const sources = repositoryFiles()
    .filter((file) => file.startsWith('src/'))
    .map((file) => readFileSync(path.join(ROOT, file), 'utf8'))
    .join('\n');

  /** A file's path (`src/SubscriptionV2.tsx`), checked by the test of named files instead. */
  const isPath = (code: string) => /^[\w.~[\]/-]+\.\w+$/.test(code) && code.includes('/');

  it('every component, type, hook or factory named in inline code exists in src/ (no name from before a rename)', () => {
    // PascalCase with a second capital (BillingKeyButton, CheckoutMethod) and use…/create…/install…/verify…/is…/get…/
    // to…/prepare…/reset… functions; code blocks are compiled by snippets.test.tsx instead.
    const name =
      /(?<![\w.])([A-Z][a-z]\w*[A-Z]\w*|(?:use|create|install|verify|is|get|to|prepare|reset)[A-Z]\w*)(?=[\s(<>{}=,;:/.[\]]|$)/g;
    const missing = new Set<string>();
    for (const file of DOC_FILES.filter((doc) => doc !== 'CHANGELOG.md'))
      for (const [, code] of proseOf(file).matchAll(/`([^`\n]+)`/g))
        for (const [, found] of isPath(code!) ? [] : code!.matchAll(name))
          if (!ELSEWHERE.has(found!) && !new RegExp(`\\b${found}\\b`).test(sources)) missing.add(`${file}: ${found}`);
    expect([...missing]).toEqual([]);
  });
});

describe('the guides in the showroom (Storybook docs pages)', () => {
  const mdx = readdirSync(path.join(ROOT, 'stories/docs')).filter((name) => name.endsWith('.mdx'));
  const pages = mdx.map((name) => {
    const text = readFileSync(path.join(ROOT, 'stories/docs', name), 'utf8');
    const title = /<Meta title="([^"]+)"/.exec(text)?.[1] ?? '';
    return { name, id: `${sanitize(title)}--docs`, guides: [...text.matchAll(/<Guide file="([^"]+)"/g)].map((m) => m[1]!) };
  });

  it('each guide shown on a page is mapped to that page, and each mapped page exists', () => {
    for (const { id, guides } of pages) for (const guide of guides) expect(GUIDE_PAGES[guide], guide).toBe(id);
    const ids = new Set(pages.map((page) => page.id));
    for (const [guide, id] of Object.entries(GUIDE_PAGES)) expect(ids.has(id), `${guide} → ${id}`).toBe(true);
  });

  it("every guide of the README's table has a page", () => {
    const linked = [...proseOf('README.md').matchAll(/\]\((docs\/[^)#\s]+\.md)\)/g)].map((match) => match[1]!);
    expect(linked.filter((guide) => !(guide in GUIDE_PAGES))).toEqual([]);
  });

  it('every showroom section a guide names (*Examples / Redirect*, `V2/Issue and pay`) exists', () => {
    const titles = new Set(
      [
        ...pages.map(({ name }) => readFileSync(path.join(ROOT, 'stories/docs', name), 'utf8')),
        ...repositoryFiles()
          .filter((file) => file.startsWith('stories/') && file.endsWith('.stories.tsx'))
          .map((file) => readFileSync(path.join(ROOT, file), 'utf8')),
      ].flatMap((text) => [...text.matchAll(/(?:title: '|<Meta title=")([^'"]+)['"]/g)].map((match) => match[1]!)),
    );
    const named = DOC_FILES.flatMap((file) =>
      [...proseOf(file).matchAll(/\*((?:Components|Examples|Docs) \/ [^*]+)\*|`([Vv]2\/[^`]+)`/g)].map((match) => ({
        file,
        title: (match[1] ?? match[2]!).replace(' / ', '/'),
      })),
    );
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter(({ title }) => !titles.has(title)).map(({ file, title }) => `${file}: ${title}`)).toEqual([]);
  });

  it('no inline code span of a shown guide crosses a line break (the showroom would read `<Tag …` in it as HTML)', () => {
    const split = Object.keys(GUIDE_PAGES).flatMap((guide) =>
      proseOf(guide)
        .split('\n')
        .flatMap((line) => ((line.match(/`+/g) ?? []).length % 2 ? [`${guide}: ${line.trim()}`] : [])),
    );
    expect(split).toEqual([]);
  });

  it("a guide's link leads to the page of the guide it names", () => {
    expect(showroomHref('docs/v2.md', 'flows.md')).toBe('?path=/docs/docs-flows--docs');
    expect(showroomHref('docs/v1.md', '../README.md#install')).toBe('?path=/docs/docs-overview--docs');
    expect(showroomHref('docs/ko/getting-started.md', '../server.md')).toBe('?path=/docs/docs-your-server--docs');
    expect(showroomHref('README.md', '#install')).toBe('#install');
    expect(showroomHref('README.md', 'CONTRIBUTING.md')).toBeUndefined();
    expect(githubAnchor('4. 서버에서 확인하고 결제하기')).toBe('4-서버에서-확인하고-결제하기');
    expect(githubAnchor('v2: `installMockPortOne`')).toBe('v2-installmockportone');
  });
});

describe('blocks copied from the example shops', () => {
  const copies = DOC_FILES.flatMap((file) => codeBlocks(file).filter((block) => block.copiedFrom));

  it('are marked in the Next.js and Vite guides', () => {
    expect(copies.length).toBeGreaterThanOrEqual(8);
  });

  for (const block of copies) {
    const { path: source, excerpt } = block.copiedFrom!;
    it(`${block.file}:${block.line} is ${excerpt ? 'an excerpt of' : 'the whole of'} ${source}`, () => {
      const text = readFileSync(path.join(ROOT, source), 'utf8').trimEnd();
      if (!excerpt) {
        expect(block.code.trimEnd()).toBe(text);
        return;
      }
      // An excerpt leaves lines out (marked `// …` or `{/* … */}`), never changes or reorders one.
      const lines = text.split('\n');
      let at = 0;
      for (const line of block.code.split('\n')) {
        if (/^\s*(\/\/ …|\{\/\* … \*\/\})\s*$/.test(line) || line.trim() === '') continue;
        const found = lines.findIndex((candidate, index) => index >= at && candidate === line);
        expect(found, `${source} has no line ${JSON.stringify(line)} after line ${at}`).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
    });
  }
});

/** Every file of the repository, relative to its root, without dependencies and build output. */
function repositoryFiles(): string[] {
  const skip = new Set(['node_modules', '.git', 'dist', 'storybook-static', '.next', '.pack', 'coverage', 'react18']);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(ROOT, dir))) {
      if (skip.has(name)) continue;
      const relative = dir ? `${dir}/${name}` : name;
      if (statSync(path.join(ROOT, relative)).isDirectory()) walk(relative);
      else files.push(relative);
    }
  };
  walk('');
  return files;
}
