/**
 * `npm run server:token -- create [label] | list | revoke <id>`: manage device enrollment tokens
 * (admins; the dashboard takes this over next). Uses the same configuration as the endpoint.
 */
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/database';
import { createEnrollmentToken, listEnrollmentTokens, revokeEnrollmentToken } from '../server/tokens';
import { runMain } from './run-main';

const USAGE = 'usage: npm run server:token -- create [label] | list | revoke <token id>';

async function main(args: string[]): Promise<number> {
  const [command, argument] = args;
  if (command !== 'create' && command !== 'list' && command !== 'revoke') {
    console.error(USAGE);
    return 2;
  }
  const database = await openDatabase(loadConfig(), (line) => console.error(line));
  try {
    if (command === 'create') {
      const { id, token } = await createEnrollmentToken(database.db, argument ?? 'created with server:token');
      console.log(`token id ${id}\n${token}\n(shown once: only its hash is stored)`);
    } else if (command === 'list') {
      for (const token of await listEnrollmentTokens(database.db)) {
        const state = token.revokedAt ? `revoked ${token.revokedAt.toISOString()}` : 'active';
        console.log(`${token.id}  ${state.padEnd(32)}  ${String(token.devicesEnrolled).padStart(5)} devices  ${token.label}`);
      }
    } else {
      if (!argument) {
        console.error(USAGE);
        return 2;
      }
      if (!(await revokeEnrollmentToken(database.db, argument))) {
        console.error(`no enrollment token with id ${argument}`);
        return 1;
      }
      console.log(`revoked ${argument}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

runMain(main);
