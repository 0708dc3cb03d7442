/** A figure measured several times: the median is reported, with the spread. */
export interface Figure {
  label: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** What the figure is compared with (target), or a remark. */
  note?: string;
}

export function summarise(label: string, unit: string, samples: readonly number[], note?: string): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { label, unit, median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, runs: sorted.length, note };
}

/** Runs `once` a warm-up time (not counted), then `runs` times; returns the samples. */
export async function sample(
  runs: number,
  once: () => Promise<number> | number,
  warmUps = 1,
): Promise<number[]> {
  for (let i = 0; i < warmUps; i += 1) await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await once());
  return samples;
}

/** Wall time of `work` in milliseconds. */
export async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const round = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3));

export function formatFigure(figure: Figure): string {
  const spread =
    figure.runs > 1 ? ` (min ${round(figure.min)}, max ${round(figure.max)}, n=${figure.runs})` : '';
  return `${figure.label}: ${round(figure.median)} ${figure.unit}${spread}${figure.note ? ` — ${figure.note}` : ''}`;
}

/** A single number that is not a timing (a size, a ratio). */
export function single(label: string, unit: string, value: number, note?: string): Figure {
  return { label, unit, median: value, min: value, max: value, runs: 1, note };
}

/** How many measured runs each benchmark does; BENCH_RUNS overrides (at least 5 for the README figures). */
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
