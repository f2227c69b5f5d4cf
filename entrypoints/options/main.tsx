/**
 * Wiring only: the options page asks the worker for the settings, the broker's own records and the receipt
 * state, and sends the broker's changes and acknowledgment back (privileged messages, utils/messages.ts).
 */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { MONITORING_NOTICE_VERSION } from '../../components/MonitoringNotice';
import { OptionsPage } from '../../components/OptionsPage';
import '../../components/theme.css';
import '../../components/options.css';
import type { Message } from '../../utils/messages';
import { NoticeAcknowledgedResponseSchema, RecordsResponseSchema, SettingsResponseSchema, StatusResponseSchema, type RecordsResponse, type SettingsResponse } from '../../utils/page-api';

const RECORDS_SHOWN = 50;
const REFRESH_MS = 3000;

interface Parser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

/** Sends a privileged message and parses the answer; the worker's `{error}` becomes the thrown message. */
async function ask<T>(message: Message, schema: Parser<T>): Promise<T> {
  const answer: unknown = await browser.runtime.sendMessage(message);
  const parsed = schema.safeParse(answer);
  if (parsed.success) return parsed.data;
  throw new Error(typeof answer === 'object' && answer !== null && 'error' in answer ? String(answer.error) : 'unexpected answer from the extension');
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function OptionsApp() {
  const [settings, setSettings] = useState<SettingsResponse | undefined>();
  const [records, setRecords] = useState<RecordsResponse['records'] | undefined>();
  const [recordsError, setRecordsError] = useState<string | undefined>();
  const [settingsError, setSettingsError] = useState<string | undefined>();
  const [ackedThroughSeq, setAckedThroughSeq] = useState<number | null>(null);

  const loadSettings = useCallback(() => ask({ type: 'settings.get' }, SettingsResponseSchema).then(setSettings), []);
  const loadRecords = useCallback(async () => {
    try {
      // The receipt state comes with the status of this page's own tab (a not-web page: only the sync part matters).
      const ownTab = await browser.tabs.getCurrent();
      const [recent, status] = await Promise.all([
        ask({ type: 'records.request', limit: RECORDS_SHOWN }, RecordsResponseSchema),
        ownTab?.id === undefined ? undefined : ask({ type: 'status.request', tabId: ownTab.id }, StatusResponseSchema),
      ]);
      setRecords(recent.records);
      setAckedThroughSeq(status?.sync.lastReceipt?.ackedThroughSeq ?? null);
      setRecordsError(undefined);
    } catch (error) {
      setRecordsError(messageOf(error));
    }
  }, []);

  useEffect(() => {
    void loadSettings().catch((error: unknown) => setSettingsError(messageOf(error)));
    void loadRecords();
    const timer = setInterval(() => void loadRecords(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [loadSettings, loadRecords]);

  const onSave = async (changes: { endpointUrl?: string; enrollmentToken?: string }) => {
    try {
      setSettings(await ask({ type: 'settings.set', ...changes }, SettingsResponseSchema));
      return undefined;
    } catch (error) {
      return messageOf(error);
    }
  };

  const onAcknowledge = async () => {
    try {
      const { acknowledgedAt } = await ask({ type: 'notice.acknowledge', noticeVersion: MONITORING_NOTICE_VERSION }, NoticeAcknowledgedResponseSchema);
      setSettings((current) => current && { ...current, monitoringNotice: { acknowledgedAt } });
      void loadRecords();
      return undefined;
    } catch (error) {
      return messageOf(error);
    }
  };

  return <OptionsPage settings={settings} records={records} ackedThroughSeq={ackedThroughSeq} recordsError={recordsError} settingsError={settingsError} onSave={onSave} onAcknowledge={onAcknowledge} />;
}

render(<OptionsApp />, document.getElementById('app')!);
