export interface ProgressOptions {
  write: (text: string) => void;
  /** Draw only on an interactive stderr; a pipe or a CI log gets nothing. */
  enabled: boolean;
  /** Runs shorter than this never show the indicator. */
  delayMs?: number;
  intervalMs?: number;
  now?: () => number;
}

export interface Progress {
  /** Changes what the line says after the label ("receiving objects 45%"). */
  update(detail: string): void;
  /** Erases the indicator (if it was drawn) and stops the timers. Safe to call twice. */
  stop(): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const CLEAR_LINE = '\r\x1b[2K';

/** A spinner with elapsed seconds on stderr, shown only when a run takes longer than a second. */
export function startProgress(label: string, { write, enabled, delayMs = 1000, intervalMs = 100, now = Date.now }: ProgressOptions): Progress {
  if (!enabled) return { update: () => {}, stop: () => {} };
  const started = now();
  let frame = 0;
  let drawn = false;
  let detail = '';
  let interval: NodeJS.Timeout | undefined;
  const draw = () => {
    const seconds = ((now() - started) / 1000).toFixed(1);
    write(`${CLEAR_LINE}${FRAMES[frame++ % FRAMES.length]} ${label}${detail ? ` ${detail}` : ''} ${seconds}s`);
    drawn = true;
  };
  const delay = setTimeout(() => {
    draw();
    interval = setInterval(draw, intervalMs);
    interval.unref();
  }, delayMs);
  // The indicator must never keep the process alive on its own.
  delay.unref();
  let stopped = false;
  return {
    update(text) {
      detail = text;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(delay);
      if (interval) clearInterval(interval);
      if (drawn) write(CLEAR_LINE);
    },
  };
}
