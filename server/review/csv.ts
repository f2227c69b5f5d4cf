/**
 * CSV exports of filtered views (issue #3), streamed row by row. A cell that a spreadsheet would read as a
 * formula (=, +, -, @, tab, carriage return first — OWASP "CSV injection") gets a leading apostrophe: site
 * names and justifications come from brokers' browsers and must never run in a supervisor's spreadsheet.
 */
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CsvCell = string | number | boolean | null | undefined;

/** Streams `rows` as CSV with `columns` as the header; `rows` may be an async generator over keyset pages. */
export function sendCsv(reply: FastifyReply, filename: string, columns: readonly string[], rows: AsyncIterable<readonly CsvCell[]> | Iterable<readonly CsvCell[]>): FastifyReply {
  const source = Readable.from(
    (async function* () {
      for await (const row of rows) yield row.map((cell) => (typeof cell === 'string' ? neutralizeCell(cell) : cell ?? ''));
    })(),
  );
  const csv = source.pipe(stringify({ header: true, columns: [...columns] }));
  source.on('error', (error) => csv.destroy(error));
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(csv);
}
