// A list that tests can await entries of, in order, without sleeping: `next()` answers the first
// entry no earlier `next()` has taken, now or when it arrives.

export class AwaitableLog<T> {
  readonly items: T[] = [];
  private taken = 0;
  private waiters: ((item: T) => void)[] = [];

  push(item: T) {
    this.items.push(item);
    const waiter = this.waiters.shift();
    if (waiter) waiter(this.items[this.taken++]!);
  }

  next(timeoutMs = 5000): Promise<T> {
    if (this.taken < this.items.length) return Promise.resolve(this.items[this.taken++]!);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`nothing arrived within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = (item: T) => {
        clearTimeout(timer);
        resolve(item);
      };
      this.waiters.push(waiter);
    });
  }
}
