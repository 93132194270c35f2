// Debian's Chromium, the one browser the tests use (Playwright cannot download its own on these machines), and the
// flags it needs here: no sandbox as root, no GPU, and no background connections (the network is closed).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
