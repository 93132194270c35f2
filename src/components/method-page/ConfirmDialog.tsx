import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { css, styled } from 'styled-components';
import { tokens } from '../../theme/theme';
import { surfaceBox } from '../control-look';
import { focusRing, SecondaryButton } from './look';

const Backdrop = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-ConfirmDialog-backdrop' })`
  position: fixed;
  inset: 0;
  z-index: 1000;
  display: flex;
  align-items: center;
  justify-content: center;
  padding: 16px;
  background: rgb(0 0 0 / 0.5);
`;

const Box = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-ConfirmDialog' })(({ theme }) => {
  const { spacing } = tokens(theme);
  return css`
    box-sizing: border-box;
    width: min(100%, 24rem);
    padding: calc(${spacing} * 2);
    ${surfaceBox(theme, '16px')}
    line-height: 1.5;
    word-break: keep-all;

    &:focus-visible {
      ${focusRing(theme)}
    }
    h2 {
      margin: 0 0 ${spacing};
      font-size: 1.125em;
    }
    p {
      margin: 0 0 calc(${spacing} * 2);
    }
  `;
});

const Actions = /* @__PURE__ */ styled.div.withConfig({ componentId: 'rbk-ConfirmDialog-actions' })`
  display: flex;
  flex-wrap: wrap;
  justify-content: flex-end;
  gap: 8px;
`;

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  title: ReactNode;
  body: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
  /** Escape, the cancel button, or a click on the backdrop. */
  onCancel: () => void;
}

/**
 * A modal confirmation (`role="alertdialog"`, `aria-modal`): focus starts on Cancel (the safe choice), Tab stays
 * inside, Escape cancels. The opener returns focus where it belongs when the dialog closes.
 */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const buttons = Array.from(box.current.querySelectorAll('button'));
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <Backdrop onMouseDown={(event) => event.target === event.currentTarget && onCancel()}>
      <Box
        ref={box}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        <p id={bodyId}>{body}</p>
        <Actions>
          <SecondaryButton ref={cancel} type="button" onClick={onCancel}>
            {cancelLabel}
          </SecondaryButton>
          <SecondaryButton type="button" data-tone="danger" onClick={onConfirm}>
            {confirmLabel}
          </SecondaryButton>
        </Actions>
      </Box>
    </Backdrop>
  );
}
