// The shop's server, in memory: the buyer's saved keys for <SavedPaymentMethods> (a real shop lists and deletes them
// on its server, which calls PortOne's REST API: GET and DELETE /subscribe/customers/{customer_uid}).
import type { BillingKeyResult, SavedMethod } from 'react-billing-key';

const LABELS: Record<string, string> = { kcp_billing: '신용카드', kakaopay: '카카오페이', naverpay: '네이버페이' };

let saved: SavedMethod[] = [];

export const savedMethods = {
  load: async (): Promise<SavedMethod[]> => [...saved],
  /** Keeps an issued key (with the consent it was given under, which a real shop stores beside it). */
  add(result: BillingKeyResult): void {
    if (!result.customerUid) return;
    const method = {
      id: result.customerUid,
      label: LABELS[result.pg] ?? result.pg,
      pg: result.pg,
      issuedAt: new Date().toISOString(),
    };
    saved = [...saved.filter((m) => m.id !== method.id), method];
  },
  remove: async (id: string): Promise<void> => {
    saved = saved.filter((method) => method.id !== id);
  },
};
