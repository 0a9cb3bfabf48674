/**
 * Wrong codes per issued e-mail code. A 6-digit code has a million values; after `maxAttempts` wrong
 * guesses for the code a user currently holds, the code is void: it is refused from then on (even the
 * right code, even guesses already in flight) and its hash is cleared in auth.users, so a new e-mail
 * must be asked for. Counts live in memory, keyed by the code's hash (a new code starts at zero); a
 * restart forgets counts but never revives a code cleared in the database.
 */
const MAX_TRACKED = 10_000;

export class OtpAttempts {
  private readonly failures = new Map<string, number>();
  private readonly voided = new Set<string>();

  constructor(private readonly maxAttempts: number) {}

  isVoid(tokenHash: string): boolean {
    return this.voided.has(tokenHash);
  }

  /** Records a wrong guess against the code whose hash is `tokenHash`; true when it has just become void. */
  fail(tokenHash: string): boolean {
    if (this.voided.has(tokenHash)) return false;
    const count = (this.failures.get(tokenHash) ?? 0) + 1;
    this.failures.delete(tokenHash);
    if (count >= this.maxAttempts) {
      this.voided.add(tokenHash);
      // Bounded memory: the oldest void codes have long expired (or were cleared in the database).
      if (this.voided.size > MAX_TRACKED) this.voided.delete(this.voided.values().next().value as string);
      return true;
    }
    this.failures.set(tokenHash, count);
    if (this.failures.size > MAX_TRACKED) this.failures.delete(this.failures.keys().next().value as string);
    return false;
  }

  /** The code was used: forget its count. */
  forget(tokenHash: string): void {
    this.failures.delete(tokenHash);
  }
}
