import { getMember } from './member';
import { Subscription } from './subscription';

// A Server Component: it reads the member on the server, but it cannot hand functions (onSuccess, onFailure) to the
// library's components, so the checkout that reacts to results is a small client component (subscription.tsx).
export default async function SubscribePage() {
  const member = await getMember();
  return <Subscription member={member} />;
}
