/**
 * How Channel Guard starts Debian's Chromium (TOOLCHAIN.md): the demo, the extension e2e tests and the
 * dashboard e2e tests all launch it this way, so the facts live here once.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `--no-sandbox`: Chromium refuses to run as root without it (CI and these machines run as root). The rest keep
 * Chromium from reaching for the network, which is closed here and would only be refused.
 */
export const QUIET_CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Every *.test host is this machine, so one server can play several sites (mail.personal.test, crm.firm.test). */
export const LOCAL_TEST_HOSTS_FLAG = '--host-resolver-rules=MAP *.test 127.0.0.1';
