import { styled } from 'styled-components';

/** Text for screen readers only: off screen, but read and announced. */
export const VisuallyHidden = /* @__PURE__ */ styled.span.withConfig({ componentId: 'rbk-VisuallyHidden' })`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;
