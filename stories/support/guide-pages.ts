// Which guide of the repository has which docs page in the showroom, and where a guide's link leads there (plain data
// and functions, read by the Guide block and by test/docs/docs-text.test.ts).

/** Each guide with a docs page, by its path in the repository, and the page's id. */
export const GUIDE_PAGES: Readonly<Record<string, string>> = {
  'README.md': 'docs-overview--docs',
  'README.ko.md': 'docs-overview--docs',
  'docs/getting-started.md': 'docs-getting-started--docs',
  'docs/ko/getting-started.md': 'docs-getting-started--docs',
  'docs/v1.md': 'docs-portone-v1--docs',
  'docs/v2.md': 'docs-portone-v2--docs',
  'docs/migrating-to-v2.md': 'docs-migrating-from-v1-to-v2--docs',
  'docs/nextjs.md': 'docs-next-js--docs',
  'docs/vite.md': 'docs-vite--docs',
  'docs/server.md': 'docs-your-server--docs',
  'docs/results-and-errors.md': 'docs-results-and-errors--docs',
  'docs/flows.md': 'docs-flows--docs',
  'docs/payment-method-page.md': 'docs-payment-method-page--docs',
  'docs/testing.md': 'docs-testing--docs',
  'docs/theming.md': 'docs-theming--docs',
  'docs/pg-matrix.md': 'docs-pg-matrix--docs',
  'docs/pg-facts.md': 'docs-pg-facts--docs',
  'docs/sizes.md': 'docs-sizes--docs',
  'docs/pay-for-what-you-use.md': 'docs-pay-for-what-you-use--docs',
};

/** GitHub's anchor for a heading: lower case, punctuation dropped (letters of any script kept), spaces to hyphens. */
export const githubAnchor = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** Where a link of the guide at `file` leads in the showroom: a docs page, an anchor of this page, the web, or nowhere. */
export function showroomHref(file: string, href: string): string | undefined {
  if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return href;
  const [target = ''] = href.split('#');
  const parts = [...file.split('/').slice(0, -1)];
  for (const part of decodeURIComponent(target).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  const page = GUIDE_PAGES[parts.join('/')];
  return page ? `?path=/docs/${page}` : undefined;
}
