import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startProgress } from '../../src/cli/progress.js';

describe('startProgress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stays silent for runs under a second', () => {
    let out = '';
    const p = startProgress('Checking .', { write: (t) => (out += t), enabled: true, now: () => Date.now() });
    vi.advanceTimersByTime(900);
    p.stop();
    vi.advanceTimersByTime(5000);
    expect(out).toBe('');
  });

  it('draws a spinner with elapsed time after a second and erases it when done', () => {
    let out = '';
    const p = startProgress('Checking .', { write: (t) => (out += t), enabled: true, now: () => Date.now() });
    vi.advanceTimersByTime(1250);
    expect(out).toContain('Checking . 1.0s');
    expect(out).toContain('Checking . 1.2s');
    p.stop();
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
    const length = out.length;
    vi.advanceTimersByTime(1000);
    p.stop();
    expect(out.length).toBe(length);
  });

  it('never draws when stderr is not a terminal', () => {
    let out = '';
    const p = startProgress('Checking .', { write: (t) => (out += t), enabled: false });
    vi.advanceTimersByTime(5000);
    p.stop();
    expect(out).toBe('');
  });
});
