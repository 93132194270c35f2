// The README's and the guides' snippets, as a reader copies them. Every TypeScript block compiles against the public
// API (import names, prop and option names, result shapes). Every block that ends in a page (a provider with its
// button, or a component such as the README's quick start) does what the text around it says when it runs: it
// renders, its button passes the request checks and opens the PG's window (the test kit's stand-ins), and nothing
// reports a failure or prints a development warning. The testing guide's recipes pass as written.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import ts from 'typescript';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { installMockIamport, installMockPortOne, type MockIamport, type MockPortOne } from '../../src/testing';
import { expectDevWarning } from '../support/dev-warnings';
import { collectSnippets, compileSnippets, type Snippet, type SnippetModule } from './snippet-program';

const snippets = collectSnippets();
let compiled: { problems: string[]; modules: SnippetModule[] } | undefined;
const compile = () => (compiled ??= compileSnippets(snippets));

describe('the snippets of the README and docs/', () => {
  it('finds the TypeScript snippets of every guide', () => {
    expect(snippets.length).toBeGreaterThan(50);
    const guides = new Set(snippets.map(({ block }) => block.file));
    for (const guide of ['README.md', 'docs/v1.md', 'docs/v2.md', 'docs/server.md', 'docs/testing.md', 'docs/flows.md'])
      expect(guides).toContain(guide);
  });

  it('compile against the public API (imports, names, props, options, result shapes)', () => {
    expect(compile().problems).toEqual([]);
  }, 60_000);
});

/** Whether a snippet ends in a page: an element (`<Provider>…</Provider>;`) or a component that renders one. */
function endsInPage({ block }: Snippet): boolean {
  const source = ts.createSourceFile('snippet.tsx', block.code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const last = source.statements.at(-1);
  if (last && componentName(last)) return true;
  if (!last || !ts.isExpressionStatement(last)) return false;
  const expression = ts.skipPartiallyEmittedExpressions(last.expression);
  return ts.isJsxElement(expression) || ts.isJsxSelfClosingElement(expression) || ts.isJsxFragment(expression);
}

const hasJsx = (node: ts.Node): boolean =>
  ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node) || !!ts.forEachChild(node, hasJsx);

/** The name of a component a snippet ends with (`export function AddCard({ memberId }) { … }`), if it does. */
function componentName(statement: ts.Statement): string | undefined {
  const name = ts.isFunctionDeclaration(statement) ? statement.name?.text : undefined;
  return name && /^[A-Z]/.test(name) && hasJsx(statement) ? name : undefined;
}

const pages = snippets.filter(endsInPage);

/**
 * The development warnings a page means to print (its guide's text says what to do about them), by the guide and a
 * piece of the snippet's code. Any other warning fails the page.
 */
const MEANT_WARNINGS: readonly { file: string; code: string; warning: string }[] = [
  // KG Inicis shows the amount without charging it: the guides say to charge it from the server.
  { file: 'docs/v1.md', code: 'amount={9900}', warning: 'html5_inicis: amount 9900 is only shown in the window' },
  {
    file: 'docs/getting-started.md',
    code: 'amount={9900}',
    warning: 'html5_inicis.INIBillTst: amount 9900 is only shown in the window',
  },
  {
    file: 'docs/ko/getting-started.md',
    code: 'amount={9900}',
    warning: 'html5_inicis.INIBillTst: amount 9900 is only shown in the window',
  },
];

/** What the shop around a snippet does: each callback a spy, the member being served, a router. */
function shop() {
  const failures = { toast: vi.fn(), setMessage: vi.fn(), alert: vi.fn() };
  const saved = vi.fn(async () => {});
  const values: Record<string, unknown> = {
    ...failures,
    member: { id: 42 },
    memberId: '42',
    id: '42',
    csrf: 'csrf-token',
    router: { push: vi.fn() },
    saveCard: saved,
    saveKey: saved,
    saveBillingKey: saved,
    save: saved,
    analytics: { track: vi.fn() },
    api: { saveCard: saved, saveBillingKey: saved, savePayPal: saved, save: saved, rememberUnconfirmedKey: saved },
    SubscribeForm: () => null,
    MyCheckout: () => null,
    Checkout: () => null,
    App: () => null,
    snippetProps: { memberId: '42', member: { id: 42 } },
    // The shop's server, answering as a shop would: the saved methods (none yet), a removal, a verification.
    fetch: vi.fn(async (url: string) => new Response(String(url).endsWith('/methods') ? '[]' : '{"ok":true}')),
  };
  return { failures, values };
}

