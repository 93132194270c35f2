import { useMemo, useState, type ChangeEvent } from 'react';
import type { CardCode } from '../core/vocabulary/v1-card-codes';
import { CARD_COMPANIES, type CardCompany } from '../core/rules/cards';
import { useLatest } from './use-latest';

/** Options of {@link useCardFilter}; pass `value` + `onChange` (controlled) or `defaultValue` (uncontrolled). */
export interface UseCardFilterOptions {
  /** The selected codes (controlled). */
  value?: readonly CardCode[];
  /** The codes selected at first when uncontrolled; default: every offered company. */
  defaultValue?: readonly CardCode[];
  /** Called with the new selection, in the order of `CARD_COMPANIES`. Pass it to `BillingKeyButton cards`. */
  onChange?: (codes: CardCode[]) => void;
  /**
   * The companies to offer; default: PortOne v1's 20 domestic companies. Overseas brands (`VIS`, `MAS`, …) are offered
   * only when listed here, since only some PGs accept them.
   */
  cards?: readonly CardCode[];
}

/** Props for a native checkbox, from {@link UseCardFilterValue.getCheckboxProps}. */
export interface CardCheckboxProps {
  type: 'checkbox';
  value: CardCode;
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** What {@link useCardFilter} returns. Every function keeps its identity across renders except `isSelected` and `getCheckboxProps`. */
export interface UseCardFilterValue {
  /** The offered companies, in the order of `CARD_COMPANIES`. */
  companies: readonly CardCompany[];
  /** The selected codes (offered ones only), in the order of `companies`. */
  value: CardCode[];
  /** The same selection as a set. */
  selected: ReadonlySet<CardCode>;
  /** True when `code` is offered and selected. */
  isSelected: (code: CardCode) => boolean;
  /** Flips one company, or sets it when `checked` is given. */
  toggle: (code: CardCode, checked?: boolean) => void;
  /** Selects every offered company (the domestic ones, unless `cards` offers overseas brands too). */
  selectAll: () => void;
  /** Selects none (a `BillingKeyButton` with `cards={[]}` fails with `INVALID_PARAMS`: tell the buyer to pick one). */
  clear: () => void;
  /** A stable change handler for native checkboxes whose `value` is the card code. */
  onCheckboxChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** `type`, `value`, `checked` and the stable `onChange` for one company's native checkbox. */
  getCheckboxProps: (code: CardCode) => CardCheckboxProps;
}

// A JS caller may pass anything: only an array counts, and only known codes in it.
const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value);

function offeredCompanies(cards: unknown): readonly CardCompany[] {
  if (!isList(cards)) return CARD_COMPANIES.filter((company) => !company.overseas);
  return CARD_COMPANIES.filter((company) => cards.includes(company.code));
}

/**
 * Headless card-company selection for merchants with their own design system; `CardFilter` is built on it. Total over
 * its input: unknown codes and non-arrays are ignored, never thrown on.
 * @example
 * const filter = useCardFilter({ cards: ['366', '381', '041'] });
 * filter.companies.map((c) => <label key={c.code}><input {...filter.getCheckboxProps(c.code)} /> {c.en}</label>);
 * <BillingKeyButton cards={filter.value} … />
 */
export function useCardFilter({ value, defaultValue, onChange, cards }: UseCardFilterOptions = {}): UseCardFilterValue {
  const offeredKey = isList(cards) ? cards.join() : undefined;
  // Keyed by the codes, not the array: an inline `cards={[…]}` does not rebuild the list each render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const companies = useMemo(() => offeredCompanies(cards), [offeredKey]);
  const [own, setOwn] = useState<readonly unknown[]>(() => (isList(defaultValue) ? defaultValue : companies.map((c) => c.code)));
  const controlled = value !== undefined;
  const selection = useMemo(() => {
    const chosen = controlled ? (isList(value) ? value : []) : own;
    const codes = companies.map((c) => c.code).filter((code) => chosen.includes(code));
    return { codes, set: new Set(codes) };
  }, [companies, controlled, value, own]);

  // The latest state for the stable actions; updated at once on change, so two changes in one tick both count.
  const latest = useLatest({ codes: selection.codes, companies, controlled, onChange });

  // Created once: every action keeps its identity and reads the latest state.
  const [actions] = useState(() => {
    const commit = (pick: (code: CardCode, selected: boolean) => boolean) => {
      const state = latest.current;
      const next = state.companies.map((c) => c.code).filter((code) => pick(code, state.codes.includes(code)));
      if (!state.controlled) {
        state.codes = next;
        setOwn(next);
      }
      state.onChange?.(next);
    };
    const toggle = (code: CardCode, checked?: boolean) => commit((c, on) => (c === code ? (checked ?? !on) : on));
    return {
      toggle,
      selectAll: () => commit(() => true),
      clear: () => commit(() => false),
      onCheckboxChange: (event: ChangeEvent<HTMLInputElement>) =>
        toggle(event.currentTarget.value as CardCode, event.currentTarget.checked),
    };
  });

  return {
    companies,
    value: selection.codes,
    selected: selection.set,
    isSelected: (code) => selection.set.has(code),
    ...actions,
    getCheckboxProps: (code) => ({
      type: 'checkbox',
      value: code,
      checked: selection.set.has(code),
      onChange: actions.onCheckboxChange,
    }),
  };
}
