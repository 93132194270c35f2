// The checks run against each example storefront (Vite preview, next start, next dev): the subscription page at `/`
// with its CardFilter, three BillingKeyButtons and BillingKeyRedirect, and the same shop on PortOne v2 (`/v2.html`,
// Next's `/v2`), driven through the simulated PG windows of react-billing-key/testing; and, for Next, the server HTML
// and the Server Component page at /card.
import { assert, assertEqual, openPage, test, waitForHydration } from './harness.mjs';

const TRIAL = '카드 등록하고 체험 시작'; // danal_tpay, amount 0: key only
const MONTHLY = '9,900원 구독 시작'; // html5_inicis.INIBillTst, 9,900 shown, not charged
const REGISTER_CARD = '카드 등록하기'; // the payment-method checkout's card method (kcp_billing): redirects on mobile
const CONSENT = '정기결제에 동의합니다 (필수)';
const REGISTERED = '카드가 등록되었습니다.';

const button = (page, name) => page.getByRole('button', { name, exact: true });
const dialog = (page) => page.getByRole('dialog', { name: /결제창 \(테스트\)$/ });
const result = (page, text) => page.locator('#billing-result').filter({ hasText: text });
const lastRequest = (page) => page.evaluate(() => window.__billingKeyMock?.lastRequest());
/** The focused element, as "checkbox:신한카드" / "button:승인". */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    if (el instanceof HTMLInputElement) return `${el.type}:${el.labels?.[0]?.textContent?.trim() ?? ''}`;
    return `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}`;
  });

/** Clicks a billing-key button once it is hydrated, and returns the simulated window that opens. */
async function openWindow(page, name) {
  const target = button(page, name);
  await waitForHydration(target);
  await target.click();
  const window = dialog(page);
  await window.waitFor();
  return window;
}

async function decide(window, answer) {
  await window.getByRole('button', { name: answer, exact: true }).click();
  await window.waitFor({ state: 'detached' });
}

function assertClean(page) {
  const problems = page.problems();
  assert(problems.length === 0, `the page logged ${problems.length} problem(s):\n${problems.join('\n')}`);
}

/** One check on a fresh page (own browser context); the page's console must stay clean. */
function pageTest(name, target, options, fn) {
  return test(`${target.label}: ${name}`, async () => {
    const page = await openPage(target.origin, target.log, { devAdvice: target.dev, ...options });
    try {
      await page.goto(new URL(options.path ?? '/', target.origin).href);
      await fn(page);
      assertClean(page);
    } finally {
      await page.done();
    }
  });
}

/**
 * The subscription page's checks. `target`: { label, origin, log, dev, reseed? } (`reseed` puts the keys the shop's
 * checkout issues back into the Next shop's fake PortOne).
 */
