/**
 * Builds the provider's `verify` from your server's endpoint: it POSTs the result as JSON to `url` (the handler of
 * `createVerifyHandler` in `react-billing-key/server`) and resolves `true` only when the answer is 200 (after a redirect:
 * 200 with the handler's `{ ok: true }`, so a sign-in page an expired session is sent to never counts), `false` for any
 * other answer; a request that fails (offline) rejects, which the library reports as `VERIFY_FAILED` too. `init` is
 * passed to `fetch` (its headers are kept — a CSRF token, `Authorization` — and `Content-Type: application/json` is
 * added unless you set one; `method` and `body` are ours). Touches nothing at import: safe in Node and Server Components.
 *
 * ```tsx
 * <IamportProvider userCode="imp12345678" verify={verifyWith('/api/billing/verify')}>
 * ```
 */
export function verifyWith<TResult>(url: string | URL, init: RequestInit = {}): (result: TResult) => Promise<boolean> {
  return async (result) => {
    const headers = new Headers(init.headers);
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    const response = await fetch(url, { ...init, method: 'POST', headers, body: JSON.stringify(result) });
    // After a redirect a 200 may be a sign-in page (an expired session): only the handler's own { ok: true } counts.
    if (response.status === 200 && response.redirected) {
      const answer: unknown = await response.json().catch(() => null);
      return (answer as { ok?: unknown } | null)?.ok === true;
    }
    // Otherwise only the status matters; releasing the body frees the connection.
    await response.body?.cancel().catch(() => undefined);
    return response.status === 200;
  };
}
