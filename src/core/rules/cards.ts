import type { CardCode } from '../vocabulary/v1-card-codes';

/** One card company the window can offer, with its code for `card.detail`. */
export interface CardCompany {
  /** KFTC standard code (domestic) or brand code (overseas). */
  readonly code: CardCode;
  /** Korean name, as buyers see it. */
  readonly ko: string;
  /** English name. */
  readonly en: string;
  /** Overseas brands are not in PortOne's v1 table: only some PGs accept them, so they are offered only on request. */
  readonly overseas: boolean;
}

/**
 * Every card company code with its names (pg-facts.md): PortOne v1's 20 domestic KFTC codes (Woori is `041`), then the
 * overseas brand codes some PGs accept.
 */
export const CARD_COMPANIES = [
  { code: '361', ko: 'BC카드', en: 'BC Card', overseas: false },
  { code: '364', ko: '광주카드', en: 'Kwangju Bank Card', overseas: false },
  { code: '365', ko: '삼성카드', en: 'Samsung Card', overseas: false },
  { code: '366', ko: '신한카드', en: 'Shinhan Card', overseas: false },
  { code: '367', ko: '현대카드', en: 'Hyundai Card', overseas: false },
  { code: '368', ko: '롯데카드', en: 'Lotte Card', overseas: false },
  { code: '369', ko: '수협카드', en: 'Suhyup Card', overseas: false },
  { code: '370', ko: '씨티카드', en: 'Citi Card', overseas: false },
  { code: '371', ko: 'NH카드', en: 'NH NongHyup Card', overseas: false },
  { code: '372', ko: '전북카드', en: 'Jeonbuk Bank Card', overseas: false },
  { code: '373', ko: '제주카드', en: 'Jeju Bank Card', overseas: false },
  { code: '374', ko: '하나카드', en: 'Hana Card', overseas: false },
  { code: '381', ko: 'KB국민카드', en: 'KB Kookmin Card', overseas: false },
  { code: '041', ko: '우리카드', en: 'Woori Card', overseas: false },
  { code: '002', ko: 'KDB산업은행', en: 'KDB', overseas: false },
  { code: '045', ko: '새마을금고', en: 'MG Saemaul', overseas: false },
  { code: '048', ko: '신협', en: 'Shinhyup', overseas: false },
  { code: '071', ko: '우체국', en: 'Korea Post', overseas: false },
  { code: '089', ko: '케이뱅크', en: 'K bank', overseas: false },
  { code: '090', ko: '카카오뱅크', en: 'KakaoBank', overseas: false },
  { code: 'VIS', ko: '비자', en: 'Visa', overseas: true },
  { code: 'MAS', ko: '마스터카드', en: 'Mastercard', overseas: true },
  { code: 'DIN', ko: '다이너스', en: 'Diners Club', overseas: true },
  { code: 'AMX', ko: '아메리칸 익스프레스', en: 'American Express', overseas: true },
  { code: 'JCB', ko: 'JCB', en: 'JCB', overseas: true },
  { code: 'UNI', ko: '유니온페이', en: 'UnionPay', overseas: true },
] as const satisfies readonly CardCompany[];
