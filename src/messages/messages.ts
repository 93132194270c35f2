import type { CoreMessages } from '../core/vocabulary/core-messages';
import type { PageMessages } from './page-messages';
import type { PayPalMessages } from './paypal-messages';
import type { UiMessages } from './ui-messages';

/** Every text the library shows; a provider's `messages` prop overrides any of them. */
export type Messages = CoreMessages & UiMessages & PageMessages & PayPalMessages;
