/** Links to the reports served elsewhere on the endpoint (daily digest, exports). */
export function ReportsPage() {
  return (
    <>
      <h1>Reports</h1>
      <ul>
        <li><a href="/admin/digest">Daily digest</a> — blocked and overridden events of your brokers, open reviews and their age, silent devices.</li>
        <li><a href="/admin/api/queue?format=csv" download>Review queue (CSV)</a> — every item you can see; filter the queue first to narrow it.</li>
        <li><a href="/admin/api/sites?format=csv" download>Destinations (CSV)</a></li>
        <li><a href="/admin/api/fleet?format=csv" download>Fleet health (CSV)</a></li>
      </ul>
    </>
  );
}
