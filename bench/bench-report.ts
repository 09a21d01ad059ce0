import { fixed } from './timing';
import type { LoadFigure } from './load';

interface TimingRow {
  operation: string;
  api: string;
  raw: string;
  ratio: string;
  note: string;
}

interface LoadRow {
  endpoint: string;
  figure: LoadFigure;
  /** the bare server on the same route, when it has one */
  bare?: LoadFigure;
  /** the figure's key in the scaling table, for the main figures */
  key?: string;
}

/** A figure measured against one of the issue's targets (reports, dashboard, counts). */
export interface TargetRow {
  measurement: string;
  /** timed runs (or requests answered under load) */
  runs: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
  /** the target in ms */
  target: number;
  /** within target, over it, or why there is no figure (not built, an error) */
  verdict: string;
  /** the raw database's median for a comparable single SQL, when there is one */
  rawMs: number | null;
  note: string;
}

interface SituationRow {
  situation: string;
  endpoint: string;
  clients: number;
  figure: LoadFigure;
}

function cells(figure: LoadFigure): string {
  const latency = figure.answered
    ? `${figure.p50} ms | ${figure.p99} ms`
    : 'none answered | in the run';
  return `${fixed(figure.rps, 0)} | ${latency} | ${figure.errors}`;
}

/** One run's figures (one database, one base size), printed as markdown tables. */
export class BenchReport {
  private readonly timings: TimingRow[] = [];
  private readonly loads: LoadRow[] = [];
  private readonly situations: SituationRow[] = [];
  private readonly interactions: LoadRow[] = [];
  private readonly notes: string[] = [];
  private readonly targets: TargetRow[] = [];

  constructor(
    readonly db: string,
    readonly customers: number,
    private readonly connections: number,
    private readonly seconds: number,
  ) {}

  /** A sequential median beside the raw database's for the same result. */
  timing(operation: string, apiMs: number, rawMs: number | null, note = ''): void {
    this.timings.push({
      operation,
      api: `${fixed(apiMs, apiMs < 100 ? 2 : 0)} ms`,
      raw: rawMs === null ? '-' : `${fixed(rawMs, rawMs < 100 ? 2 : 0)} ms`,
      ratio: rawMs === null ? '-' : `${fixed(apiMs / rawMs, 1)}×`,
      note,
    });
  }

  load(endpoint: string, figure: LoadFigure, bare?: LoadFigure, key?: string): void {
    this.loads.push({ endpoint, figure, bare, key });
  }

  situation(situation: string, endpoint: string, clients: number, figure: LoadFigure): void {
    this.situations.push({ situation, endpoint, clients, figure });
  }

  interaction(endpoint: string, figure: LoadFigure): void {
    this.interactions.push({ endpoint, figure });
  }

  /** A figure against its target (the reports part). */
  target(row: TargetRow): void {
    this.targets.push(row);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /** The main figures (req/s and p99 of list, searches, detail) by key, for the scaling table. */
  mainFigures(): Map<string, LoadFigure> {
    return new Map(
      this.loads.filter((row) => row.key).map((row) => [row.key as string, row.figure]),
    );
  }

  markdown(): string {
    const load = `${this.connections} clients for ${this.seconds} s`;
    return [
      `## Customer base benchmark: ${this.customers} customers, ${this.db}`,
      '',
      'Sequential calls (median), each beside the raw database for the same result:',
      '',
      '| operation | API | raw database | ratio | note |',
      '|---|---|---|---|---|',
      ...this.timings.map(
        (row) => `| ${row.operation} | ${row.api} | ${row.raw} | ${row.ratio} | ${row.note} |`,
      ),
      '',
      `Load, ${load} each (authenticated, quota and audit on), beside the bare server:`,
      '',
      '| load | req/s | p50 | p99 | errors | bare req/s | bare p99 | bare errors | API / bare |',
      '|---|---|---|---|---|---|---|---|---|',
      ...this.loads.map((row) => {
        const bare = row.bare
          ? `${fixed(row.bare.rps, 0)} | ${row.bare.p99} ms | ${row.bare.errors} | ${row.bare.rps ? `${fixed((100 * row.figure.rps) / row.bare.rps, 0)}%` : '-'}`
          : '- | - | - | -';
        return `| ${row.endpoint} | ${cells(row.figure)} | ${bare} |`;
      }),
      '',
      `Interference (${this.seconds} s each, or as long as the import):`,
      '',
      '| situation | load | clients | req/s | p50 | p99 | errors |',
      '|---|---|---|---|---|---|---|',
      ...this.situations.map(
        (row) => `| ${row.situation} | ${row.endpoint} | ${row.clients} | ${cells(row.figure)} |`,
      ),
      '',
      `Interactions on seeded history, ${load} each:`,
      '',
      '| load | req/s | p50 | p99 | errors |',
      '|---|---|---|---|---|',
      ...this.interactions.map((row) => `| ${row.endpoint} | ${cells(row.figure)} |`),
      ...(this.targets.length
        ? [
            '',
            'Reports, dashboard and counts against their targets (sequential runs, or the load said):',
            '',
            '| measurement | runs | p50 | p99 | max | target | verdict | raw database | note |',
            '|---|---|---|---|---|---|---|---|---|',
            ...this.targets.map((row) => {
              const ms = (value: number | null) =>
                value === null ? '-' : `${fixed(value, value < 100 ? 1 : 0)} ms`;
              return `| ${row.measurement} | ${row.runs || '-'} | ${ms(row.p50)} | ${ms(row.p99)} | ${ms(row.max)} | ${row.target} ms | ${row.verdict} | ${ms(row.rawMs)} | ${row.note} |`;
            }),
          ]
        : []),
      ...(this.notes.length ? ['', ...this.notes.map((text) => `- ${text}`)] : []),
      '',
    ].join('\n');
  }
}
