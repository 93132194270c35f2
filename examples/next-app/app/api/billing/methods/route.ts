// GET /api/billing/methods — the buyer's saved keys for the payment-method page (`<SavedPaymentMethods load>`), each
// read back from PortOne (card name, masked number) so the page shows only keys PortOne still has.
import { allowTest, failure, portone, savedKeys, signedInBuyer } from '../portone';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const buyer = await signedInBuyer();
  if (!buyer) return Response.json({ ok: false, reason: 'UNAUTHORIZED' }, { status: 401 });
  try {
    const methods = [];
    for (const customerUid of savedKeys.of(buyer.customerId)) {
      const result = await portone().verifyCustomer(customerUid, { customerId: buyer.customerId, allowTest });
      if (!result.ok) {
        if (result.reason === 'NOT_FOUND') savedKeys.remove(buyer.customerId, customerUid);
        continue;
      }
      const { info } = result;
      methods.push({
        id: customerUid,
        label: info.card_name ?? '등록된 카드',
        pg: info.pg_provider,
        cardName: info.card_name ?? undefined,
        maskedNumber: info.card_number ?? undefined,
        issuedAt: info.inserted ? new Date(info.inserted * 1000).toISOString() : undefined,
      });
    }
    return Response.json(methods);
  } catch (error) {
    return failure(error);
  }
}
