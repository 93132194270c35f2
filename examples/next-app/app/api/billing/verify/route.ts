// POST /api/billing/verify — where the checkout's `verify={verifyWith('/api/billing/verify')}` posts each result: the
// key must exist at PortOne, be a live (not test-channel) key and belong to the signed-in buyer; then it is saved.
import { createVerifyHandler } from 'react-billing-key/server';
import { allowTest, portone, savedKeys, signedInBuyer } from '../portone';

export async function POST(request: Request): Promise<Response> {
  const verify = createVerifyHandler(portone(), {
    authorize: signedInBuyer,
    allowTest,
    onVerified: (key) => {
      if (key.generation === 'v1') savedKeys.add(key.customerId, key.customerUid);
    },
  });
  return verify(request);
}
