import type { CardCode } from './card-codes';

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

const domestic = (code: CardCode, ko: string, en: string): CardCompany => ({ code, ko, en, overseas: false });
const overseas = (code: CardCode, ko: string, en: string): CardCompany => ({ code, ko, en, overseas: true });

/** Every card company code with its names (pg-facts.md): the 20 domestic KFTC codes, then the overseas brands. */
export const CARD_COMPANIES: readonly CardCompany[] = /* @__PURE__ */ (() => [
  domestic('361', 'BC카드', 'BC Card'),
  domestic('364', '광주카드', 'Kwangju Bank Card'),
  domestic('365', '삼성카드', 'Samsung Card'),
  domestic('366', '신한카드', 'Shinhan Card'),
  domestic('367', '현대카드', 'Hyundai Card'),
  domestic('368', '롯데카드', 'Lotte Card'),
  domestic('369', '수협카드', 'Suhyup Card'),
  domestic('370', '씨티카드', 'Citi Card'),
  domestic('371', 'NH카드', 'NH NongHyup Card'),
  domestic('372', '전북카드', 'Jeonbuk Bank Card'),
  domestic('373', '제주카드', 'Jeju Bank Card'),
  domestic('374', '하나카드', 'Hana Card'),
  domestic('381', 'KB국민카드', 'KB Kookmin Card'),
  domestic('041', '우리카드', 'Woori Card'),
  domestic('002', 'KDB산업은행', 'KDB'),
  domestic('045', '새마을금고', 'MG Saemaul'),
  domestic('048', '신협', 'Shinhyup'),
  domestic('071', '우체국', 'Korea Post'),
  domestic('089', '케이뱅크', 'K bank'),
  domestic('090', '카카오뱅크', 'KakaoBank'),
  overseas('VIS', '비자', 'Visa'),
  overseas('MAS', '마스터카드', 'Mastercard'),
  overseas('DIN', '다이너스', 'Diners Club'),
  overseas('AMX', '아메리칸 익스프레스', 'American Express'),
  overseas('JCB', 'JCB', 'JCB'),
  overseas('UNI', '유니온페이', 'UnionPay'),
])();
