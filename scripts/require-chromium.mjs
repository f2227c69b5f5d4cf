// Fails fast, and plainly, when the real-browser tests have no browser to run in.
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `The real-browser tests need Debian's Chromium at ${chromium}, and it is missing.\n` +
      'Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)\n' +
      '.ci/run installs it for you when run as root.',
  );
  process.exit(1);
}
