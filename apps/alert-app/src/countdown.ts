// SPEC ALR-03: after a yellow or red alert the dialer opens by itself when the user does not
// press "Ligar Agora!" within 10 seconds. A visible count ticks once a second; pressing the
// button, "Cancelar" or leaving the screen stops it.

export type CountdownOptions = {
  seconds: number;
  tick(remaining: number): void;
  done(): void;
};

export type Countdown = { cancel(): void; readonly running: boolean };

export function startCountdown({ seconds, tick, done }: CountdownOptions): Countdown {
  let remaining = seconds;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = true;
  const step = () => {
    remaining -= 1;
    if (remaining <= 0) {
      running = false;
      done();
      return;
    }
    tick(remaining);
    timer = setTimeout(step, 1000);
  };
  tick(remaining);
  timer = setTimeout(step, 1000);
  return {
    cancel() {
      running = false;
      clearTimeout(timer);
    },
    get running() {
      return running;
    },
  };
}
