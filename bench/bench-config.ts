import { join } from 'node:path';

export type BenchDatabaseType = 'sqlite' | 'postgres';

/** What `npm run bench` is asked to do, from its environment variables. */
export interface BenchConfig {
  db: BenchDatabaseType;
  /** customer base sizes, each run on a fresh database */
  sizes: number[];
  /** seconds of each load test */
  seconds: number;
  /** the real server's port; the bare server listens on the next one */
  port: number;
  /** where databases, logs, the import file and the results go */
  dir: string;
  /** the parts of a run to measure (BENCH_PARTS), all when unset */
  parts: BenchPart[];
}

/** The parts of one run, in the order they run. */
export const BENCH_PARTS = [
  'reads',
  'interference',
  'interactions',
  'export',
  'import',
  'bombs',
  'calendar',
  'money',
  'reports',
  'documents',
  'scripts',
  'bulletin',
  'group-sms',
] as const;

export type BenchPart = (typeof BENCH_PARTS)[number];

function benchParts(text: string | undefined): BenchPart[] {
  if (!text) return [...BENCH_PARTS];
  const asked = text.split(',').map((part) => part.trim());
  const unknown = asked.filter((part) => !(BENCH_PARTS as readonly string[]).includes(part));
  if (unknown.length)
    throw new Error(`BENCH_PARTS knows ${BENCH_PARTS.join(', ')}, not "${unknown.join(', ')}"`);
  return BENCH_PARTS.filter((part) => asked.includes(part));
}

function positiveInt(name: string, text: string): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} should be a positive whole number, not "${text}"`);
  return value;
}

export function benchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const db = env.BENCH_DB ?? 'sqlite';
  if (db !== 'sqlite' && db !== 'postgres')
    throw new Error(`BENCH_DB should be sqlite or postgres, not "${db}"`);
  const sizes = (env.BENCH_CUSTOMERS ?? '100000')
    .split(',')
    .map((size) => positiveInt('BENCH_CUSTOMERS', size.trim()));
  return {
    db,
    sizes,
    seconds: positiveInt('BENCH_SECONDS', env.BENCH_SECONDS ?? '10'),
    port: positiveInt('BENCH_PORT', env.BENCH_PORT ?? '3900'),
    dir: env.BENCH_DIR ?? join(process.cwd(), 'data', 'bench'),
    parts: benchParts(env.BENCH_PARTS),
  };
}
