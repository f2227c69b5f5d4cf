/**
 * For trials and developer laptops without enterprise management: where records go and the enrollment token.
 * A value IT forces through the managed policy is shown read-only with "Set by your organisation" and is
 * never sent back (the worker refuses it anyway). Errors appear under the form and are announced.
 */
import { useRef, useState } from 'preact/hooks';

export interface EndpointSettings {
  endpointUrl: { value: string | null; forced: boolean };
  /** The token itself never reaches a page: only whether one is set. */
  enrollmentToken: { set: boolean; forced: boolean };
}

export interface EndpointSettingsChanges {
  endpointUrl?: string;
  enrollmentToken?: string;
}

interface EndpointSettingsFormProps {
  settings: EndpointSettings | undefined;
  /** Resolves with an error message, or undefined when saved. */
  onSave: (changes: EndpointSettingsChanges) => Promise<string | undefined>;
}

const FORCED_NOTE = 'Set by your organisation. It cannot be changed here.';

export function EndpointSettingsForm({ settings, onSave }: EndpointSettingsFormProps) {
  // Undefined until the person types: until then the field shows the stored (or forced) value as it arrives.
  const [typedUrl, setEndpointUrl] = useState<string | undefined>();
  const [token, setToken] = useState('');
  // Submit reads the fields themselves: a value typed (or autofilled) just before Enter may not be in state yet.
  const urlField = useRef<HTMLInputElement>(null);
  const tokenField = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const urlForced = settings?.endpointUrl.forced ?? false;
  const endpointUrl = (urlForced ? undefined : typedUrl) ?? settings?.endpointUrl.value ?? '';
  const tokenForced = settings?.enrollmentToken.forced ?? false;
  const editable = settings !== undefined && !(urlForced && tokenForced);

  const submit = async (event: Event) => {
    event.preventDefault();
    const changes: EndpointSettingsChanges = {};
    const typedToken = tokenField.current?.value.trim() ?? '';
    if (!urlForced) changes.endpointUrl = urlField.current?.value.trim() ?? endpointUrl.trim();
    if (!tokenForced && typedToken !== '') changes.enrollmentToken = typedToken;
    setBusy(true);
    setSaved(false);
    const problem = await onSave(changes);
    setBusy(false);
    setError(problem);
    if (problem === undefined) {
      setSaved(true);
      setToken('');
    }
  };

  const describedBy = (note: string, forced: boolean) => [forced ? note : '', error ? 'settings-error' : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form class="card settings" aria-labelledby="settings-heading" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="settings-heading">Supervision endpoint</h2>
      <p>Usually your firm's IT sets these for you. On a trial or a developer laptop, enter the address and the enrollment token your supervisor gave you.</p>
      <label for="endpoint-url">Endpoint address</label>
      <input
        id="endpoint-url"
        ref={urlField}
        type="url"
        value={endpointUrl}
        placeholder={settings ? 'https://supervision.your-firm.example' : 'Loading…'}
        readOnly={urlForced || settings === undefined}
        aria-readonly={urlForced || undefined}
        aria-invalid={error && !urlForced ? true : undefined}
        aria-describedby={describedBy('endpoint-url-note', urlForced)}
        onInput={(event) => setEndpointUrl(event.currentTarget.value)}
      />
      {urlForced ? <p class="forced" id="endpoint-url-note">{FORCED_NOTE}</p> : null}
      <label for="enrollment-token">Enrollment token</label>
      <input
        id="enrollment-token"
        ref={tokenField}
        type="password"
        autoComplete="off"
        value={token}
        placeholder={settings?.enrollmentToken.set ? 'A token is set; enter a new one to replace it' : 'Paste the token here'}
        readOnly={tokenForced || settings === undefined}
        aria-readonly={tokenForced || undefined}
        aria-invalid={error && !tokenForced ? true : undefined}
        aria-describedby={describedBy('enrollment-token-note', tokenForced)}
        onInput={(event) => setToken(event.currentTarget.value)}
      />
      {tokenForced ? <p class="forced" id="enrollment-token-note">{FORCED_NOTE}</p> : null}
      {editable ? (
        <button type="submit" id="save-settings" disabled={busy}>
          Save and connect
        </button>
      ) : null}
      <p class="error" role="alert" id="settings-error">
        {error ? `Not saved: ${error}` : ''}
      </p>
      <p role="status" id="settings-saved">
        {saved ? 'Saved. Channel Guard is connecting to the endpoint.' : ''}
      </p>
    </form>
  );
}
