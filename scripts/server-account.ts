/**
 * `npm run server:account -- create <email> <admin|supervisor|auditor> [display name]`: creates a supervisor-side
 * account with a generated password, shown once (the dashboard's account pages come next).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { createAccount } from '../server/auth/accounts';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/database';
import { runMain } from './run-main';

const USAGE = 'usage: npm run server:account -- create <email> <admin|supervisor|auditor> [display name]';

async function main(args: string[]): Promise<number> {
  const [command, email, role, ...name] = args;
  if (command !== 'create' || !email || !role) {
    console.error(USAGE);
    return 2;
  }
  const database = await openDatabase(loadConfig(), (line) => console.error(line));
  try {
    const password = randomBytes(18).toString('base64url');
    const id = await createAccount(database.db, { email, role: role as 'admin', displayName: name.join(' ') || email, password }, `cli:${process.env.USER ?? 'unknown'}`);
    console.log(`account ${id} (${role}) for ${email.toLowerCase()}\npassword (shown once): ${password}`);
    return 0;
  } catch (error) {
    if (error instanceof z.ZodError) {
      console.error(error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

runMain(main);
