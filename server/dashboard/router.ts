/** Hash routes (#/queue?…, #/events/<id>): the endpoint serves one index.html and needs no fallback routes. */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  page: 'signin' | 'queue' | 'event' | 'broker' | 'sites' | 'fleet' | 'reports';
  id: string | null;
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page, id] = path.split('/');
  const query = new URLSearchParams(search);
  switch (page) {
    case 'events':
      return { page: 'event', id: id ?? null, query };
    case 'brokers':
      return { page: 'broker', id: id ?? null, query };
    case 'sites':
    case 'fleet':
    case 'reports':
    case 'signin':
      return { page, id: null, query };
    default:
      return { page: 'queue', id: null, query };
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

export function navigate(hash: string): void {
  location.hash = hash;
}
