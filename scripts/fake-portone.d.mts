// Types for fake-portone.mjs (imported by test/server/ and e2e/run.mjs).
import type { IncomingHttpHeaders } from 'node:http';

// The fake's records and bodies are PortOne's JSON, read loosely by the tests (field by field, as the API describes them).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one loose alias instead of casts in every test
type Json = any;

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  raw: string;
  body: Json;
}

export interface FakeFault {
  /** Path prefix the fault applies to (default every path). */
  path?: string;
  /** How many matching requests misbehave (default 1). */
  times?: number;
  /** Answer this status with `body` (JSON; a function of the request to echo it) or `html`. */
  status?: number;
  body?: unknown | ((request: FakeRequest) => unknown);
  html?: string;
  /** Never answer. */
  hang?: boolean;
  /** Answer late. */
  delayMs?: number;
  /** Do the work (a charge goes through) but lose the answer: the fault's status, html or hang goes out instead. */
  lost?: boolean;
}

export interface FakePortOneOptions {
  v1?: { apiKey?: string; apiSecret?: string; tokenTtlSeconds?: number; tokenDelayMs?: number };
  v2?: { apiSecret?: string };
}

export interface FakePortOne {
  url: string;
  port: number;
  requests: FakeRequest[];
  v1: {
    customers: Map<string, Record<string, Json>>;
    payments: Map<string, Record<string, Json>>;
    readonly tokenRequests: number;
    expireTokens(): void;
    addCustomer(fields: Record<string, unknown>): Record<string, Json>;
    addPayment(fields: Record<string, unknown>): Record<string, Json>;
  };
  v2: {
    billingKeys: Map<string, Record<string, Json>>;
    pendingConfirmations: Map<string, Record<string, Json>>;
    payments: Map<string, Record<string, Json>>;
    addBillingKey(fields: Record<string, unknown>): Record<string, Json>;
  };
  fail(fault: FakeFault): void;
  close(): Promise<void>;
}

export declare const FAKE_ROUTES: { generation: 'v1' | 'v2'; method: string; path: string }[];
export declare function startFakePortOne(options?: FakePortOneOptions): Promise<FakePortOne>;
export declare function v1Customer(fields?: Record<string, unknown>): Record<string, Json>;
export declare function v1Payment(fields?: Record<string, unknown>): Record<string, Json>;
export declare function v2BillingKey(fields?: Record<string, unknown>): Record<string, Json>;
export declare function signWebhook(
  secret: string,
  body: string,
  options?: { id?: string; timestamp?: number },
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string>;
