/** Sign-in with a local account (issue #3). */
import { useState } from 'preact/hooks';
import { api } from '../api';

export function SignInPage({ onSignedIn }: { onSignedIn: (who: { email: string; role: string }) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.signIn(String(form.get('email')), String(form.get('password'))));
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : 'sign-in failed');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main>
      <form class="signin" onSubmit={submit} aria-labelledby="signin-title">
        <h1 id="signin-title">Sign in to Channel Guard</h1>
        {error && <p class="error" role="alert">{error}</p>}
        <label>E-mail<input name="email" type="email" autoComplete="username" required autoFocus /></label>
        <label>Password<input name="password" type="password" autoComplete="current-password" required /></label>
        <button type="submit" disabled={busy}>Sign in</button>
      </form>
    </main>
  );
}
