// The toolbar's locale on a docs page (the preview's DocsPage container provides it), so an MDX page shows the Korean or
// the English version of a guide — the same Markdown files GitHub and npm show, not copies.
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from '../../src';

export const DocsLocale = createContext<Locale>('ko');

/** Renders `ko` or `en` after the toolbar's locale. */
export function ByLocale({ ko, en }: { ko: ReactNode; en: ReactNode }) {
  return <>{useContext(DocsLocale) === 'en' ? en : ko}</>;
}
