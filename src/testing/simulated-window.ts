/**
 * The simulated PG window of the test kit: a modal dialog in plain DOM (no React, no stylesheet), so it works in any
 * test setup and in Storybook. Keyboard: focus starts on the first action, Tab cycles inside, Escape cancels, and focus
 * returns to where it was when the window closes.
 */

/** What the window shows and which answers it offers. */
export interface SimulatedWindowContent<TAnswer extends string> {
  readonly title: string;
  /** Term / value rows (PG, amount, what is charged…). */
  readonly rows: readonly (readonly [term: string, value: string])[];
  /** The buttons, first focused; `tone` picks the colors. */
  readonly actions: readonly {
    readonly answer: TAnswer;
    readonly label: string;
    readonly tone: 'primary' | 'danger' | 'neutral';
  }[];
  /** The answer Escape gives. */
  readonly escapeAnswer: TAnswer;
}

const TONES = {
  primary: 'background:#0b57d0;color:#fff;border-color:#0b57d0',
  danger: 'background:#b3261e;color:#fff;border-color:#b3261e',
  neutral: 'background:#fff;color:#1f2328;border-color:#57606a',
} as const;

const MARK = 'data-react-billing-key-window';
const openWindows = new Set<() => void>();
let count = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, style: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.style.cssText = style;
  node.textContent = text;
  return node;
}

/**
 * Opens the window; `decide` gets the buyer's choice after the window closed and focus went back.
 * Returns a function that closes it without an answer.
 */
export function openSimulatedWindow<TAnswer extends string>(
  content: SimulatedWindowContent<TAnswer>,
  decide: (answer: TAnswer) => void,
): () => void {
  const id = `rbk-mock-window-${++count}`;
  const before = document.activeElement as HTMLElement | null;

  const backdrop = element(
    'div',
    'position:fixed;inset:0;z-index:2147483000;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.55)',
  );
  backdrop.setAttribute(MARK, '');
  const dialog = element(
    'div',
    'box-sizing:border-box;width:min(380px,calc(100vw - 32px));max-height:calc(100vh - 32px);overflow:auto;padding:24px;' +
      'border-radius:12px;background:#fff;color:#1f2328;box-shadow:0 12px 32px rgba(0,0,0,.3);' +
      'font:15px/1.5 system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Malgun Gothic","Noto Sans CJK KR",sans-serif',
  );
  for (const [name, value] of Object.entries({
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': `${id}-title`,
    'aria-describedby': `${id}-desc`,
  })) {
    dialog.setAttribute(name, value);
  }
  const title = element('h2', 'margin:0 0 16px;font-size:18px;font-weight:700', content.title);
  title.id = `${id}-title`;
  const details = element('dl', 'margin:0 0 20px');
  details.id = `${id}-desc`;
  for (const [term, value] of content.rows) {
    // An id (customer_uid) may break anywhere; prose keeps its Korean words whole.
    const wrap = /^[\x21-\x7e]+$/.test(value) ? 'overflow-wrap:anywhere' : 'word-break:keep-all';
    details.append(element('dt', 'font-weight:600', term), element('dd', `margin:0 0 8px;${wrap}`, value));
  }

  const buttons = content.actions.map(({ answer, label, tone }) => {
    const button = element(
      'button',
      `min-height:44px;padding:0 16px;border:1px solid;border-radius:8px;font:inherit;font-weight:600;cursor:pointer;${TONES[tone]}`,
      label,
    );
    button.type = 'button';
    button.addEventListener('click', () => choose(answer));
    // Visible focus without a stylesheet: a dark ring outside the button, over 3:1 on the white dialog.
    button.addEventListener('focus', () => {
      button.style.outline = '3px solid #1f2328';
      button.style.outlineOffset = '2px';
    });
    button.addEventListener('blur', () => (button.style.outline = ''));
    return button;
  });
  const row = element('div', 'display:flex;flex-wrap:wrap;gap:8px;justify-content:flex-end');
  row.append(...buttons);
  dialog.append(title, details, row);
  backdrop.append(dialog);

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      choose(content.escapeAnswer);
    } else if (event.key === 'Tab') {
      // A modal traps focus: cycle through the actions.
      event.preventDefault();
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const step = event.shiftKey ? -1 : 1;
      const next = at === -1 ? (event.shiftKey ? buttons.length - 1 : 0) : (at + step + buttons.length) % buttons.length;
      buttons[next]?.focus();
    }
  };
  // Focus that lands outside (a click on the backdrop, a script) comes back to the window.
  const onFocusIn = (event: FocusEvent) => {
    if (!dialog.contains(event.target as Node)) buttons[0]?.focus();
  };
  const keepFocus = (event: MouseEvent) => {
    if (event.target === backdrop) event.preventDefault();
  };

  const close = () => {
    openWindows.delete(close);
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('focusin', onFocusIn, true);
    backdrop.remove();
    if (before?.isConnected && typeof before.focus === 'function') before.focus();
  };
  function choose(answer: TAnswer) {
    close();
    decide(answer);
  }

  document.addEventListener('keydown', onKey, true);
  document.addEventListener('focusin', onFocusIn, true);
  backdrop.addEventListener('mousedown', keepFocus);
  document.body.append(backdrop);
  openWindows.add(close);
  buttons[0]?.focus();
  return close;
}

/** Closes every simulated window still open, without answers (a fresh page). */
export function closeSimulatedWindows(): void {
  for (const close of [...openWindows]) close();
  // A test in plain Node (a server test sharing the merchant's setup file) has no page to clean.
  if (typeof document === 'undefined') return;
  for (const leftover of document.querySelectorAll(`[${MARK}]`)) leftover.remove();
}
