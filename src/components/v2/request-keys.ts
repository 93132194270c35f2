import { V2_SDK_NAMED_PROPS } from '../../core/request/v2-params';
import type { V2BillingKeyRequest } from '../../core/request/v2-types';
import { everyKeyOf } from '../request-props';

/** The props of a v2 `BillingKeyButton` that make its request. */
export const V2_REQUEST_KEYS = everyKeyOf<V2BillingKeyRequest>()(['pg', ...V2_SDK_NAMED_PROPS, 'payment', 'params']);
