import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    // MDX 3 reads Markdown tables only with GitHub Flavored Markdown (the docs pages' field and PG tables).
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The showroom's icon, for the manager and the preview frame (without one the frame asks for /favicon.ico: a 404).
  staticDirs: ['./public'],
  managerHead: (head) => `${head}<link rel="icon" type="image/svg+xml" href="favicon.svg" />`,
  previewHead: (head) => `${head}<link rel="icon" type="image/svg+xml" href="favicon.svg" />`,
  // Storybook reads the project's vite.config.ts (the library build) but keeps only its plugins and `build.target`:
  // the library's `build` block (lib entries, externals, preserveModules, `emptyOutDir: true`) never reaches the
  // showroom. What arrives here under `build` is Storybook's own: `outDir`, `emptyOutDir: false` (the manager, the static
  // assets and index.json are already being written into storybook-static/ when Vite starts the preview build) and a
  // `rolldownOptions.external` for its fonts. Leave that alone — without `emptyOutDir: false`, Vite falls back to its
  // default (empty an outDir inside the project root) and wipes index.html and index.json. Only drop the plugin that
  // bundles the library's .d.ts files, which the showroom does not need.
  viteFinal: (viteConfig) => {
    const isDts = (plugin: unknown) => /dts/i.test(String((plugin as { name?: string } | null)?.name ?? ''));
    // Flattened as plain values: TypeScript cannot expand `PluginOption[]` flattened to any depth (TS2589).
    const plugins: unknown[] = viteConfig.plugins ?? [];
    viteConfig.plugins = plugins.flat(Infinity).filter((plugin) => !isDts(plugin)) as typeof viteConfig.plugins;
    // The preview imports storybook/theming (docs pages follow the theme toolbar). Found only at run time, Vite would
    // pre-bundle it then and reload the page, which can abort the first story run on a fresh clone: pre-bundle it up front.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'storybook/theming'],
    };
    return viteConfig;
  },
};

export default config;
