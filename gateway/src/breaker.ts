/** The circuit is open: the subgraph was not asked at all. */
export class CircuitOpenError extends Error {
  override name = "CircuitOpenError";
}

type State = "closed" | "open" | "half-open";

/**
 * A circuit breaker for one subgraph. Written here rather than taken from opossum: opossum
 * wraps the call with its own timeout and error types, while here the timeout is one budget
 * shared with the retries and only transport failures (not GraphQL errors, not 4xx) count.
 */
export class CircuitBreaker {
  private state: State = "closed";
  private failures = 0;
  private openedAt = 0;
  private probing = false;

  constructor(
    private readonly failureThreshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get current(): State {
    return this.state;
  }

  /** Whether a call may go out now; in half-open, only the one probe may. */
  tryAcquire(): boolean {
    if (this.state === "closed") return true;
    if (this.state === "open") {
      if (this.now() - this.openedAt < this.cooldownMs) return false;
      this.state = "half-open";
      this.probing = false;
    }
    if (this.probing) return false;
    this.probing = true;
    return true;
  }

  success(): void {
    this.state = "closed";
    this.failures = 0;
    this.probing = false;
  }

  failure(): void {
    this.failures += 1;
    this.probing = false;
    if (this.state === "half-open" || this.failures >= this.failureThreshold) {
      this.state = "open";
      this.openedAt = this.now();
    }
  }
}
