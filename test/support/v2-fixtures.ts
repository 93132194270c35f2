// Requests every v2 PG accepts, and the contexts the unit tests build them in.
import type { V2BillingKeyRequest, V2PgCode, V2PrepareContext } from '../../src/core';
import { CORE_MESSAGES } from '../../src/core/vocabulary/core-messages';

export const STORE = 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec';
export const CHANNEL = 'channel-key-3b37819a-1c72-4deb-a245-8c810af5403d';
export const PAGE = 'https://shop.example/billing?plan=pro#top';
export const pc: V2PrepareContext = { messages: CORE_MESSAGES.en, storeId: STORE, currentUrl: PAGE, isMobile: false };
export const mobile: V2PrepareContext = { ...pc, isMobile: true };

/** A request each PG accepts on both devices, as its v2 page's example writes it. */
export const VALID: Record<V2PgCode, V2BillingKeyRequest> = {
  tosspayments: { pg: 'tosspayments', channelKey: CHANNEL },
  inicis_v2: {
    pg: 'inicis_v2',
    channelKey: CHANNEL,
    customer: { fullName: '포트원', phoneNumber: '010-0000-1234', email: 'test@portone.io' },
    params: { offerPeriod: { interval: '1m' } },
  },
  kcp_v2: { pg: 'kcp_v2', channelKey: CHANNEL },
  kpn: { pg: 'kpn', channelKey: CHANNEL, customer: { customerId: 'uniqueCustomerId', fullName: '포트원' } },
  nice_v2: { pg: 'nice_v2', channelKey: CHANNEL, params: { easyPay: { easyPayProvider: 'KAKAOPAY' } } },
  smartro_v2: { pg: 'smartro_v2', channelKey: CHANNEL, customer: { customerId: 'member42' } },
  welcome: {
    pg: 'welcome',
    channelKey: CHANNEL,
    customer: { fullName: '포트원', phoneNumber: '010-0000-1234', email: 'test@portone.io' },
    params: { offerPeriod: { interval: '1m' } },
  },
  galaxia: { pg: 'galaxia', channelKey: CHANNEL, customer: { customerId: 'customer-1234' } },
  kakaopay: { pg: 'kakaopay', channelKey: CHANNEL },
  naverpay: { pg: 'naverpay', channelKey: CHANNEL },
  tosspay_v2: { pg: 'tosspay_v2', channelKey: CHANNEL, customer: { customerId: 'uniqueCustomerId' } },
  eximbay_v2: {
    pg: 'eximbay_v2',
    channelKey: CHANNEL,
    customer: { fullName: 'PortOne', email: 'test@example.com' },
    payment: { orderName: 'PortOne Recurring Payment', totalAmount: 100, currency: 'USD' },
  },
  payletter_global: {
    pg: 'payletter_global',
    channelKey: CHANNEL,
    customer: { email: 'test@portone.io' },
    payment: { orderName: 'Monthly plan', totalAmount: 1000 },
  },
};
