/** The options page: the monitoring notice, what is recorded about the broker, and the endpoint settings. */
import type { ChainRecord } from '../utils/wire/record';
import { EndpointSettingsForm, type EndpointSettings, type EndpointSettingsChanges } from './EndpointSettingsForm';
import { MonitoringNotice } from './MonitoringNotice';
import { RecordsTable } from './RecordsTable';

export interface OptionsPageProps {
  settings: (EndpointSettings & { monitoringNotice: { acknowledgedAt: string | null } }) | undefined;
  records: readonly ChainRecord[] | undefined;
  ackedThroughSeq: number | null;
  recordsError?: string;
  /** Why the settings and notice state could not be read, if they could not. */
  settingsError?: string;
  onAcknowledge: () => Promise<string | undefined>;
  onSave: (changes: EndpointSettingsChanges) => Promise<string | undefined>;
}

export function OptionsPage(props: OptionsPageProps) {
  return (
    <main class="options">
      <h1>Channel Guard</h1>
      {props.settingsError ? (
        <p class="error" role="alert" id="settings-load-error">
          Your settings could not be read: {props.settingsError}
        </p>
      ) : null}
      <MonitoringNotice acknowledgedAt={props.settings?.monitoringNotice.acknowledgedAt} onAcknowledge={props.onAcknowledge} />
      <section class="card" aria-labelledby="records-heading">
        <h2 id="records-heading">What is recorded about you</h2>
        <RecordsTable records={props.records} ackedThroughSeq={props.ackedThroughSeq} error={props.recordsError} />
      </section>
      <EndpointSettingsForm settings={props.settings} onSave={props.onSave} />
    </main>
  );
}
