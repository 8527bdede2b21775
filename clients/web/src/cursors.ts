// Where the page stands in each conversation (its cursors), kept in
// localStorage per user, so a reload or a reconnect resumes exactly where
// it was: nothing missed, nothing twice.

/** A conversation, as a string key: `r:ROOM` or `p:PEER`. */
export type Key = string;

export const roomKey = (room: string): Key => `r:${room}`;
export const peerKey = (peer: string): Key => `p:${peer}`;

/** The cursors of one user: conversation -> last seq seen. */
export class Cursors {
  private readonly storageKey: string;
  private readonly seqs: Map<Key, number>;

  constructor(user: string) {
    this.storageKey = `confab.cursors.${user}`;
    this.seqs = new Map();
    try {
      const saved = JSON.parse(localStorage.getItem(this.storageKey) ?? "{}") as Record<string, unknown>;
      for (const [key, seq] of Object.entries(saved)) {
        if (typeof seq === "number" && seq >= 0) this.seqs.set(key, seq);
      }
    } catch {
      // A damaged entry: start again (the stream then resumes live).
    }
  }

  get(key: Key): number | undefined {
    return this.seqs.get(key);
  }

  /** Moves a cursor forwards (never back) and saves. */
  advance(key: Key, seq: number): void {
    if ((this.seqs.get(key) ?? -1) >= seq) return;
    this.seqs.set(key, seq);
    localStorage.setItem(this.storageKey, JSON.stringify(Object.fromEntries(this.seqs)));
  }

  /** Forgets a conversation (a room left). */
  drop(key: Key): void {
    if (this.seqs.delete(key)) {
      localStorage.setItem(this.storageKey, JSON.stringify(Object.fromEntries(this.seqs)));
    }
  }

  entries(): [Key, number][] {
    return [...this.seqs.entries()];
  }
}
