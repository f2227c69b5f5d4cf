// `npm start`: build the extension (unpacked folder and zip) and say how to load it.
// The supervision endpoint joins this command when it lands (issue #3).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

run('npx', ['--no-install', 'wxt', 'build']);
run('npx', ['--no-install', 'wxt', 'zip']);

const unpacked = resolve('.output/chrome-mv3');
const zip = readdirSync('.output').find((name) => name.endsWith('-chrome.zip'));
console.log(`
Channel Guard is built.

  unpacked extension  ${unpacked}
  zip                 ${zip ? resolve('.output', zip) : '(not found)'}
  extension id        hoelbpngflpakakfpiankojkhplhkceb

Load it by hand:   chrome://extensions → Developer mode → Load unpacked → ${unpacked}
Or start Chromium with it:
  chromium --load-extension=${unpacked} --disable-extensions-except=${unpacked}
Deploy it to a fleet: see "For IT" in README.md.
`);
