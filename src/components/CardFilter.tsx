import { memo, useId, useRef, useState, type FieldsetHTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { css, styled } from 'styled-components';
import type { CardCompany } from '../core/rules/cards';
import { useCardFilter, type CardCheckboxProps, type UseCardFilterOptions } from '../react/useCardFilter';
import { tokens } from '../theme/theme';
import { focusRing, glyphBox, outlinedButton, surfaceBox } from './control-look';
import { CARD_FILTER_MESSAGES } from '../texts/ui-messages';
import { useUiSection } from './use-ui-messages';
import { VisuallyHidden } from './visually-hidden';

/** Props of {@link CardFilter}: the selection options of `useCardFilter` and any other `<fieldset>` attribute. */
export interface CardFilterProps
  extends UseCardFilterOptions, Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'onChange' | 'defaultValue' | 'value'> {
  /** The group's caption; default from the locale ("사용할 카드사" / "Card companies"). */
  legend?: ReactNode;
}

const Group = /* @__PURE__ */ styled.fieldset.withConfig({ componentId: 'rbk-CardFilter' })(({ theme }) => {
  const { spacing } = tokens(theme);
  return css`
    min-width: 0;
    margin: 0;
    padding: ${spacing};
    ${surfaceBox(theme, '16px')}
  `;
});

const Legend = /* @__PURE__ */ styled.legend.withConfig({ componentId: 'rbk-CardFilter-legend' })`
  padding: 0 4px;
  font-weight: 600;
`;

const Actions = /* @__PURE__ */ styled.span.withConfig({ componentId: 'rbk-CardFilter-actions' })(({ theme }) => {
  const { spacing } = tokens(theme);
  return css`
    display: flex;
    flex-wrap: wrap;
    gap: ${spacing};
  `;
});

const ActionButton = /* @__PURE__ */ styled.button.withConfig({ componentId: 'rbk-CardFilter-action' })(({ theme }) => {
  const { spacing } = tokens(theme);
  return css`
    ${outlinedButton(theme)}
    min-height: 40px;
    padding: 0 calc(${spacing} * 2);

    &:focus-visible {
      ${focusRing(theme)}
    }
  `;
});

const Subgroup = /* @__PURE__ */ styled.fieldset.withConfig({ componentId: 'rbk-CardFilter-subgroup' })(({ theme }) => {
  const { spacing } = tokens(theme);
  return css`
    min-width: 0;
    margin: ${spacing} 0 0;
    padding: 0;
    border: 0;
  `;
});

const SubLegend = /* @__PURE__ */ styled.legend.withConfig({ componentId: 'rbk-CardFilter-sublegend' })(({ theme }) => {
  const { colors } = tokens(theme);
  return css`
    padding: 0;
    color: ${colors.mutedText};
    font-size: 0.875em;
  `;
});

// Companies as wrapping chips: compact on a phone (three or so per row) and each still a 36 px tall target.
const List = /* @__PURE__ */ styled.ul.withConfig({ componentId: 'rbk-CardFilter-list' })(({ theme }) => {
  const { spacing } = tokens(theme);
  return css`
    display: flex;
    flex-wrap: wrap;
    gap: calc(${spacing} * 0.5);
    margin: ${spacing} 0 0;
    padding: 0;
    list-style: none;
  `;
});

const Chip = /* @__PURE__ */ styled.label.withConfig({ componentId: 'rbk-CardFilter-chip' })(({ theme }) => {
  const { colors, spacing, radius } = tokens(theme);
  // With focus inside, the chip shows the ring and the box's own outline goes: nested in :has(), so a browser without
  // :has() drops that rule and keeps the box's outline.
  return css`
    display: inline-flex;
    align-items: center;
    gap: calc(${spacing} * 0.5);
    min-height: 36px;
    padding: 0 ${spacing};
    border: 1px solid ${colors.border};
    border-radius: ${radius};
    font-size: 0.8125em;
    word-break: keep-all;
    cursor: pointer;

    &:has(input:checked) {
      border-color: ${colors.primary};
      background: ${colors.noticeBackground};
      color: ${colors.noticeText};
    }
    &:has(input:focus-visible) {
      ${focusRing(theme)}

      input:focus-visible {
        outline: none;
      }
    }
  `;
});

const Checkbox = /* @__PURE__ */ styled.input.withConfig({ componentId: 'rbk-CardFilter-checkbox' })(({ theme }) => {
  const { colors } = tokens(theme);
  return css`
    ${glyphBox('16px')}
    margin: 0;
    accent-color: ${colors.primary};
    cursor: pointer;
  `;
});

const Status = /* @__PURE__ */ styled.span.withConfig({ componentId: 'rbk-CardFilter-status' })(({ theme }) => {
  const { colors, spacing } = tokens(theme);
  return css`
    display: block;
    color: ${colors.danger};

    &:not(:empty) {
      margin-top: ${spacing};
    }
  `;
});

interface RowProps extends CardCheckboxProps {
  label: string;
  index: number;
  /** Whether this row holds the list's one Tab stop. */
  tabbable: boolean;
  /** Stable: makes row `index` the Tab stop. */
  onActivate: (index: number) => void;
}

// Memoised, with stable handlers: toggling one company re-renders only its row.
const Row = /* @__PURE__ */ memo(function CardFilterRow({ label, index, tabbable, onActivate, ...checkbox }: RowProps) {
  return (
    <li>
      <Chip>
        <Checkbox {...checkbox} tabIndex={tabbable ? 0 : -1} onFocus={() => onActivate(index)} />
        {label}
      </Chip>
    </li>
  );
});

const NEXT_KEYS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

interface CompanyListProps {
  companies: readonly CardCompany[];
  labelOf: (company: CardCompany) => string;
  checkboxProps: (company: CardCompany) => CardCheckboxProps;
}

/**
 * One Tab stop for the whole list (a roving tab index): arrow keys, Home and End move between companies and Space
 * toggles, so a keyboard user reaches the pay button without tabbing through twenty checkboxes.
 */
function CompanyList({ companies, labelOf, checkboxProps }: CompanyListProps) {
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const current = Math.min(active, companies.length - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = companies.length - 1;
    const step = NEXT_KEYS[event.key];
    let next: number;
    if (step !== undefined) next = (current + step + companies.length) % companies.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else return;
    event.preventDefault();
    setActive(next);
    list.current?.querySelectorAll('input')[next]?.focus();
  };

  return (
    <List ref={list} onKeyDown={onKeyDown}>
      {companies.map((company, index) => (
        <Row
          key={company.code}
          label={labelOf(company)}
          {...checkboxProps(company)}
          index={index}
          tabbable={index === current}
          onActivate={setActive}
        />
      ))}
    </List>
  );
}

/**
 * Which card companies the PG window offers: an accessible group of checkboxes (names in the provider's locale), with
 * "select all" / "clear", overseas brands in their own group (only when `cards` offers them), and a message when nothing
 * is selected. By default it offers, and selects, PortOne's 20 domestic companies. Its `onChange` yields the codes for
 * `BillingKeyButton cards`, which sends them as `card.detail`. Never throws, whatever the props.
 * @example
 * const [cards, setCards] = useState<CardCode[]>(['366', '381']);
 * <CardFilter value={cards} onChange={setCards} />
 * <BillingKeyButton pg="html5_inicis" customerUid="member_1_card_1" cards={cards} />
 */
export function CardFilter({ value, defaultValue, onChange, cards, legend, ...rest }: CardFilterProps) {
  const { messages: text, locale } = useUiSection('cardFilter', CARD_FILTER_MESSAGES);
  const filter = useCardFilter({ value, defaultValue, onChange, cards });
  const hintId = useId();
  const statusId = useId();
  const describedBy = [rest['aria-describedby'], hintId, statusId].filter(Boolean).join(' ');
  const labelOf = (company: CardCompany) => company[locale];
  const checkboxProps = (company: CardCompany) => filter.getCheckboxProps(company.code);
  const domestic = filter.companies.filter((company) => !company.overseas);
  const overseas = filter.companies.filter((company) => company.overseas);

  return (
    <Group {...rest} aria-describedby={describedBy}>
      <Legend>{legend ?? text.legend}</Legend>
      <Actions>
        <ActionButton type="button" onClick={filter.selectAll}>
          {text.selectAll}
        </ActionButton>
        <ActionButton type="button" onClick={filter.clear}>
          {text.clear}
        </ActionButton>
      </Actions>
      {domestic.length > 0 && <CompanyList companies={domestic} labelOf={labelOf} checkboxProps={checkboxProps} />}
      {overseas.length > 0 && (
        <Subgroup>
          <SubLegend>{text.overseas}</SubLegend>
          <CompanyList companies={overseas} labelOf={labelOf} checkboxProps={checkboxProps} />
        </Subgroup>
      )}
      <VisuallyHidden id={hintId}>{text.keyboardHint}</VisuallyHidden>
      <Status id={statusId} role="status">
        {filter.value.length === 0 ? text.noneSelected : ''}
      </Status>
    </Group>
  );
}
