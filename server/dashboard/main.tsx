/** The supervisor dashboard (issue #3): sign-in, the review queue, event detail, broker, site and fleet views. */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, SignedOut } from './api';
import { BrokerPage } from './pages/BrokerPage';
import { EventPage } from './pages/EventPage';
import { FleetPage } from './pages/FleetPage';
import { QueuePage } from './pages/QueuePage';
import { ReportsPage } from './pages/ReportsPage';
import { SignInPage } from './pages/SignInPage';
import { SitesPage } from './pages/SitesPage';
import { navigate, useRoute } from './router';

interface Me {
  email: string;
  role: string;
}

function App() {
  const route = useRoute();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    api.get<Me>('/me').then(setMe, () => setMe(null));
  }, []);
  // Moving focus to the page on each navigation tells keyboard and screen-reader users the page changed.
  useEffect(() => main.current?.focus(), [route.page, route.id]);

  const onSignedOut = (error: unknown) => {
    if (error instanceof SignedOut) setMe(null);
    else throw error;
  };
  if (me === undefined) return <p>Loading…</p>;
  if (me === null) return <SignInPage onSignedIn={(who) => { setMe(who); if (route.page === 'signin') navigate('#/queue'); }} />;

  return (
    <>
      <a class="skip" href="#main" onClick={(event) => { event.preventDefault(); main.current?.focus(); }}>Skip to content</a>
      <header class="top">
        <strong>Channel Guard supervision</strong>
        <nav aria-label="Main">
          <ul>
            <li><a href="#/queue" aria-current={route.page === 'queue' ? 'page' : undefined}>Review queue</a></li>
            <li><a href="#/sites" aria-current={route.page === 'sites' ? 'page' : undefined}>Sites</a></li>
            <li><a href="#/fleet" aria-current={route.page === 'fleet' ? 'page' : undefined}>Fleet health</a></li>
            <li><a href="#/reports" aria-current={route.page === 'reports' ? 'page' : undefined}>Reports</a></li>
          </ul>
        </nav>
        <div class="who">
          <span>{me.email} ({me.role})</span>
          <button class="secondary" type="button" onClick={() => api.signOut().finally(() => setMe(null))}>Sign out</button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {route.page === 'event' && route.id ? <EventPage id={route.id} role={me.role} onSignedOut={onSignedOut} />
          : route.page === 'broker' && route.id ? <BrokerPage id={route.id} onSignedOut={onSignedOut} />
          : route.page === 'sites' ? <SitesPage query={route.query} onSignedOut={onSignedOut} />
          : route.page === 'fleet' ? <FleetPage query={route.query} onSignedOut={onSignedOut} />
          : route.page === 'reports' ? <ReportsPage />
          : <QueuePage query={route.query} onSignedOut={onSignedOut} />}
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
