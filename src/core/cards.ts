import { DOMESTIC_CARD_CODES, OVERSEAS_CARD_CODES, type CardCode } from './card-codes';

/** One card company the window can offer. */
export interface CardCompany {
  readonly code: CardCode;
  /** Korean name, as buyers see it. */
  readonly ko: string;
  /** English name. */
  readonly en: string;
  /** True for overseas brand codes, which only some PGs accept. */
  readonly overseas: boolean;
}

// Korean name|English name, one row per code in the order of DOMESTIC_CARD_CODES then OVERSEAS_CARD_CODES.
const NAMES = [
  'BC카드|BC Card', // 361
  '광주카드|Kwangju Bank Card', // 364
  '삼성카드|Samsung Card', // 365
  '신한카드|Shinhan Card', // 366
  '현대카드|Hyundai Card', // 367
  '롯데카드|Lotte Card', // 368
  '수협카드|Suhyup Card', // 369
  '씨티카드|Citi Card', // 370
  'NH카드|NH NongHyup Card', // 371
  '전북카드|Jeonbuk Bank Card', // 372
  '제주카드|Jeju Bank Card', // 373
  '하나카드|Hana Card', // 374
  'KB국민카드|KB Kookmin Card', // 381
  '우리카드|Woori Card', // 041
  'KDB산업은행|KDB', // 002
  '새마을금고|MG Saemaul', // 045
  '신협|Shinhyup', // 048
  '우체국|Korea Post', // 071
  '케이뱅크|K bank', // 089
  '카카오뱅크|KakaoBank', // 090
  '비자|Visa', // VIS
  '마스터카드|Mastercard', // MAS
  '다이너스|Diners Club', // DIN
  '아메리칸 익스프레스|American Express', // AMX
  'JCB|JCB', // JCB
  '유니온페이|UnionPay', // UNI
];

/** Every card company code with its names (pg-facts.md): the 20 domestic KFTC codes, then the overseas brands. */
export const CARD_COMPANIES: readonly CardCompany[] = /* @__PURE__ */ [...DOMESTIC_CARD_CODES, ...OVERSEAS_CARD_CODES].map(
  (code, i): CardCompany => {
    const [ko, en] = NAMES[i]!.split('|') as [string, string];
    return { code, ko, en, overseas: i >= DOMESTIC_CARD_CODES.length };
  },
);
