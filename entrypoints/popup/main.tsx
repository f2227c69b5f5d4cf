/**
 * Wiring only: find the tab, ask the worker for its status (status.request), render <Popup>. The layout is
 * drawn before the first answer and refreshed every few seconds while open, so a growing queue is visible.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { Popup } from '../../components/Popup';
import '../../components/theme.css';
import '../../components/popup.css';
import { StatusResponseSchema, type StatusResponse } from '../../utils/page-api';
import { tabIdFromQuery } from '../../utils/ui/tab-id-param';

const REFRESH_MS = 2000;

async function currentTabId(): Promise<number> {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const fromQuery = tabIdFromQuery(window.location, extensionOrigin, window.top === window);
  if (fromQuery !== undefined) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

async function requestStatus(tabId: number): Promise<StatusResponse> {
  const answer: unknown = await browser.runtime.sendMessage({ type: 'status.request', tabId });
  const parsed = StatusResponseSchema.safeParse(answer);
  if (parsed.success) return parsed.data;
  const error = typeof answer === 'object' && answer !== null && 'error' in answer ? String(answer.error) : 'unexpected answer from the extension';
  throw new Error(error);
}

function PopupApp() {
  const [status, setStatus] = useState<StatusResponse | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let stopped = false;
    const tabId = currentTabId();
    const refresh = () =>
      tabId.then(requestStatus).then(
        (next) => {
          if (stopped) return;
          setStatus(next);
          setError(undefined);
          setNow(new Date());
        },
        (problem: unknown) => !stopped && setError(problem instanceof Error ? problem.message : String(problem)),
      );
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return <Popup status={status} error={status ? undefined : error} now={now} onOpenOptions={() => void browser.runtime.openOptionsPage()} />;
}

render(<PopupApp />, document.getElementById('app')!);
