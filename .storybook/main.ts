import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook reads the project's vite.config.ts, which is the library build (lib entries, externals, .d.ts bundling).
  // The showroom is an app: keep the plugins it needs, drop the declaration bundler and the library output settings.
  viteFinal: (viteConfig) => {
    const isDts = (plugin: unknown) => /dts/i.test(String((plugin as { name?: string } | null)?.name ?? ''));
    viteConfig.plugins = (viteConfig.plugins ?? []).flat(Infinity).filter((plugin) => !isDts(plugin));
    if (viteConfig.build) {
      delete viteConfig.build.lib;
      delete viteConfig.build.rolldownOptions;
      delete viteConfig.build.emptyOutDir;
    }
    return viteConfig;
  },
};

export default config;