export async function storefrontChecks(target) {
  await pageTest('approve in the simulated window — key-only button (danal_tpay, 0) issues a key', target, {}, async (page) => {
    const window = await openWindow(page, TRIAL);
    const text = await window.textContent();
    assert(text.includes('0원'), `the window should show the amount 0원: ${text}`);
    await decide(window, '승인');
    await result(page, REGISTERED).waitFor();
    assertEqual(await result(page, REGISTERED).textContent(), REGISTERED, 'message');
    const request = await lastRequest(page);
    assertEqual([request.pg, request.amount, request.customer_uid], ['danal_tpay', 0, 'member_42_trial'], 'request_pay');
  });

  await pageTest(
    'approve — display-amount button (Inicis, 9,900) issues a key, charged from the server',
    target,
    {},
    async (page) => {
      const window = await openWindow(page, MONTHLY);
      const text = await window.textContent();
      assert(text.includes('9,900원'), `the window should show 9,900원: ${text}`);
      await decide(window, '승인');
      await result(page, '첫 달 요금 9,900원은 곧 결제됩니다.').waitFor();
      const request = await lastRequest(page);
      assertEqual(
        [request.pg, request.amount, request.name, request.customer_uid],
        ['html5_inicis.INIBillTst', 9900, '월간 이용권', 'member_42_monthly'],
        'request_pay',
      );
    },
  );

  await pageTest('decline in the simulated window shows the PG failure', target, {}, async (page) => {
    await decide(await openWindow(page, MONTHLY), '거절');
    const text = await result(page, '카드 등록에 실패했습니다').textContent();
    assert(text.includes('카드 인증에 실패했습니다'), `the PG's own message should be kept: ${text}`);
    assertEqual(await button(page, MONTHLY).getAttribute('aria-busy'), 'false', 'aria-busy after the failure');
  });

  await pageTest('cancel in the simulated window shows the cancellation', target, {}, async (page) => {
    await decide(await openWindow(page, TRIAL), '취소');
    await result(page, '카드 등록을 취소했습니다.').waitFor();
    assertEqual(await button(page, TRIAL).getAttribute('aria-busy'), 'false', 'aria-busy after cancelling');
  });

  await pageTest('card selection in CardFilter reaches card.detail', target, {}, async (page) => {
    await waitForHydration(page.getByRole('checkbox', { name: '신한카드' }));
    await page.getByRole('checkbox', { name: '신한카드' }).uncheck();
    await page.getByRole('checkbox', { name: '현대카드' }).check();
    await decide(await openWindow(page, TRIAL), '승인');
    await result(page, REGISTERED).waitFor();
    const { card } = await lastRequest(page);
    const enabled = card.detail.filter((entry) => entry.enabled).map((entry) => entry.card_code);
    assertEqual(enabled.sort(), ['367', '381'], 'enabled card codes (현대카드, KB국민카드)');
    assert(
      card.detail.some((entry) => entry.card_code === '*' && entry.enabled === false),
      `card.detail should disable the others: ${JSON.stringify(card.detail)}`,
    );
  });

  await pageTest(
    'keyboard only: pick a card, open the window, cancel with Escape, approve with Enter',
    target,
    {},
    async (page) => {
      await waitForHydration(button(page, TRIAL));
      const move = async (key, wanted, limit) => {
        for (let i = 0; i < limit; i += 1) {
          await page.keyboard.press(key);
          if ((await focused(page)) === wanted) return i + 1;
        }
        throw new Error(`${key} never reached ${wanted}`);
      };
      // The card list is one Tab stop (roving focus): Tab into it, arrow keys to the company, Space to pick it.
      await move('Tab', 'checkbox:BC카드', 20);
      await move('ArrowRight', 'checkbox:현대카드', 25);
      await page.keyboard.press('Space');
      const tabs = await move('Tab', `button:${TRIAL}`, 10);
      assert(tabs <= 3, `the pay button should be a few Tabs after the card list, took ${tabs}`);
      await page.keyboard.press('Enter');
      await dialog(page).waitFor();
      assertEqual(await focused(page), 'button:승인', 'focus in the opened window');
      await page.keyboard.press('Tab');
      assertEqual(await focused(page), 'button:거절', 'focus after Tab in the window');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Escape');
      await result(page, '카드 등록을 취소했습니다.').waitFor();
      assertEqual(await focused(page), `button:${TRIAL}`, 'focus back on the button after Escape');
      await page.keyboard.press('Enter');
      await dialog(page).waitFor();
      await page.keyboard.press('Enter');
      await result(page, REGISTERED).waitFor();
      const { card } = await lastRequest(page);
      assert(
        card.detail.some((entry) => entry.card_code === '367' && entry.enabled),
        `현대카드 chosen with Space should be in card.detail: ${JSON.stringify(card.detail)}`,
      );
    },
  );

  await pageTest(
    'keyboard only, one pass: choose a method, consent, register, list, replace, remove (payment-method page)',
    target,
    {},
    async (page) => {
      // The Next shop's fake PortOne knows member_42_method_1, _2… again (a removal deletes them there).
      target.reseed?.();
      const radios = page.getByRole('radiogroup', { name: '결제수단' }).getByRole('radio');
      await waitForHydration(radios.first());
      const list = page.getByRole('region', { name: '등록된 결제수단' });
      const status = list.getByRole('status');
      const items = list.getByRole('listitem');
      await status.filter({ hasNotText: '불러오는 중' }).waitFor({ state: 'attached' });
      const before = await items.count();
      const press = async (key, times = 1) => {
        for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
      };
      const tabTo = async (isTarget, arg, limit = 40) => {
        for (let i = 0; i < limit; i += 1) {
          await press('Tab');
          if (await page.evaluate(isTarget, arg)) return;
        }
        throw new Error(`Tab never reached ${isTarget}`);
      };
      // Choose: the methods are one Tab stop; arrows move and choose (카드 → 카카오페이 → back to 카드).
      await tabTo(() => document.activeElement?.getAttribute('role') === 'radio');
      assertEqual(await focused(page), 'div:카드', 'the chosen method is the Tab stop');
      await press('ArrowRight');
      assertEqual(await focused(page), 'div:카카오페이', 'ArrowRight');
      assertEqual(await radios.nth(1).getAttribute('aria-checked'), 'true', 'ArrowRight chooses');
      await press('ArrowLeft');
      // Consent: the button waits for it, and says why.
      const register = button(page, REGISTER_CARD).first();
      assert(await register.isDisabled(), 'the register button waits for the consent');
      await press('Tab');
      assertEqual(await focused(page), `checkbox:${CONSENT}`, 'the consent is the next Tab stop');
      await press('Space');
      await press('Tab');
      assertEqual(await focused(page), `button:${REGISTER_CARD}`, 'the register button follows the consent');
      // Register: the simulated window opens with focus on 승인.
      await press('Enter');
      await dialog(page).waitFor();
      await press('Enter');
      await dialog(page).waitFor({ state: 'detached' });
      await result(page, REGISTERED).waitFor();
      const request = await lastRequest(page);
      assertEqual([request.pg, request.customer_uid], ['kcp_billing', 'member_42_method_1'], 'request_pay');
      // Listed: the new key is the last item.
      await page.waitForFunction((n) => document.querySelectorAll('section li').length === n + 1, before);
      // In the page: is the focused element the last saved method's button with this label?
      const onLastButton = (label) => {
        const rows = document.querySelectorAll('section li');
        const row = rows[rows.length - 1];
        return [...(row?.querySelectorAll('button') ?? [])].some((b) => b === document.activeElement && b.textContent === label);
      };
      // Replace: a checkout for the new key opens below the list; the old key goes only after the new one is issued.
      await tabTo(onLastButton, '변경');
      await press('Enter');
      await list.getByRole('heading', { name: /대신 등록할 결제수단$/ }).waitFor();
      await tabTo(() => document.activeElement?.getAttribute('role') === 'radio');
      await press('Tab');
      await press('Space');
      await press('Tab');
      assertEqual(await focused(page), `button:${REGISTER_CARD}`, 'the replacement checkout');
      await press('Enter');
      await dialog(page).waitFor();
      await press('Enter');
      await status.filter({ hasText: '새 결제수단으로 바꿨습니다.' }).waitFor();
      assertEqual((await lastRequest(page)).customer_uid, 'member_42_method_2', 'the replacement key');
      assertEqual(await items.count(), before + 1, 'the new key replaced the old one');
      // Remove: a dialog asks first (focus on 취소), and the item goes.
      await tabTo(onLastButton, '삭제');
      await press('Enter');
      const confirm = page.getByRole('alertdialog', { name: '결제수단을 삭제할까요?' });
      await confirm.waitFor();
      assertEqual(await focused(page), 'button:취소', 'focus starts on Cancel');
      await press('Tab');
      await press('Enter');
      // Not the bare text: the replacement's status above also ends in "…은 삭제했습니다." and is still shown.
      await status.filter({ hasText: /^삭제했습니다:/ }).waitFor();
      assertEqual(await items.count(), before, 'the removed key is gone');
    },
  );

  await pageTest(
    'mobile (375 px): the checkout card (NHN KCP) redirects to m_redirect_url and back; BillingKeyRedirect reports it and cleans the URL',
    target,
    { mobile: true, path: '/?ref=newsletter' },
    async (page) => {
      assertEqual(page.viewportSize()?.width, 375, 'viewport width');
      target.reseed?.();
      const visited = [];
      page.on('framenavigated', (frame) => frame === page.mainFrame() && visited.push(frame.url()));
      await waitForHydration(page.getByRole('checkbox', { name: CONSENT }));
      await page.getByRole('checkbox', { name: CONSENT }).check();
      await decide(await openWindow(page, REGISTER_CARD), '승인');
      await result(page, REGISTERED).waitFor();
      const back = visited.find((url) => new URL(url).searchParams.has('imp_uid'));
      assert(back, `the browser should have come back with imp_uid; visited: ${visited.join(', ')}`);
      assert(new URL(back).searchParams.has('merchant_uid'), `no merchant_uid in ${back}`);
      // The library's keys go (history.replaceState); the merchant's own stay.
      await page.waitForFunction(() => !location.search.includes('imp_uid'));
      const params = new URL(page.url()).searchParams;
      assertEqual([...params.keys()], ['ref'], 'query keys after the round trip');
      assertEqual(params.get('ref'), 'newsletter', 'the merchant query key');
    },
  );
}

