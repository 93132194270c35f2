import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { themes } from 'storybook/theming';
import { ThemeProvider } from 'styled-components';
import { IamportProvider, type Locale } from '../src';
import { tokens } from '../src/theme/theme';
import { brandBillingTheme, darkBillingTheme, lightBillingTheme } from '../src/theme/themes';
import { installMockIamport, installMockPortOne, resetBillingKeyState } from '../src/testing';
import { PortOneProvider } from '../src/v2';
import {
  OFFLINE_SDK_URL,
  SHOWROOM_USER_CODE,
  setShowroomMock,
  showroomNavigate,
  type ShowroomParameters,
} from '../stories/support/showroom';
import { DocsLocale } from '../stories/support/docs-locale';
import { PLAY_GLOBAL, underTest } from '../stories/support/play';
import { OFFLINE_PORTONE_SDK_URL, V2_STORE_ID, type V2ShowroomParameters } from '../stories/v2/support';
// Under a test runner, a story's expected development warnings are captured like a unit test's (test/setup-dev-warnings.ts).
import { expectDevWarning } from '../test/support/dev-warnings';

const THEMES = { light: lightBillingTheme, dark: darkBillingTheme, brand: brandBillingTheme };

// The toolbar's starting values; `VITE_SHOWROOM_THEME=dark VITE_SHOWROOM_LOCALE=en` runs every story (and its play
// function and axe check) in another setting, e.g. `npx vitest run --project storybook` once per theme and locale.
const env = (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};
const initialTheme = Object.keys(THEMES).find((name) => name === env.VITE_SHOWROOM_THEME) ?? 'light';
const initialLocale: Locale = env.VITE_SHOWROOM_LOCALE === 'en' ? 'en' : 'ko';

const initialGlobals = { theme: initialTheme, locale: initialLocale, [PLAY_GLOBAL]: 'off' };

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

interface CanvasProps {
  theme: (typeof THEMES)[keyof typeof THEMES];
  /** The story alone on the page (not in a docs page): it becomes the page's main landmark, headed by the story's name. */
  page: string | null;
  /** No padding of its own: a `layout: 'fullscreen'` story (a phone-width frame) is the whole width. */
  flush: boolean;
  children: ReactNode;
}

function Canvas({ theme, page, flush, children }: CanvasProps) {
  const t = tokens(theme);
  const fill = page !== null;
  // The page behind the story takes the theme's surface, so contrast is measured against what the buyer sees.
  useEffect(() => {
    if (!fill) return;
    const { style } = document.body;
    const before = style.background;
    style.background = t.colors.surface;
    return () => {
      style.background = before;
    };
  }, [fill, t.colors.surface]);
  const style = { background: t.colors.surface, color: t.colors.text, fontFamily: t.fontFamily, padding: flush ? 0 : 16 };
  if (page === null) return <div style={style}>{children}</div>;
  return (
    <main style={style}>
      <h1 style={VISUALLY_HIDDEN}>{page}</h1>
      {children}
    </main>
  );
}

const withShowroom: Decorator = (Story, { globals, parameters, viewMode, title, name }) => {
  const theme = THEMES[globals.theme as keyof typeof THEMES] ?? lightBillingTheme;
  const locale: Locale = globals.locale === 'en' ? 'en' : 'ko';
  const provider = (parameters as ShowroomParameters).iamportProvider;
  // v2 stories (V2ShowroomParameters): a PortOneProvider instead of the IamportProvider.
  const portOne = (parameters as V2ShowroomParameters).portOneProvider;
  return (
    <ThemeProvider theme={theme}>
      <Canvas
        theme={theme}
        page={viewMode === 'docs' ? null : `${title.split('/').pop()}: ${name}`}
        flush={parameters.layout === 'fullscreen'}
      >
        {portOne ? (
          <PortOneProvider storeId={V2_STORE_ID} locale={locale} sdkUrl={OFFLINE_PORTONE_SDK_URL} {...portOne}>
            <Story />
          </PortOneProvider>
        ) : provider === false ? (
          <Story />
        ) : (
          <IamportProvider userCode={SHOWROOM_USER_CODE} locale={locale} sdkUrl={OFFLINE_SDK_URL} {...provider}>
            <Story />
          </IamportProvider>
        )}
      </Canvas>
    </ThemeProvider>
  );
};

