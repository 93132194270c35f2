import type { V2PgCode } from './v2-pg-rules';

/**
 * Each v2 PG's name as buyers know it, per locale: for the simulated window of the test kit, docs and stories (the
 * components never show it, so checkout bundles do not carry this table).
 */
export const V2_PG_LABELS: { readonly [code in V2PgCode]: { readonly ko: string; readonly en: string } } = {
  tosspayments: { ko: '토스페이먼츠', en: 'Toss Payments' },
  inicis_v2: { ko: 'KG이니시스', en: 'KG Inicis' },
  kcp_v2: { ko: 'NHN KCP', en: 'NHN KCP' },
  kpn: { ko: 'KPN', en: 'KPN' },
  nice_v2: { ko: '나이스페이먼츠', en: 'NICE Payments' },
  smartro_v2: { ko: '스마트로', en: 'Smartro' },
  welcome: { ko: '웰컴페이먼츠', en: 'Welcome Payments' },
  galaxia: { ko: '갤럭시아머니트리', en: 'Galaxia Money Tree' },
  kakaopay: { ko: '카카오페이', en: 'Kakao Pay' },
  naverpay: { ko: '네이버페이', en: 'Naver Pay' },
  tosspay_v2: { ko: '토스페이', en: 'Toss Pay' },
};
