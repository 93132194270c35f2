import { memo, useId, type FieldsetHTMLAttributes, type ReactNode } from 'react';
import { styled } from 'styled-components';
import type { CardCompany } from '../core/cards';
import { useCardFilter, type CardCheckboxProps, type UseCardFilterOptions } from '../react/useCardFilter';
import { tokens } from '../theme/theme';
import { useUiMessages } from './use-ui-messages';

/** Props of {@link CardFilter}: the selection options of `useCardFilter` and any other `<fieldset>` attribute. */
export interface CardFilterProps
  extends UseCardFilterOptions, Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'onChange' | 'defaultValue' | 'value'> {
  /** The group's caption; default from the locale ("사용할 카드사" / "Card companies"). */
  legend?: ReactNode;
}

// One interpolation builds the whole rule from the tokens: smaller than one function per value.
const Group = /* @__PURE__ */ styled.fieldset.withConfig({ componentId: 'rbk-CardFilter' })((p) => {
  const { colors: c, spacing: s, radius: r, fontFamily, fontSize, focusRingWidth } = tokens(p.theme);
  const box = `min-height:44px;border:1px solid ${c.border};border-radius:${r};background:${c.surface};`;
  return `margin:0;padding:${s};${box}color:${c.text};font-family:${fontFamily};font-size:${fontSize};
legend{padding:0 4px;font-weight:600}
fieldset{margin:${s} 0 0;padding:0;border:0}
fieldset legend{padding:0;color:${c.mutedText};font-size:.875em}
ul{display:grid;grid-template-columns:repeat(auto-fill,minmax(11em,1fr));margin:0;padding:0;list-style:none}
label{display:flex;align-items:center;gap:${s};min-height:44px;cursor:pointer}
input{width:24px;height:24px;margin:0;accent-color:${c.primary}}
button{${box}margin:0 ${s} ${s} 0;padding:0 calc(${s}*2);color:${c.primary};font:inherit;cursor:pointer}
:is(input,button):focus-visible{outline:${focusRingWidth} solid ${c.focusRing};outline-offset:2px}
[role=status]{margin:${s} 0 0;color:${c.danger}}
[role=status]:empty{margin:0}`;
});

interface RowProps extends CardCheckboxProps {
  label: string;
}

// Memoised with the hook's stable change handler: toggling one company re-renders only its row.
const Row = /* @__PURE__ */ memo(function CardFilterRow({ label, ...checkbox }: RowProps) {
  return (
    <li>
      <label>
        <input {...checkbox} />
        {label}
      </label>
    </li>
  );
});

/**
 * Which card companies the PG window offers: an accessible group of checkboxes (names in the provider's locale), with
 * "select all" / "clear", overseas brands in their own group, and a message when nothing is selected.
 * Its `onChange` yields the codes for `BillingKeyButton cards`, which sends them as `card.detail`.
 * @example
 * const [cards, setCards] = useState<CardCode[]>(['366', '381']);
 * <CardFilter value={cards} onChange={setCards} />
 * <BillingKeyButton pg="jtnet" customerUid="member_1_card_1" cards={cards} />
 */
export function CardFilter({ value, defaultValue, onChange, cards, legend, ...rest }: CardFilterProps) {
  const { messages, locale } = useUiMessages();
  const text = messages.cardFilter;
  const filter = useCardFilter({ value, defaultValue, onChange, cards });
  const statusId = useId();
  const rows = (list: readonly CardCompany[]) => (
    <ul>
      {list.map((c) => (
        <Row key={c.code} label={c[locale]} {...filter.getCheckboxProps(c.code)} />
      ))}
    </ul>
  );
  const domestic = filter.companies.filter((c) => !c.overseas);
  const overseas = filter.companies.filter((c) => c.overseas);

  return (
    <Group aria-describedby={statusId} {...rest}>
      <legend>{legend ?? text.legend}</legend>
      <button type="button" onClick={filter.selectAll}>
        {text.selectAll}
      </button>
      <button type="button" onClick={filter.clear}>
        {text.clear}
      </button>
      {domestic.length > 0 && rows(domestic)}
      {overseas.length > 0 && (
        <fieldset>
          <legend>{text.overseas}</legend>
          {rows(overseas)}
        </fieldset>
      )}
      <p id={statusId} role="status">
        {filter.value.length === 0 ? text.noneSelected : ''}
      </p>
    </Group>
  );
}
