// DELETE /api/billing/methods/{customer_uid} — removes one of the buyer's saved keys at PortOne
// (`DELETE /subscribe/customers/{customer_uid}`) and from the shop. Only the buyer's own keys can be removed.
import { isBillingServerError } from 'react-billing-key/server';
import { failure, portone, savedKeys, signedInBuyer } from '../../portone';

export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const buyer = await signedInBuyer();
  if (!buyer) return Response.json({ ok: false, reason: 'UNAUTHORIZED' }, { status: 401 });
  const { id } = await params;
  if (!savedKeys.of(buyer.customerId).includes(id)) return Response.json({ ok: false, reason: 'NOT_FOUND' }, { status: 404 });
  try {
    await portone().deleteCustomer(id, { reason: '구매자 요청' });
  } catch (error) {
    // A key PortOne no longer has is gone either way.
    if (!isBillingServerError(error) || error.code !== 'NOT_FOUND') return failure(error);
  }
  savedKeys.remove(buyer.customerId, id);
  return Response.json({ ok: true });
}
