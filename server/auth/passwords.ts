/**
 * Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane: about 8–100 ms here, TOOLCHAIN.md).
 * A sign-in for an unknown account still verifies against a fixed hash, so timing does not reveal which
 * e-mail addresses have accounts.
 */
import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id` is a const enum, which this project's module settings cannot import: its value is 2. */
const ARGON2ID = 2;
const PARAMETERS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

let decoy: Promise<string> | null = null;

/** Verifies `password` against `stored`, or against a decoy hash when there is no account (same cost, always false). */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    decoy ??= hashPassword('decoy password that no account has');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
