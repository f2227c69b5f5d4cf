/** Records a disposition (FINRA 3110.07: reviewer, item, date and action); a newer one supersedes, never edits. */
import { useState } from 'preact/hooks';
import { api } from '../api';

const DISPOSITIONS: Array<[string, string]> = [
  ['no_action', 'No action'],
  ['coached_broker', 'Coached broker'],
  ['false_positive', 'False positive'],
  ['escalated', 'Escalated'],
  ['reportable_incident', 'Reportable incident'],
];

export function DispositionForm({ eventId, onRecorded }: { eventId: string; onRecorded: (message: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    setError(null);
    try {
      await api.post(`/events/${eventId}/reviews`, { disposition: form.get('disposition'), comment: String(form.get('comment') ?? '') });
      formElement.reset();
      onRecorded('Disposition recorded.');
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : 'could not record the disposition');
    }
  };
  return (
    <form class="panel" onSubmit={submit} aria-labelledby="disposition-title">
      <h2 id="disposition-title">Record a disposition</h2>
      {error && <p class="error" role="alert">{error}</p>}
      <fieldset>
        <legend>Action taken</legend>
        {DISPOSITIONS.map(([value, label]) => (
          <label key={value} style="flex-direction: row; gap: 6px"><input type="radio" name="disposition" value={value} required /> {label}</label>
        ))}
      </fieldset>
      <label>Comment (at least 3 characters)<textarea name="comment" rows={3} minLength={3} required /></label>
      <p><button type="submit">Record disposition</button></p>
    </form>
  );
}
