/** Median time of `runs` sequential calls, in ms. */
export async function medianMs(
  runs: number,
  work: () => unknown | Promise<unknown>,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Peak resident memory of this process while `work` runs, in MB. */
export async function ownPeak<T>(
  work: () => Promise<T>,
): Promise<{ result: T; ms: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  try {
    const result = await work();
    return {
      result,
      ms: performance.now() - started,
      peakMb: Math.max(peak, process.memoryUsage().rss) / 1048576,
    };
  } finally {
    clearInterval(timer);
  }
}

/** Time of `work` in ms, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

export function fixed(value: number, digits = 1): string {
  return value.toFixed(digits);
}
