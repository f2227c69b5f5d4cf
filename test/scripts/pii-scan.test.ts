import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

interface Run {
  code: number | null;
  lines: Record<string, unknown>[];
  stderr: string;
}

/** Spawns the CLI exactly as `npm run pii-scan` does and feeds it `input`. */
function runScan(input: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['scripts/pii-scan.ts'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
      resolve({ code, lines, stderr });
    });
    child.stdin.end(input);
  });
}

describe('pii-scan CLI', () => {
  it('answers every line in order, skips blank lines, reports errors precisely and exits 0', async () => {
    const big = `${'Client notes, nothing sensitive here. '.repeat(5600)}SSN 524-71-9638`;
    const input = [
      JSON.stringify({ id: 'ssn', text: 'Client SSN: 524-71-9638 please update' }),
      '',
      JSON.stringify({ id: 'clean', text: 'Order #452719638 filled, CUSIP 037833100' }),
      '{not json',
      JSON.stringify({ id: 7, text: 'x' }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 'big', text: big }),
      JSON.stringify({ id: 'last', text: 'DOB 04/12/1961', kind: 'extra keys are ignored' }),
    ].join('\n');
    const run = await runScan(input);
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(9);
    const [ssn, clean, badJson, numericId, noId, noText, array, large, last] = run.lines;
    expect(ssn).toMatchObject({ id: 'ssn', block: true, findings: [{ start: 12, end: 23, type: 'US_SSN' }] });
    expect(typeof ssn?.elapsed_ms).toBe('number');
    expect(Object.keys(ssn ?? {})).toEqual(['id', 'findings', 'block', 'elapsed_ms']);
    expect(Object.keys((ssn?.findings as object[])[0] ?? {})).toEqual(['start', 'end', 'type', 'score']);
    expect(clean).toMatchObject({ id: 'clean', findings: [], block: false });
    expect(badJson?.error).toMatch(/^line 4: invalid JSON/);
    expect(numericId).toEqual({ id: 7, error: 'line 5: id must be a string, got number' });
    expect(noId).toEqual({ error: 'line 6: id is missing' });
    expect(noText).toEqual({ id: 'no-text', error: 'line 7: text is missing' });
    expect(array?.error).toBe('line 8: expected a JSON object with "id" and "text", got an array');
    expect(big.length).toBeGreaterThan(200_000);
    expect(large).toMatchObject({ id: 'big', block: true, findings: [{ start: big.length - 11, end: big.length, type: 'US_SSN' }] });
    expect(last).toMatchObject({ id: 'last', block: true, findings: [{ type: 'DATE_OF_BIRTH' }] });
  });

  it('exits 0 with no output on empty input, and answers a final line without a newline', async () => {
    expect(await runScan('')).toMatchObject({ code: 0, lines: [] });
    const run = await runScan(JSON.stringify({ id: 'n', text: 'IBAN DE95 3704 0044 0532 0198 76' }));
    expect(run.lines).toEqual([expect.objectContaining({ id: 'n', block: true })]);
  });
});