// The toolbar's values on a docs page. A docs page has no story context, so they come from the preview's store and
// follow its `globalsUpdated` event (what addon-docs' own Controls block listens to).
function useDocsGlobals(context: DocsContainerProps['context']): Record<string, unknown> {
  const store = (context as unknown as { store?: { userGlobals?: { get(): Record<string, unknown> } } }).store;
  const [globals, setGlobals] = useState<Record<string, unknown>>(() => store?.userGlobals?.get() ?? initialGlobals);
  useEffect(() => {
    const onUpdate = (event: { globals: Record<string, unknown> }) => setGlobals(event.globals);
    context.channel.on('globalsUpdated', onUpdate);
    return () => context.channel.off('globalsUpdated', onUpdate);
  }, [context.channel]);
  return globals;
}

// Docs pages are one document each: a main landmark, Storybook's dark docs theme under the dark toolbar theme, the
// toolbar's language (pages that have a Korean version show it under ko: see DocsLocale).
function DocsPage(props: DocsContainerProps & { children?: ReactNode }) {
  const globals = useDocsGlobals(props.context);
  const locale: Locale = globals.locale === 'en' ? 'en' : 'ko';
  return (
    <main lang={locale}>
      <DocsLocale.Provider value={locale}>
        <DocsContainer {...props} theme={globals.theme === 'dark' ? themes.dark : themes.light} />
      </DocsLocale.Provider>
    </main>
  );
}

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Merchant theme (lightBillingTheme, darkBillingTheme, brandBillingTheme)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Brand (green)' },
        ],
        dynamicTitle: true,
      },
    },
    [PLAY_GLOBAL]: {
      description: 'Stories open idle; "Play on open" runs each story’s interaction test when it opens (npm test always does)',
      toolbar: {
        title: 'Play',
        icon: 'play',
        items: [
          { value: 'off', title: 'Open idle' },
          { value: 'on', title: 'Play on open' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'IamportProvider locale: labels, notices and error messages',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'ko', title: '한국어 (ko)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals,
  decorators: [withShowroom],
  // Every story starts from a clean page: no SDK, no loader state, no held window, no remembered request, no simulated
  // window, no development-warning memory (resetBillingKeyState resets every per-page singleton of the library); then
  // gets a stand-in window.IMP unless it opts out. Redirects stay on the page; the address is restored afterwards.
  beforeEach: ({ parameters, globals }) => {
    const address = window.location.href;
    const reset = () => {
      delete (window as { IMP?: unknown; PortOne?: unknown }).IMP;
      delete (window as { IMP?: unknown; PortOne?: unknown }).PortOne;
      resetBillingKeyState();
    };
    reset();
    if (underTest()) for (const text of (parameters as ShowroomParameters).devWarnings ?? []) expectDevWarning(text);
    const locale = globals.locale === 'en' ? 'en' : 'ko';
    const { portOneProvider, mockPortOne } = parameters as V2ShowroomParameters;
    const options = (parameters as ShowroomParameters).mockIamport;
    // A v2 story gets a stand-in window.PortOne (unless mockPortOne is false) and no window.IMP.
    const mock = portOneProvider
      ? mockPortOne === false
        ? null
        : installMockPortOne({ locale, navigate: showroomNavigate, ...mockPortOne })
      : options === false
        ? null
        : installMockIamport({ locale, navigate: showroomNavigate, ...options });
    setShowroomMock(portOneProvider ? null : (mock as ReturnType<typeof installMockIamport> | null));
    return () => {
      setShowroomMock(null);
      mock?.uninstall();
      reset();
      if (window.location.href !== address) window.history.replaceState(window.history.state, '', address);
    };
  },
  parameters: {
    layout: 'padded',
    docs: { container: DocsPage },
    controls: { matchers: { color: /(background|color)$/i } },
    // Every story is an accessibility test: violations fail `npm test`.
    a11y: { test: 'error' },
  },
};

export default preview;
