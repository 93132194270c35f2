import { BillingServerError, safeCause } from './errors';

/** How long a PortOne call may take before it counts as failed (`PORTONE_ERROR`), in ms. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** A PortOne answer that arrived: its HTTP status and its JSON body (`undefined` when the body was not JSON). */
export interface JsonAnswer {
  status: number;
  body: unknown;
}

/**
 * The API's base URL: `fallback` when `value` is left out; `INVALID_REQUEST` (naming `creator`'s `baseUrl`, never
 * echoing the value) unless it is an absolute http(s) URL — `api.iamport.kr` without its scheme would fail every call.
 */
export function baseUrlOf(value: unknown, fallback: string, creator: string): string {
  if (value === undefined) return fallback;
  let protocol = '';
  try {
    protocol = typeof value === 'string' ? new URL(value).protocol : '';
  } catch {
    // Not a URL: refused below.
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new BillingServerError('INVALID_REQUEST', `${creator}: baseUrl must be an absolute http(s) URL, like ${fallback}.`);
  }
  return value as string;
}

/** The configured time-out, or the default when it is not a positive number. */
export function timeoutOf(value: unknown): number {
  return typeof value === 'number' && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}

/**
 * Classifies what a failed fetch means: a time-out is PortOne not answering in time (`PORTONE_ERROR`: it may have
 * received the request); anything else that threw before an answer is `NETWORK`. Secrets are never copied.
 */
export function fetchFailure(error: unknown, timeoutMs: number, secrets: readonly (string | undefined)[]): BillingServerError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new BillingServerError('PORTONE_ERROR', `PortOne did not answer within ${timeoutMs} ms.`, {
      cause: safeCause(error, secrets),
    });
  }
  return new BillingServerError('NETWORK', 'PortOne could not be reached.', { cause: safeCause(error, secrets) });
}

/**
 * One HTTP call to PortOne with a time-out. Resolves the status and the parsed JSON body of any answer (also an error
 * status; a body that is not JSON — a gateway's HTML page — reads as `undefined`); throws `NETWORK` or `PORTONE_ERROR`
 * when no answer came.
 */
export async function fetchJson(
  url: URL,
  init: RequestInit,
  timeoutMs: number,
  secrets: readonly (string | undefined)[],
): Promise<JsonAnswer> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    text = await response.text();
  } catch (error) {
    throw fetchFailure(error, timeoutMs, secrets);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body };
}

/**
 * The most a body this entry reads may hold, in bytes (64 KiB): PortOne's notices and the browser's result are a few
 * KiB; a bigger body is refused before it is parsed, so a public endpoint never holds an attacker's megabytes.
 */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * A request's body as text, read up to {@link MAX_BODY_BYTES}: `INVALID_REQUEST` (naming `what`) for a body declared
 * or found to be bigger — reading stops there — and for one that cannot be read (already used, broken stream).
 */
export async function readBodyText(request: Request, what: string): Promise<string> {
  const tooBig = () => new BillingServerError('INVALID_REQUEST', `${what} is larger than ${MAX_BODY_BYTES} bytes.`);
  if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES) throw tooBig();
  if (!request.body) {
    if (request.bodyUsed) throw new BillingServerError('INVALID_REQUEST', `${what} could not be read.`);
    return '';
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        void reader.cancel().catch(() => {});
        throw tooBig();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof BillingServerError) throw error;
    throw new BillingServerError('INVALID_REQUEST', `${what} could not be read.`);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Rejects with `PORTONE_ERROR` when `promise` has not settled after `timeoutMs` (for calls that take no abort signal). */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new BillingServerError('PORTONE_ERROR', `PortOne did not answer within ${timeoutMs} ms.`)),
      timeoutMs,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A plain object's own field, or `undefined`. */
export function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
