// What the docs' TypeScript snippets take from the reader's own app: the names a snippet uses without defining them (a
// router, a toast, the shop's API client, the member being served…), and the shop's own modules they import. Typed
// as a shop would have them, so a snippet that misuses the library still fails; the library's own names are never
// declared here (a snippet imports them, or takes them from its guide's import, see snippets.test.ts).

/** Ambient declarations every snippet sees: the shop's side of the docs' snippets. */
export const SHOP_GLOBALS = `
import type { ReactElement, ReactNode } from 'react';
import type { UserEvent } from '@testing-library/user-event';
import type { MockIamport } from 'react-billing-key/testing';
import type { IamportServer, PortOneServer } from 'react-billing-key/server';

declare global {
  interface Member {
    id: number;
  }
  const member: Member;
  const memberId: string;
  const id: string;
  const csrf: string;
  const router: { push(href: string): void };
  function toast(message: string): void;
  function setMessage(message: string): void;
  function saveCard(customerUid: string | null): void;
  function saveKey(billingKey: string | null): void;
  function saveBillingKey(billingKey: string | null): void;
  function save(result: unknown): void;
  const analytics: { track(event: string, data?: unknown): void };
  /** The shop's API client: each call posts what it is given to the shop's server. */
  const api: {
    saveCard(customerUid: string | null): Promise<void>;
    saveBillingKey(billingKey: string | null): Promise<void>;
    savePayPal(customerUid: string | null): Promise<void>;
    save(key: string | null, detail?: unknown): Promise<void>;
    rememberUnconfirmedKey(result: unknown): Promise<void>;
  };
  /** The shop's orders, by merchant_uid. */
  const orders: {
    find(merchantUid: string): Promise<{ amount: number } | null>;
    update(merchantUid: string, change: { status: string; sandbox?: boolean }): Promise<void>;
  };
  const db: {
    cards: { save(customerId: string | null, customerUid: string): Promise<void> };
    billingKeys: {
      save(customerId: string | null, billingKey: string): Promise<void>;
      remove(billingKey: string): Promise<void>;
    };
  };
  function getSignedInMember(request: Request): Promise<Member | null>;
  function getSession(): Promise<{ memberId: number; customerId: string } | null>;
  /** The result a browser posted (server.md's confirmation example). */
  const result: { billingIssueToken: string };
  /** The servers server.md creates once per module, used by its later snippets. */
  const iamport: IamportServer;
  const portone: PortOneServer;
  /** The stand-in testing.md's first test installs, used by its later snippets. */
  let imp: MockIamport;
  /** A Testing Library user session (\`userEvent.setup()\`). */
  const user: UserEvent;
  /** The shop's own components the snippets render around the library's. */
  function SubscribeForm(): ReactElement;
  function MyCheckout(): ReactElement;
  function Checkout(): ReactElement;
  function App(): ReactElement;
  // Other runtimes' request handlers (server.md): the library's handler is mounted in each.
  const verify: (request: Request) => Promise<Response>;
  function notFound(): Response;
  const app: { post(path: string, handler: (c: { req: { raw: Request } }) => Promise<Response>): void };
  type ActionFunctionArgs = { request: Request };
  const Bun: { serve(options: { fetch(request: Request): Response | Promise<Response> }): void };
  const Deno: { serve(handler: (request: Request) => Response | Promise<Response>): void };
  type ShopChildren = ReactNode;
}
`;

/** The shop's own modules the snippets import, by the path they import (resolved beside the snippets, `@/` too). */
export const SHOP_MODULES: Readonly<Record<string, string>> = {
  'theme.ts': `export const appTheme = { colors: { brand: '#0b6b3a', text: '#111' }, space: [0, 4, 8] };`,
  'lib/db.ts': `const shopDb = db;\nexport { shopDb as db };`,
  'lib/session.ts': `const session = getSession;\nexport { session as getSession };`,
};
