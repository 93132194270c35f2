import { OVERSEAS_CARD_CODES, type CardCode } from './card-codes';

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

/** Every card company code with its names (pg-facts.md): the 20 domestic KFTC codes, then the overseas brands. */
export const CARD_COMPANIES: readonly CardCompany[] = /* @__PURE__ */ [
  // code|Korean name|English name
  '361|BC카드|BC Card',
  '364|광주카드|Kwangju Bank Card',
  '365|삼성카드|Samsung Card',
  '366|신한카드|Shinhan Card',
  '367|현대카드|Hyundai Card',
  '368|롯데카드|Lotte Card',
  '369|수협카드|Suhyup Card',
  '370|씨티카드|Citi Card',
  '371|NH카드|NH NongHyup Card',
  '372|전북카드|Jeonbuk Bank Card',
  '373|제주카드|Jeju Bank Card',
  '374|하나카드|Hana Card',
  '381|KB국민카드|KB Kookmin Card',
  '041|우리카드|Woori Card',
  '002|KDB산업은행|KDB',
  '045|새마을금고|MG Saemaul',
  '048|신협|Shinhyup',
  '071|우체국|Korea Post',
  '089|케이뱅크|K bank',
  '090|카카오뱅크|KakaoBank',
  'VIS|비자|Visa',
  'MAS|마스터카드|Mastercard',
  'DIN|다이너스|Diners Club',
  'AMX|아메리칸 익스프레스|American Express',
  'JCB|JCB|JCB',
  'UNI|유니온페이|UnionPay',
].map((row): CardCompany => {
  const [code, ko, en] = row.split('|') as [CardCode, string, string];
  return { code, ko, en, overseas: (OVERSEAS_CARD_CODES as readonly string[]).includes(code) };
});