/** The modules a snippet's transpiled code requires, as the library's sources and the test's own packages. */
async function runtimeModules(): Promise<Record<string, unknown>> {
  return {
    'react-billing-key': await import('../../src'),
    'react-billing-key/v2': await import('../../src/v2'),
    'react-billing-key/testing': await import('../../src/testing'),
    'react-billing-key/core': await import('../../src/core'),
    react: await import('react'),
    'react/jsx-runtime': await import('react/jsx-runtime'),
    'styled-components': await import('styled-components'),
    '@testing-library/react': await import('@testing-library/react'),
    '@testing-library/user-event': await import('@testing-library/user-event'),
    './theme': { appTheme: { colors: { brand: '#0b6b3a' } } },
  };
}

/** The docs' placeholders for a store id and a channel key (`store-…`), as the real ids the checks accept. */
const PLACEHOLDERS: readonly (readonly [RegExp, string])[] = [
  [/store-…/g, 'store-00000000-0000-0000-0000-000000000000'],
  [/channel-key-…/g, 'channel-key-00000000-0000-0000-0000-000000000000'],
];

const placeheld = (code: string) => PLACEHOLDERS.reduce((text, [placeholder, id]) => text.replace(placeholder, id), code);

/**
 * Runs a snippet's module and returns its page as a component: its imports and ambient declarations at the top, the
 * rest (declarations, hooks) in the component's body, its final element returned. A snippet without a provider (a
 * button of a guide whose provider came earlier) is put inside its entry's provider.
 */
function pageOf(module: SnippetModule, modules: Record<string, unknown>, values: Record<string, unknown>) {
  const code = placeheld(module.snippet.block.code);
  const source = ts.createSourceFile('page.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const top = (statement: ts.Statement) => ts.isImportDeclaration(statement) || ts.isModuleDeclaration(statement);
  const text = (statement: ts.Statement) => code.slice(statement.getStart(), statement.end);
  const last = source.statements.at(-1)!;
  // A snippet that ends in a component is rendered with the props the guides give theirs (a member, its id).
  const component = componentName(last);
  const body = source.statements
    .slice(0, component ? undefined : -1)
    .filter((statement) => !top(statement))
    .map((statement) => text(statement).replace(/^export (default )?/, ''));
  const element = component ? `<${component} {...snippetProps} />` : text(last).replace(/;\s*$/, '');
  const hasProvider = /<(Lean)?(IamportProvider|PortOneProvider)\b/.test(component ? text(last) : element);
  const v2 = module.snippet.entry === 'react-billing-key/v2';
  const [tag, id] = v2 ? ['PortOneProvider', 'storeId="store-…"'] : ['IamportProvider', 'userCode="imp12345678"'];
  const runnable = [
    ...module.imports,
    ...(hasProvider ? [] : [`import { ${tag} as SnippetProvider } from '${module.snippet.entry}';`]),
    ...source.statements.filter(top).map(text),
    `function Page() {`,
    ...body,
    `return (${element});`,
    `}`,
    hasProvider ? `exports.Page = Page;` : `exports.Page = () => <SnippetProvider ${placeheld(id)}><Page /></SnippetProvider>;`,
  ].join('\n');
  const exports = run(runnable, module.snippet.block.file, modules, values);
  return exports.Page as () => ReactElement;
}

/** Transpiles a module written for a reader (TSX, ES imports) and runs it with `modules` and the shop's `values`. */
function run(code: string, file: string, modules: Record<string, unknown>, values: Record<string, unknown>) {
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      jsx: ts.JsxEmit.ReactJSX,
      esModuleInterop: true,
    },
    fileName: 'snippet.tsx',
  });
  const exports: Record<string, unknown> = {};
  const require = (specifier: string) => {
    if (!(specifier in modules)) throw new Error(`${file}: no module ${specifier} for the run`);
    return modules[specifier];
  };
  const names = Object.keys(values);
  new Function('require', 'exports', ...names, outputText)(require, exports, ...names.map((name) => values[name]));
  return exports;
}

