/**
 * The test kit's stand-in for PayPal's own button, rendered by both mocks' `loadUI` / `loadIssueBillingKeyUI` into
 * PortOne's container, found the way PortOne's SDK finds it (docs: opi/ko/integration/pg/v1/rt/readme, "페이팔 정기결제
 * 버튼이 보이지 않을 때"). Plain DOM, no React. Nothing answers before the buyer clicks it.
 */

const MARK = 'data-react-billing-key-paypal';

/** The container PortOne renders into; throws PortOne's own errors when there is none, or more than one. */
export function findPayPalContainer(): HTMLElement {
  const containers = [...document.querySelectorAll<HTMLElement>('.portone-ui-container')];
  if (containers.length === 0) throw new Error('portone-ui-container를 찾을 수 없습니다.');
  if (containers.length === 1) return containers[0]!;
  const typed = containers.filter((element) => element.dataset.portoneUiType === 'paypal-rt');
  if (typed.length === 0) throw new Error('data-portone-ui-type에 올바른 UI 타입을 입력해주세요.');
  if (typed.length > 1) throw new Error('동일한 data-portone-ui-type을 갖는 DOM element가 2개 이상 존재합니다.');
  return typed[0]!;
}

/**
 * Renders a simulated PayPal button into PortOne's container; `onClick` runs for each click (the buyer starts an
 * attempt). Returns a function that removes it. PayPal's colours: dark text on PayPal yellow (over 10:1).
 * @throws {Error} PortOne's message when the container cannot be found.
 */
export function renderSimulatedPayPalButton(onClick: () => void): () => void {
  const container = findPayPalContainer();
  for (const old of container.querySelectorAll(`[${MARK}]`)) old.remove();
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute(MARK, '');
  button.textContent = 'PayPal';
  button.style.cssText =
    'display:block;width:100%;min-height:44px;border:0;border-radius:4px;background:#ffc439;color:#111;' +
    'font:italic 700 18px/1 system-ui,sans-serif;cursor:pointer';
  button.addEventListener('focus', () => {
    button.style.outline = '3px solid #111';
    button.style.outlineOffset = '2px';
  });
  button.addEventListener('blur', () => (button.style.outline = ''));
  button.addEventListener('click', onClick);
  container.append(button);
  return () => button.remove();
}

/** Removes every simulated PayPal button (a fresh page). */
export function removeSimulatedPayPalButtons(): void {
  for (const button of document.querySelectorAll(`[${MARK}]`)) button.remove();
}

/** What a mock's PayPal stand-in was asked, for tests. */
export interface MockPayPal<TParams> {
  /** Every `loadUI` / `loadIssueBillingKeyUI` request, in order (one per mounted `PayPalBillingButton`). */
  readonly loads: readonly TParams[];
  /** Every `updateLoadUIRequest` / `updateLoadIssueBillingKeyUIRequest` request, in order. */
  readonly updates: readonly TParams[];
  /** The request of each click on PayPal's button (each an attempt), in order. */
  readonly clicks: readonly TParams[];
  /** What the next click sends: the last load or update. @throws {Error} before any load. */
  current(): TParams;
  /** Clicks PayPal's simulated button, as the buyer does. @throws {Error} before any load. */
  click(): void;
}

/**
 * The PayPal half both mocks share: it records loads, updates and clicks, renders the simulated button, and hands each
 * click's request to `start` (which answers it as the mock answers `request_pay` or `requestIssueBillingKey`).
 */
export function createPayPalStandIn<TParams>(start: (params: TParams) => void) {
  const loads: TParams[] = [];
  const updates: TParams[] = [];
  const clicks: TParams[] = [];
  let current: TParams | undefined;
  let remove: (() => void) | undefined;
  const handle: MockPayPal<TParams> = {
    loads,
    updates,
    clicks,
    current() {
      if (current === undefined) throw new Error('react-billing-key/testing: PayPal’s button was not loaded');
      return current;
    },
    click() {
      const params = handle.current();
      clicks.push(params);
      start(params);
    },
  };
  return {
    handle,
    /** Renders the button into PortOne's container. @throws {Error} PortOne's message when there is no container. */
    load(params: TParams) {
      loads.push(params);
      remove?.();
      remove = renderSimulatedPayPalButton(() => handle.click());
      current = params;
    },
    update(params: TParams) {
      updates.push(params);
      current = params;
    },
    dispose() {
      remove?.();
    },
  };
}
