import type { CoreMessages } from './types';
import type { UiMessages } from './ui-types';

/** Every message the library shows; the provider's `messages` prop overrides any of them. */
export type Messages = CoreMessages & UiMessages;
