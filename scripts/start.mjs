// `npm start`: build the extension (unpacked folder and zip) and the supervisor dashboard, then run the
// supervision endpoint on its embedded PostgreSQL (data under ./data; PORT and DATA_DIR override).
import { spawn, spawnSync } from 'node:child_process';
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
run('npm', ['run', '--silent', 'build:dashboard']);

const unpacked = resolve('.output/chrome-mv3');
const zip = readdirSync('.output').find((name) => name.endsWith('-chrome.zip'));
console.log(`
Channel Guard extension is built.

  unpacked extension  ${unpacked}
  zip                 ${zip ? resolve('.output', zip) : '(not found)'}
  extension id        hoelbpngflpakakfpiankojkhplhkceb

Load it by hand:   chrome://extensions → Developer mode → Load unpacked → ${unpacked}
Then open its options page and enter the endpoint URL and the enrollment token printed below.
Deploy it to a fleet: see "For IT" in README.md. Try everything at once: npm run demo.

Starting the supervision endpoint (Ctrl+C stops it)…
`);

const endpoint = spawn('npx', ['--no-install', 'tsx', 'server/index.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => endpoint.kill(signal));
endpoint.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
