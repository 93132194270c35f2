import { BillingServerError, safeCause } from './errors';
import { field, readBodyText } from './http';
import type { PortOneSdkModule, PortOneWebhookEvent } from './v2-types';

/**
 * Verifies a v2 webhook with the SDK's `Webhook.verify` (Standard Webhooks, 5-minute tolerance) and returns its
 * `{ type, timestamp, data }`. Every verification failure — and a secret the SDK cannot read — is `INVALID_SIGNATURE`;
 * nothing of the body is returned unless the signature holds. A body over `MAX_BODY_BYTES` is `INVALID_REQUEST`. docs: https://developers.portone.io/opi/ko/integration/webhook/readme-v2
 */
export async function readV2Webhook(request: Request, secret: string, sdk: PortOneSdkModule): Promise<PortOneWebhookEvent> {
  const payload = await readBodyText(request, 'The webhook body');
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  let event: unknown;
  try {
    event = await sdk.Webhook.verify(secret, payload, headers);
  } catch (error) {
    const reason = field(error, 'reason');
    throw new BillingServerError(
      'INVALID_SIGNATURE',
      `The webhook's signature does not hold${typeof reason === 'string' ? ` (${reason})` : ''}.`,
      { cause: safeCause(error, [secret]) },
    );
  }
  const type = field(event, 'type');
  const timestamp = field(event, 'timestamp');
  const data = field(event, 'data');
  if (typeof type !== 'string' || typeof timestamp !== 'string' || data === null || typeof data !== 'object') {
    throw new BillingServerError('INVALID_REQUEST', 'The signed webhook is not a PortOne event ({ type, timestamp, data }).');
  }
  return { type, timestamp, data: data as Record<string, unknown> };
}