describe('the snippets that end in a page do what their guide says', () => {
  let modules: Record<string, unknown>;
  let imp: MockIamport | undefined;
  let portOne: MockPortOne | undefined;
  beforeAll(async () => {
    compile();
    modules = await runtimeModules();
  }, 60_000);
  afterEach(() => {
    imp?.uninstall();
    portOne?.uninstall();
  });

  it('are found in the README and the guides', () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
  });

  it.each(pages.map((snippet) => [`${snippet.block.file}:${snippet.block.line}`, snippet] as const))(
    '%s renders; its button opens the window; nothing fails or warns',
    async (_, snippet) => {
      const module = compile().modules.find((candidate) => candidate.snippet === snippet)!;
      for (const { file, code, warning } of MEANT_WARNINGS)
        if (snippet.block.file === file && snippet.block.code.includes(code)) expectDevWarning(warning);
      imp = installMockIamport({ answer: 'manual' });
      portOne = installMockPortOne({ answer: 'manual' });
      const { failures, values } = shop();
      const Page = pageOf(module, modules, values);
      render(<Page />);

      // A consent the page asks for is given first, as a buyer would; then the page's last button (the register button,
      // after a card filter's or a picker's controls) is pressed.
      for (const box of screen.queryAllByRole('checkbox')) if (!(box as HTMLInputElement).checked) await userEvent.click(box);
      const button = screen.queryAllByRole('button').at(-1);
      if (button) {
        await userEvent.click(button);
        const opened = () =>
          imp!.requests.length +
          portOne!.requests.length +
          portOne!.andPayRequests.length +
          imp!.paypal.loads.length +
          portOne!.paypal.loads.length;
        await waitFor(() => expect(opened()).toBeGreaterThan(0), { timeout: 5000 });
      }
      for (const [name, spy] of Object.entries(failures)) expect(spy, `${name} was called`).not.toHaveBeenCalled();
    },
  );
});

/** A recipe of the testing guide: a block that renders a page and asserts on it (a test file, or a test's body). */
const recipes = snippets.filter(({ block }) => block.code.includes('render(') && block.code.includes('expect('));

/**
 * What a reader's own checkout is in the "window that never answers" recipe: a button on `useBillingKey()` and a
 * "Start over" control that calls `reset()`.
 */
function MyCheckout({ v1 }: { v1: typeof import('../../src') }) {
  const { request, reset } = v1.useBillingKey();
  return (
    <>
      <button type="button" onClick={() => void request({ pg: 'kcp_billing', customerUid: 'member_42_card_1' }).catch(() => {})}>
        Register card
      </button>
      <button type="button" onClick={reset}>
        Start over
      </button>
    </>
  );
}

describe("the testing guide's recipes pass as written", () => {
  let modules: Record<string, unknown>;
  beforeAll(async () => {
    compile();
    modules = await runtimeModules();
  }, 60_000);

  it('are found in docs/testing.md', () => {
    expect(recipes.filter(({ block }) => block.file === 'docs/testing.md').length).toBeGreaterThanOrEqual(5);
  });

  it.each(recipes.map((snippet) => [`${snippet.block.file}:${snippet.block.line}`, snippet] as const))(
    '%s',
    async (_, snippet) => {
      const module = compile().modules.find((candidate) => candidate.snippet === snippet)!;
      // Its `it`, `beforeEach` and `afterEach` are collected and played here, in that order, around each test.
      const tests: [string, () => Promise<void> | void][] = [];
      const before: (() => void)[] = [];
      const after: (() => void)[] = [];
      const vitest = {
        ...(await import('vitest')),
        it: (name: string, test: () => Promise<void>) => tests.push([name, test]),
        beforeEach: (hook: () => void) => before.push(hook),
        afterEach: (hook: () => void) => after.push(hook),
      };
      const v1 = modules['react-billing-key'] as typeof import('../../src');
      const values = {
        ...shop().values,
        ...vitest,
        imp: undefined,
        MyCheckout: () => <MyCheckout v1={v1} />,
      };
      const source = ts.createSourceFile('recipe.tsx', snippet.block.code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const imports = source.statements.filter(ts.isImportDeclaration);
      const code = (statement: ts.Statement) => snippet.block.code.slice(statement.getStart(), statement.end);
      // The body runs as one async function: a recipe that is a test's body (top-level await) runs as it is.
      const runnable = [
        ...module.imports,
        ...imports.map(code),
        'exports.body = async () => {',
        ...source.statements.filter((statement) => !ts.isImportDeclaration(statement)).map(code),
        '};',
      ].join('\n');
      const exports = run(runnable, snippet.block.file, { ...modules, vitest }, values);
      await (exports.body as () => Promise<void>)();
      if (/^it\(/m.test(snippet.block.code)) expect(tests.length).toBeGreaterThan(0);
      for (const [, test] of tests) {
        for (const hook of before) hook();
        try {
          await test();
        } finally {
          for (const hook of after) hook();
          cleanup();
        }
      }
    },
  );
});
