// The bench's own pauses: while the bench process is stopped (its garbage collector, a burst of messages to parse,
// the machine giving its core to another process), a reply that has arrived waits unread, and the wait it times
// is not the server's. A timer that should fire every 2 ms records each stretch it fired late, so that a slow
// wait can be split into the bench's pause and the rest.
const TICK_MS = 2;
const LATE_MS = 8;

export class PauseWatch {
  constructor() {
    /** [start, end] in performance.now() milliseconds, in order. */
    this.pauses = [];
    this.last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      if (now - this.last > TICK_MS + LATE_MS) this.pauses.push([this.last + TICK_MS, now]);
      this.last = now;
    }, TICK_MS);
    this.timer.unref?.();
  }

  stop() {
    clearInterval(this.timer);
  }

  /** Milliseconds of [from, to] during which the bench was paused. */
  pausedDuring(from, to) {
    let total = 0;
    for (let i = this.pauses.length - 1; i >= 0; i--) {
      const [a, b] = this.pauses[i];
      if (b <= from) break;
      total += Math.max(0, Math.min(b, to) - Math.max(a, from));
    }
    return total;
  }
}
