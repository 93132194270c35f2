import { getMember } from '../member';
import { SubscriptionV2 } from './subscription-v2';

// The same shop on PortOne v2 (react-billing-key/v2): a Server Component reads the member, a client component reacts
// to the results.
export default async function SubscribeV2Page() {
  const member = await getMember();
  return <SubscriptionV2 member={member} />;
}
