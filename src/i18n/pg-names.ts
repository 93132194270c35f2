import type { PgCode } from '../core/pg-rules';
import type { Locale } from './types';

/**
 * Buyer-facing PG names per locale, keyed by PG code (a new PG needs its name here). The components never show a PG's
 * name, so this table stays out of their bundles: the simulated window of `react-billing-key/testing` and the stories use it.
 */
export const PG_NAMES: Record<Locale, Record<PgCode, string>> = {
  ko: {
    jtnet: 'JTNet',
    html5_inicis: 'KG이니시스',
    danal_tpay: '다날 신용카드',
    kcp_billing: 'NHN KCP',
    kicc: 'KICC',
    payco: '페이코',
    kakaopay: '카카오페이',
    chai: '차이',
    danal: '다날 휴대폰',
    mobilians: 'KG모빌리언스 휴대폰',
    paymentwall: '페이먼트월',
  },
  en: {
    jtnet: 'JTNet',
    html5_inicis: 'KG Inicis',
    danal_tpay: 'Danal card',
    kcp_billing: 'NHN KCP',
    kicc: 'KICC',
    payco: 'PAYCO',
    kakaopay: 'Kakao Pay',
    chai: 'CHAI',
    danal: 'Danal phone',
    mobilians: 'KG Mobilians phone',
    paymentwall: 'Paymentwall',
  },
};