// ---- Next.js only -----------------------------------------------------------------------------------------------

/** Checks that the server HTML has the button and, before it, a styled-components <style> with its class's rules. */
function assertServerStyled(html, label) {
  const at = html.indexOf(`>${label}</button>`);
  assert(at > 0, `the server HTML has no <button> "${label}"`);
  const tag = html.slice(html.lastIndexOf('<button', at), at);
  const className = /class="[^"]*\brbk-BillingKeyButton ([\w-]+)/.exec(tag)?.[1];
  assert(className, `the button has no rbk-BillingKeyButton class: ${tag}`);
  const styles = [...html.slice(0, at).matchAll(/<style data-styled[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert(styles.length > 0, 'no <style data-styled> before the button');
  const css = styles.join('\n');
  assert(css.includes(`[id="rbk-BillingKeyButton"]`), 'the styles do not register rbk-BillingKeyButton');
  assert(css.includes(`.${className}{`) && /display:inline-flex/.test(css), `no rules for .${className} in the server styles`);
  return css;
}

/** The Next example's own checks: server HTML of both pages, and the Server Component page in the browser. */
export async function nextChecks(target) {
  await test(`${target.label}: the server HTML of / has the buttons and their CSS`, async () => {
    const response = await fetch(new URL('/', target.origin));
    assertEqual(response.status, 200, 'status');
    const html = await response.text();
    const css = assertServerStyled(html, TRIAL);
    assertServerStyled(html, MONTHLY);
    assert(css.includes('[id="rbk-CardFilter"]') && css.includes('[id="rbk-PgNotice"]'), 'CardFilter / PgNotice CSS missing');
    assert(html.includes('role="note"') && html.includes('<fieldset'), 'PgNotice / CardFilter markup missing');
  });

  await test(`${target.label}: the server HTML of /card (a Server Component page) has the button and its CSS`, async () => {
    const response = await fetch(new URL('/card', target.origin));
    assertEqual(response.status, 200, 'status');
    const html = await response.text();
    const css = assertServerStyled(html, '새 카드 등록');
    assert(css.includes('[id="rbk-PgNotice"]') && html.includes('id="new-card-notice"'), 'the PgNotice is missing');
  });

  await pageTest(
    '/card (Server Component page) hydrates and its button opens the window',
    target,
    { path: '/card' },
    async (page) => {
      await decide(await openWindow(page, '새 카드 등록'), '승인');
      await page.waitForFunction(() => !document.querySelector('button[aria-busy="true"]'));
      const request = await lastRequest(page);
      assertEqual([request.pg, request.customer_uid], ['danal_tpay', 'member_42_card_2'], 'request_pay');
      assertEqual(await button(page, '새 카드 등록').getAttribute('aria-busy'), 'false', 'aria-busy after the answer');
    },
  );
}

// ---- The PortOne v2 page (react-billing-key/v2) ---------------------------------------------------------------

const TOSS = '토스페이먼츠로 카드 등록'; // tosspayments: a card window, nothing charged
const KAKAO = '카카오페이로 등록'; // kakaopay: redirects on a phone
const lastV2Request = (page) => page.evaluate(() => window.__portOneMock?.lastRequest());

/** The v2 subscription page's checks, as complete as the v1 page's. `path`: where the shop serves it. */
export async function v2StorefrontChecks(target, path) {
  const v2 = (name, options, fn) => pageTest(`v2: ${name}`, target, { path, ...options }, fn);

  await v2('approve in the simulated window issues a billing key (tosspayments)', {}, async (page) => {
    await decide(await openWindow(page, TOSS), '승인');
    await result(page, REGISTERED).waitFor();
    const request = await lastV2Request(page);
    assertEqual(
      [request.billingKeyMethod, request.channelKey.startsWith('channel-key-3b37'), request.customer?.customerId],
      ['CARD', true, 'member_42'],
      'requestIssueBillingKey',
    );
    assert(request.storeId?.startsWith('store-'), `the request should carry the store id: ${JSON.stringify(request)}`);
  });

  await v2('decline shows the PG failure with its own message', {}, async (page) => {
    await decide(await openWindow(page, TOSS), '거절');
    const text = await result(page, '카드 등록에 실패했습니다').textContent();
    assert(text.includes('카드 인증에 실패했습니다'), `the PG's own message should be kept: ${text}`);
    assertEqual(await button(page, TOSS).getAttribute('aria-busy'), 'false', 'aria-busy after the failure');
  });

  await v2('cancel shows the cancellation', {}, async (page) => {
    await decide(await openWindow(page, KAKAO), '취소');
    await result(page, '카드 등록을 취소했습니다.').waitFor();
    assertEqual(await button(page, KAKAO).getAttribute('aria-busy'), 'false', 'aria-busy after cancelling');
  });

  await v2('keyboard only: open the window, cancel with Escape, approve with Enter', {}, async (page) => {
    const target = button(page, TOSS);
    await waitForHydration(target);
    await target.focus();
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    assertEqual(await focused(page), 'button:승인', 'focus in the opened window');
    await page.keyboard.press('Escape');
    await result(page, '카드 등록을 취소했습니다.').waitFor();
    assertEqual(await focused(page), `button:${TOSS}`, 'focus back on the button after Escape');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    await page.keyboard.press('Enter');
    await result(page, REGISTERED).waitFor();
  });

  await v2(
    'mobile (375 px): Kakao Pay redirects to redirectUrl and back; BillingKeyRedirect reports it and cleans the URL',
    { mobile: true, path: `${path}?ref=newsletter` },
    async (page) => {
      const visited = [];
      page.on('framenavigated', (frame) => frame === page.mainFrame() && visited.push(frame.url()));
      await decide(await openWindow(page, KAKAO), '승인');
      await result(page, REGISTERED).waitFor();
      const back = visited.find((url) => new URL(url).searchParams.has('billingKey'));
      assert(back, `the browser should have come back with billingKey; visited: ${visited.join(', ')}`);
      assert(new URL(back).searchParams.has('rbk_issue_id'), `no rbk_issue_id in ${back}`);
      await page.waitForFunction(() => !location.search.includes('billingKey'));
      const params = new URL(page.url()).searchParams;
      assertEqual([...params.keys()], ['ref'], 'query keys after the round trip');
    },
  );
}
