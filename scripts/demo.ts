/**
 * `npm run demo`: everything a newcomer needs to see Channel Guard work, in one command, until Ctrl+C.
 * See "Try it in minutes" in README.md. Options: DEMO_DATA_DIR=./data/demo keeps the endpoint's database between runs.
 */
import { startDemo } from '../demo/start-demo';
import { DEMO_SITES } from '../demo/site-server';
import { DEMO_SSN, pasteIntoSite } from '../demo/walkthrough';
import { watchEndpointEvents } from '../demo/watch-events';

const say = (line: string) => console.log(`[demo] ${line}`);

async function dashboardUrl(endpointUrl: string): Promise<string | undefined> {
  // Point at the dashboard only when this endpoint serves it (its build can fail on its own).
  const response = await fetch(`${endpointUrl}/admin/`).catch(() => undefined);
  return response?.ok && response.headers.get('content-type')?.includes('text/html') ? `${endpointUrl}/admin/` : undefined;
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!process.env.DISPLAY) say('No display found (DISPLAY is not set): Chromium will run headless, and the demo will do the paste for you.');
  const demo = await startDemo({ dataDir: process.env.DEMO_DATA_DIR || undefined, log: say });
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    say(`${why}: stopping the browser, the demo sites and the endpoint…`);
    stopWatching();
    await demo.stop();
    process.exit(0);
  };
  const stopWatching = watchEndpointEvents(demo.endpoint.db, (event) => {
    const found = event.findings.length > 0 ? `: ${event.findings.join(', ')}` : '';
    say(`the endpoint stored a record: ${event.kind}${event.site ? ` on ${event.site}` : ''}${found}`);
  });
  process.on('SIGINT', () => void stop('Ctrl+C'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  demo.browser.context.on('close', () => void stop('the browser was closed'));

  const dashboard = await dashboardUrl(demo.endpoint.url);
  const url = (name: keyof typeof DEMO_SITES) => demo.sites.url(name);
  console.log(`
Channel Guard demo is ready (${((Date.now() - started) / 1000).toFixed(1)} s).

  Supervision endpoint  ${demo.endpoint.url}   (policy "demo-1" published, this browser enrolled)
  Demo sites            ${url('webmail')}  unapproved personal webmail
                        ${url('crm')}  approved CRM
                        ${url('chat')}  supervised channel "Firm Chat"
  Supervisor account    ${demo.endpoint.supervisor.email} / ${demo.endpoint.supervisor.password}
  ${dashboard ? `Supervisor dashboard  ${dashboard}` : `Supervisor sign-in    POST ${demo.endpoint.url}/admin/api/session (the review dashboard is not in this build)`}

Try it:
  1. In the webmail tab, paste ${DEMO_SSN} into the message box: Channel Guard blocks it and says why.
  2. Paste the same into the CRM's client notes: it is allowed (and recorded, because it is customer data).
  3. Click the Channel Guard toolbar icon on each tab: supervised, approved or not approved, and the sync status.
  4. Watch this terminal: each record the endpoint stores is printed here within seconds, masked.
     The options page (already open) shows what is recorded about you.

Press Ctrl+C to stop; everything the demo started is stopped and its temporary files removed.
`);
  if (demo.headless) {
    say(`headless: pasting ${DEMO_SSN} into the webmail compose box now…`);
    await pasteIntoSite(demo.sitePages.webmail, 'webmail');
    const value = await demo.sitePages.webmail.locator('#compose').inputValue();
    say(value === '' ? 'the paste was blocked (the compose box is still empty).' : 'the paste was NOT blocked: see the browser console.');
  }
}

main().catch((error: unknown) => {
  console.error(`[demo] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
