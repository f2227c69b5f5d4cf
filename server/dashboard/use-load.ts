/** Loads JSON for a page and re-loads when `key` changes; errors become a message, a lost session signs out. */
import { useEffect, useState } from 'preact/hooks';
import { api } from './api';

export function useLoad<T>(path: string | null, onSignedOut: (error: unknown) => void): { data: T | null; error: string | null; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!path) return;
    let current = true;
    setError(null);
    api.get<T>(path).then(
      (value) => current && setData(value),
      (reason: unknown) => {
        if (!current) return;
        try {
          onSignedOut(reason);
        } catch {
          setError(reason instanceof Error ? reason.message : String(reason));
        }
      },
    );
    return () => {
      current = false;
    };
  }, [path, generation]);
  return { data, error, reload: () => setGeneration((value) => value + 1) };
}
