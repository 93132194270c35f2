import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import * as projectAnnotations from './preview';

// Stories run as Vitest tests in Chromium with the project's preview settings and the a11y check.
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
