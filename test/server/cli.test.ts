/**
 * The admin CLIs as an admin runs them: separate processes beside a running endpoint's embedded database
 * (they share it and must leave it running).
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded';
import { DEFAULT_POLICY } from '../../utils/policy/schema';
import { tempDir } from './helpers/postgres';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

describe('server:token and server:policy', () => {
  const dataDir = tempDir('cg-cli-');
  const cli = async (script: string, ...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  let running: EmbeddedDatabase;
  beforeAll(async () => {
    running = await startEmbeddedDatabase(dataDir, () => undefined);
  }, 60_000);
  afterAll(async () => {
    await running?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates, lists and revokes enrollment tokens, showing a token only once', async () => {
    const created = await cli('server-token', 'create', 'branch 12');
    expect(created.code).toBe(0);
    const id = /token id (\S+)/.exec(created.stdout)![1]!;
    expect(created.stdout).toMatch(/cgenroll_[A-Za-z0-9_-]{43}/);
    const revoked = await cli('server-token', 'revoke', id);
    expect(revoked.stdout).toContain(`revoked ${id}`);
    const listed = await cli('server-token', 'list');
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+revoked .*branch 12`));
    expect(listed.stdout).not.toContain('cgenroll_');
    expect((await cli('server-token', 'revoke', '00000000-0000-4000-8000-000000000000')).code).toBe(1);
  }, 60_000);

  it('publishes a valid policy and refuses an invalid one with the path of each problem', async () => {
    const valid = path.join(dataDir, 'policy.json');
    const invalid = path.join(dataDir, 'bad.json');
    writeFileSync(valid, JSON.stringify({ ...DEFAULT_POLICY, version: 'firm-cli-1', approvedSites: ['https://crm.firm.test/*'] }));
    writeFileSync(invalid, JSON.stringify({ ...DEFAULT_POLICY, unapprovedAction: 'shrug', approvedSites: ['crm'] }));
    const refused = await cli('server-policy', 'set', invalid);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('unapprovedAction');
    expect(refused.stderr).toContain('approvedSites.0');
    const published = await cli('server-policy', 'set', valid);
    expect(published.stdout).toContain('published policy revision 1 (firm-cli-1)');
  }, 60_000);
});
