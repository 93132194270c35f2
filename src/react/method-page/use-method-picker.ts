import { useCallback, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { defaultMethodLabel } from '../../core/rules/method-labels';
import { useBillingKeyUi } from '../ui-context';
import { useLatest } from '../use-latest';
import { usableMethods, type MethodBase, type MethodBinding } from './methods';
import { usePageMessages } from './use-page-messages';

/** Options of `useBillingMethodPicker`. */
export interface UseBillingMethodPickerOptions<TMethod extends MethodBase> {
  /** The methods offered, in order. Entries without a string `id` are skipped (never a crash). */
  methods: readonly TMethod[];
  /** The chosen method's id (controlled). */
  value?: string | undefined;
  /** The method chosen at first (uncontrolled); default the first method. */
  defaultValue?: string | undefined;
  /** Called when the buyer chooses a method: its id first, then the method. */
  onChange?: ((id: string, method: TMethod) => void) | undefined;
  /** While true the choice cannot change (a window is open for the chosen method). */
  disabled?: boolean | undefined;
}

/** Props for one radio of the group (spread them on the element that shows the method). */
export interface MethodRadioProps {
  role: 'radio';
  'aria-checked': boolean;
  'aria-disabled'?: true;
  tabIndex: 0 | -1;
  'data-method-id': string;
  ref: (element: HTMLElement | null) => void;
  onClick: (event: MouseEvent<HTMLElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** What `useBillingMethodPicker` returns: the choice, each method's name, and the props of an accessible radio group. */
export interface UseBillingMethodPickerValue<TMethod extends MethodBase> {
  /** The usable methods, in order. */
  methods: readonly TMethod[];
  /** The chosen method's id, or `null` when none is (no methods, or a controlled `value` that names none). */
  value: string | null;
  /** The chosen method, or `null`. */
  selected: TMethod | null;
  /** A method's name in the provider's locale: its `label`, else the brand or kind, else its id. */
  labelOf: (method: TMethod) => string;
  /** Chooses a method by id (ignored while disabled or for an unknown id). */
  select: (id: string) => void;
  /** Props for the radio group element (`role="radiogroup"`); give it a name with `aria-label` or `aria-labelledby`. */
  groupProps: { role: 'radiogroup'; 'aria-disabled'?: true };
  /** Props for a method's radio: one Tab stop for the group, arrow keys, Home and End move and choose. */
  radioProps: (method: TMethod) => MethodRadioProps;
}

const NEXT: Readonly<Record<string, 1 | -1>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The radio group of payment methods, headless, for either generation (`binding` reads the generation's methods).
 * WAI-ARIA radio group: the group is one Tab stop (the chosen method, else the first); arrow keys move and choose,
 * wrapping around; Home and End go to the first and last; Space chooses the focused one.
 */
export function useMethodPicker<TMethod extends MethodBase, TRequest>(
  options: UseBillingMethodPickerOptions<TMethod>,
  binding: MethodBinding<TMethod, TRequest>,
): UseBillingMethodPickerValue<TMethod> {
  const methods = usableMethods<TMethod>(options.methods);
  const { messages, locale } = usePageMessages();
  const { extraRules } = useBillingKeyUi();
  const [own, setOwn] = useState<string | undefined>(() =>
    typeof options.defaultValue === 'string' ? options.defaultValue : undefined,
  );
  const latest = useLatest({ options, methods });
  const elements = useRef(new Map<string, HTMLElement>());

  const controlled = options.value !== undefined;
  const find = (id: unknown) => methods.find((method) => method.id === id) ?? null;
  const selected = controlled ? find(options.value) : (find(own) ?? methods[0] ?? null);
  const disabled = options.disabled === true;

  const labelOf = useCallback(
    (method: TMethod): string => {
      if (typeof method.label === 'string' && method.label.trim() !== '') return method.label;
      let facts;
      try {
        facts = binding.describe(method, extraRules);
      } catch {
        facts = { pgCode: '' };
      }
      return defaultMethodLabel(facts, locale, messages.methodPicker) ?? method.id;
    },
    [binding, extraRules, locale, messages],
  );

  const select = useCallback(
    (id: string) => {
      const { options: current, methods: usable } = latest.current;
      const method = usable.find((m) => m.id === id);
      if (!method || current.disabled === true) return;
      if (current.value === undefined) setOwn(id);
      current.onChange?.(id, method);
    },
    [latest, setOwn],
  );

  const move = (from: TMethod, step: 1 | -1 | 'first' | 'last') => {
    const index = methods.indexOf(from);
    const target =
      step === 'first'
        ? methods[0]
        : step === 'last'
          ? methods[methods.length - 1]
          : methods[(index + step + methods.length) % methods.length];
    if (!target) return;
    elements.current.get(target.id)?.focus();
    select(target.id);
  };

  const tabStop = selected ?? methods[0];
  const radioProps = (method: TMethod): MethodRadioProps => ({
    role: 'radio',
    'aria-checked': selected?.id === method.id,
    ...(disabled && { 'aria-disabled': true as const }),
    tabIndex: method === tabStop ? 0 : -1,
    'data-method-id': method.id,
    ref: (element) => {
      if (element) elements.current.set(method.id, element);
      else elements.current.delete(method.id);
    },
    onClick: () => select(method.id),
    onKeyDown: (event) => {
      const step = NEXT[event.key] ?? (event.key === 'Home' ? 'first' : event.key === 'End' ? 'last' : undefined);
      if (step !== undefined) {
        event.preventDefault();
        if (!disabled) move(method, step);
      } else if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        select(method.id);
      }
    },
  });

  return {
    methods,
    value: selected?.id ?? null,
    selected,
    labelOf,
    select,
    groupProps: { role: 'radiogroup', ...(disabled && { 'aria-disabled': true as const }) },
    radioProps,
  };
}
