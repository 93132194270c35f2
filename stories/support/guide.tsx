// A guide of the repository (README, docs/) on a Storybook docs page: the same Markdown file GitHub and npm show, with
// its links made to work in the showroom. A link to another guide opens that guide's docs page; a link to a file the
// showroom does not show (CONTRIBUTING.md, a source file) names it as text rather than leading to a missing page; a
// heading's anchor is GitHub's, so `#설치` and `#v2-installmockportone` land where they do on GitHub.
import { AnchorMdx, CodeOrSourceMdx, HeadersMdx, Markdown } from '@storybook/addon-docs/blocks';
import { createContext, useContext, type AnchorHTMLAttributes } from 'react';
import { githubAnchor, showroomHref } from './guide-pages';

/** The guide being rendered, for its links (relative to it). */
const GuideFile = createContext('README.md');

function GuideLink({ href = '', children }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const target = showroomHref(useContext(GuideFile), href);
  if (target === undefined) return <span title={`${href} in the repository`}>{children}</span>;
  // Storybook's own anchor: a `?path=` link navigates the showroom, a `#` link scrolls this page, the web opens in a tab.
  return (
    <AnchorMdx href={target} target={/^[a-z]+:/i.test(target) ? '_blank' : '_self'}>
      {children}
    </AnchorMdx>
  );
}

// Storybook's Markdown block replaces its own overrides (code blocks, headings with anchors) when given any: keep them.
const OPTIONS = { overrides: { code: CodeOrSourceMdx, ...HeadersMdx, a: GuideLink }, slugify: githubAnchor };

/** The Markdown of the guide at `file` (its path in the repository), rendered with working links. */
export function Guide({ file, children }: { file: string; children: string }) {
  return (
    <GuideFile.Provider value={file}>
      <Markdown options={OPTIONS}>{children}</Markdown>
    </GuideFile.Provider>
  );
}
