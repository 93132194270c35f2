// Shared pieces of the payment-method page stories (v1 and v2): an in-memory "merchant server" for the saved list, the
// phone frame, and the texts play functions look for. Not a story file.
import { useState, type ReactNode } from 'react';
import { PAGE_MESSAGES } from '../../src/texts/page-messages';
import type { SavedMethod } from '../../src';
import { localeOf } from './showroom';

/** A few saved methods, as a shop's server would list them. */
export const SAMPLE_SAVED: SavedMethod[] = [
  {
    id: 'member_42_1',
    label: '신한카드',
    pg: 'kcp_billing',
    maskedNumber: '5365-****-****-1234',
    issuedAt: '2026-10-02T01:00:00.000Z',
    isDefault: true,
  },
  { id: 'member_42_2', label: '카카오페이', pg: 'kakaopay', issuedAt: '2026-11-15T03:20:00.000Z' },
];

/** The terms every story shows (text plus a link). */
export function SampleTerms() {
  return (
    <>
      매월 9,900원이 등록한 결제수단으로 자동 결제되며, 언제든 해지할 수 있습니다. <a href="#terms">정기결제 약관</a>
    </>
  );
}

/** An in-memory stand-in for the shop's server: list, add, remove. */
export function createMemoryServer(initial: SavedMethod[] = SAMPLE_SAVED) {
  let methods = [...initial];
  return {
    load: async () => [...methods],
    remove: async (id: string) => {
      methods = methods.filter((method) => method.id !== id);
    },
    add: (method: SavedMethod) => {
      methods = [...methods.filter((m) => m.id !== method.id), method];
    },
  };
}

/** One memory server per mounted story. */
export function useMemoryServer() {
  const [server] = useState(() => createMemoryServer());
  return server;
}

/** The phone screen: 375 CSS px wide with the page's 16 px margins. */
export const PHONE_WIDTH = 375;

/** A 375 px frame around a story. */
export function PhoneFrame({ children }: { children: ReactNode }) {
  return (
    <div
      data-phone-screen=""
      style={{ width: PHONE_WIDTH, boxSizing: 'border-box', padding: 16, outline: '1px dashed currentColor' }}
    >
      {children}
    </div>
  );
}

/** The page texts of the story's locale. */
export const pageTextsFor = (globals: Record<string, unknown>) => PAGE_MESSAGES[localeOf(globals)];
