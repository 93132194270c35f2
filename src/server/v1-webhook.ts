import { BillingServerError } from './errors';
import { readBodyText } from './http';

/** The ids a v1 notice names; nothing else in it is used. */
export interface V1Notice {
  impUid: string;
  merchantUid?: string;
}

/**
 * Reads PortOne's v1 webhook body, JSON or `application/x-www-form-urlencoded` (PortOne sends either, depending on
 * the console's setting): `imp_uid` (required) and `merchant_uid`. `INVALID_REQUEST` for anything else, and for a
 * body over `MAX_BODY_BYTES`.
 * docs: https://developers.portone.io/opi/ko/integration/webhook/readme-v1
 */
export async function readV1Notice(request: Request): Promise<V1Notice> {
  const text = await readBodyText(request, 'The webhook body');
  const fields = parseBody(text, request.headers.get('content-type') ?? '');
  const impUid = fields.get('imp_uid');
  if (!impUid) throw new BillingServerError('INVALID_REQUEST', 'The webhook carries no imp_uid.');
  const merchantUid = fields.get('merchant_uid') || undefined;
  return merchantUid ? { impUid, merchantUid } : { impUid };
}

/** The body's string fields, whether it is JSON (tried first for a JSON type or a `{`) or form-encoded. */
function parseBody(text: string, contentType: string): Map<string, string> {
  const fields = new Map<string, string>();
  if (contentType.includes('json') || text.trimStart().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new BillingServerError('INVALID_REQUEST', 'The webhook body is not valid JSON.');
    }
    if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
      for (const [key, value] of Object.entries(json)) if (typeof value === 'string') fields.set(key, value);
    }
    return fields;
  }
  for (const [key, value] of new URLSearchParams(text)) fields.set(key, value);
  return fields;
}
