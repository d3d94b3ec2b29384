/**
 * At most `size` holders at once; the others wait in arrival order. Bulk screens take a slot, so eight
 * 5,000-name screens share the CPU two at a time instead of eight slices per turn of the event loop.
 */
export class Slots {
  private held = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(readonly size: number) {}

  get inUse(): number {
    return this.held;
  }
  get queued(): number {
    return this.waiting.length;
  }

  async acquire(): Promise<() => void> {
    if (this.held < this.size) this.held++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the releaser hands its slot over
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.held--;
    };
  }
}
