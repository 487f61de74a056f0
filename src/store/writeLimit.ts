// Bounds the rows one server can add per minute, so a flood of questions or clicks cannot fill the
// database. Counted in this process, per calendar minute; time is passed in so tests need no clock.
export class WriteLimit {
  private minute = -1;
  private readonly used = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one write for the guild; false when its budget for this minute is spent. */
  take(guildId: string): boolean {
    const minute = Math.floor(this.now() / 60_000);
    if (minute !== this.minute) {
      this.minute = minute;
      this.used.clear();
    }
    const used = this.used.get(guildId) ?? 0;
    if (used >= this.perMinute) return false;
    this.used.set(guildId, used + 1);
    return true;
  }
}
