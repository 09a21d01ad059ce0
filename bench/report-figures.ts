import type { ApiClient } from './api-client';
import type { BenchContext } from './bench-context';
import type { TargetRow } from './bench-report';
import { load } from './load';
import {
  CUSTOMERS_BY_PROVINCE_STATUS_SQL,
  GOLD_IMO_SQL,
  RECORDS_BY_STAFF_SQL,
  REGIONAL_SQL,
} from './raw-queries';
import { sqlTime } from './seed';
import { BIG_CLASS_STUDENTS, REPORT_RECORDS, reportData, type ReportData } from './seed-reports';
import { fixed, medianMs } from './timing';

/** The issue's targets (issue 14), in ms. */
const TARGET = { json: 500, file: 1000, dashboard: 200, counts: 300 };
/** Timed runs of each sequential figure, after one untimed warm-up run. */
const RUNS = 10;
/** The coordinator's runs of each report: a note beside the manager's figures. */
const COORDINATOR_RUNS = 3;
const DAY = 24 * 3600_000;
/** A call that takes longer is a report that will not do: the run stops and says which. */
const GIVE_UP_MS = 120_000;

interface Answer {
  status: number;
  bytes: number;
  ms: number;
  /** the start of the body when the answer is not 2xx */
  excerpt: string;
}

/** One GET with the client's token, its body read to the end (files too). */
async function get(ctx: BenchContext, client: ApiClient, path: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${ctx.server.url}${path}`, {
    headers: { authorization: `Bearer ${client.token}` },
    signal: AbortSignal.timeout(GIVE_UP_MS),
  }).catch((error: Error) => {
    throw new Error(`GET ${path}: no answer within ${GIVE_UP_MS / 1000} s (${error.message})`);
  });
  const body = new Uint8Array(await response.arrayBuffer());
  const ms = performance.now() - started;
  const excerpt = response.ok ? '' : new TextDecoder().decode(body.slice(0, 200));
  return { status: response.status, bytes: body.length, ms, excerpt };
}

/**
 * The 404 of a route not built yet, or null: before it does, `/api/reports/<name>` is taken for a
 * report of that key, which answers 404 (and refuses parameters it does not know with 400).
 */
async function notBuilt(ctx: BenchContext, path: string): Promise<Answer | null> {
  const answer = await get(ctx, ctx.manager, path.split('?')[0]);
  return answer.status === 404 ? answer : null;
}

/** Nearest-rank percentile of sorted times. */
function percentile(sorted: number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

interface Series {
  /** the first (untimed) answer: its status says whether the route exists */
  first: Answer;
  times: number[];
  bytes: number;
}

/** A warm-up call, then `runs` timed ones when the first answered 2xx. */
async function series(
  ctx: BenchContext,
  client: ApiClient,
  path: string,
  runs: number,
): Promise<Series> {
  const first = await get(ctx, client, path);
  const times: number[] = [];
  if (first.status < 300)
    for (let i = 0; i < runs; i += 1) {
      const answer = await get(ctx, client, path);
      if (answer.status >= 300)
        throw new Error(`GET ${path}: ${answer.status} after answering ${first.status}`);
      times.push(answer.ms);
    }
  return { first, times: times.sort((a, b) => a - b), bytes: first.bytes };
}

/** The row of a figure whose route did not answer 2xx: 404 is a part not built yet. */
function unanswered(measurement: string, target: number, first: Answer): TargetRow {
  const built = first.status !== 404;
  return {
    measurement,
    runs: 0,
    p50: null,
    p99: null,
    max: null,
    target,
    verdict: built ? `error ${first.status}` : 'not built (404), skipped',
    rawMs: null,
    note: built ? first.excerpt.replace(/[|\n]/g, ' ') : '',
  };
}

function timedRow(
  measurement: string,
  target: number,
  times: number[],
  rawMs: number | null,
  note: string,
): TargetRow {
  const p99 = percentile(times, 0.99);
  return {
    measurement,
    runs: times.length,
    p50: percentile(times, 0.5),
    p99,
    max: times[times.length - 1],
    target,
    verdict: p99 <= target ? 'within' : 'OVER',
    rawMs,
    note,
  };
}

interface CatalogueItem {
  key: string;
  parameters: string[];
  required: string[];
}

/** The period every report is run for: a year to today (UTC days; the server's zone is near). */
function year(): { from: string; to: string; start: string; end: string } {
  const now = Date.now();
  const from = new Date(now - 365 * DAY).toISOString().slice(0, 10);
  const to = new Date(now).toISOString().slice(0, 10);
  // The business day's bounds (UTC+8) as the seeder writes datetimes, for the raw SQL.
  return {
    from,
    to,
    start: sqlTime(Date.parse(`${from}T00:00:00+08:00`)),
    end: sqlTime(Date.parse(`${to}T00:00:00+08:00`) + DAY),
  };
}

/** A report's query for a year: the parameters it takes, filled with the seeded data's. */
function reportQuery(item: CatalogueItem, data: ReportData, format: string): string {
  const period = year();
  const values: Record<string, string> = {
    from: period.from,
    to: period.to,
    classId: String(data.bigClassId),
    customerId: String(data.topIntroducerId),
    courseId: String(data.tr1CourseId),
    category: 'student',
  };
  const query = new URLSearchParams({ format });
  for (const name of item.parameters) {
    // Optional narrowing (a course, a category, a ranking's length) is left out: all of it.
    const narrowing = ['courseId', 'category', 'top'].includes(name);
    if (values[name] && (!narrowing || item.required.includes(name))) query.set(name, values[name]);
  }
  return `/api/reports/${item.key}?${query.toString()}`;
}

/** The raw database's median for the reports with one comparable SQL. */
async function rawReport(ctx: BenchContext, key: string, data: ReportData): Promise<number | null> {
  const period = year();
  const sql: Record<string, [string, unknown[]]> = {
    'gold-imo': [GOLD_IMO_SQL, [period.start, period.end]],
    'regional-promotion': [REGIONAL_SQL, [data.bigClassId]],
    'staff-performance': [RECORDS_BY_STAFF_SQL, [period.start, period.end]],
  };
  const found = sql[key];
  if (!found) return null;
  return medianMs(RUNS, () => ctx.raw.query(found[0], found[1]));
}

const RAW_NOTES: Record<string, string> = {
  'gold-imo': 'raw: the same ranking in one SQL',
  'regional-promotion': 'raw: the same figures by province in one SQL',
  'staff-performance': 'raw: only its records-by-staff figure (one of six)',
};

/**
 * The reports part (issue 14): on REPORT_RECORDS interaction records, the enrolments and the
 * money, as the manager (the coordinator noted): the stage-one files of the
 * BIG_CLASS_STUDENTS-student class as PDF and Excel with the server's memory, each report of
 * the catalogue as JSON for a year, the ad-hoc counts of two dimensions, and the dashboard
 * under load. Routes not built yet (404) are reported so and skipped.
 */
export async function measureReports(ctx: BenchContext): Promise<void> {
  const data = await reportData(ctx.raw);
  const [{ n: records }] = await ctx.raw.query<{ n: number | string }>(
    'SELECT COUNT(*) AS n FROM interaction',
  );
  ctx.report.note(
    `Reports on ${String(records)} interaction records (target ${REPORT_RECORDS}); the files of TR1 class ${data.bigClassId} (${BIG_CLASS_STUDENTS} students); starfish of customer ${data.topIntroducerId}. Each sequential figure: one warm-up run, then ${RUNS} timed (p99 of ${RUNS} is their slowest).`,
  );
  await measureFiles(ctx, data);
  const catalogue = await ctx.manager.call<CatalogueItem[]>('GET', '/api/reports');
  await measureJson(ctx, data, catalogue);
  await measureCounts(ctx);
  await measureDashboard(ctx);
}

/** PDF and Excel of the class's reports, in a fresh server: times, peak memory and its rise. */
async function measureFiles(ctx: BenchContext, data: ReportData): Promise<void> {
  await ctx.restart();
  const { server, report } = ctx;
  const idleMb = server.rssMb();
  for (const key of ['regional-promotion', 'stage-one'])
    for (const format of ['pdf', 'xlsx']) {
      const path = `/api/reports/${key}?format=${format}&classId=${data.bigClassId}`;
      const measurement = `${key} ${format}, ${BIG_CLASS_STUDENTS}-student class`;
      const before = server.rssMb();
      const first = await server.measurePeak(() => get(ctx, ctx.manager, path));
      if (first.result.status >= 300) {
        report.target(unanswered(measurement, TARGET.file, first.result));
        continue;
      }
      let peakMb = first.peakMb;
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const run = await server.measurePeak(() => get(ctx, ctx.manager, path));
        if (run.result.status >= 300) throw new Error(`GET ${path}: ${run.result.status}`);
        times.push(run.result.ms);
        peakMb = Math.max(peakMb, run.peakMb);
      }
      times.sort((a, b) => a - b);
      report.target(
        timedRow(
          measurement,
          TARGET.file,
          times,
          null,
          `${fixed(first.result.bytes / 1024, 0)} KB; first run ${fixed(first.result.ms, 0)} ms; server RSS peak ${fixed(peakMb, 0)} MB, +${fixed(peakMb - before, 0)} MB over the ${fixed(before, 0)} MB before it (idle after restart ${fixed(idleMb, 0)} MB); VmHWM since start ${fixed(server.peakSinceStartMb(), 0)} MB`,
        ),
      );
    }
}

/** Each report of the catalogue as JSON for a year, as the manager, the coordinator noted. */
async function measureJson(
  ctx: BenchContext,
  data: ReportData,
  catalogue: CatalogueItem[],
): Promise<void> {
  const { manager, coordinator, report } = ctx;
  const coordinatorMay = new Set(
    (await coordinator.call<CatalogueItem[]>('GET', '/api/reports')).map((item) => item.key),
  );
  for (const item of catalogue) {
    const path = reportQuery(item, data, 'json');
    const measurement = `${item.key} json${item.parameters.includes('from') ? ', a year' : ''}`;
    const run = await series(ctx, manager, path, RUNS);
    if (!run.times.length) {
      report.target(unanswered(measurement, TARGET.json, run.first));
      continue;
    }
    let coordinatorNote = 'coordinator: not in their catalogue';
    if (coordinatorMay.has(item.key)) {
      const own = await series(ctx, coordinator, path, COORDINATOR_RUNS);
      coordinatorNote = own.times.length
        ? `coordinator p50 ${fixed(percentile(own.times, 0.5), 0)} ms`
        : `coordinator: ${own.first.status}`;
    }
    const rawNote = RAW_NOTES[item.key];
    report.target(
      timedRow(
        measurement,
        TARGET.json,
        run.times,
        await rawReport(ctx, item.key, data),
        [`${fixed(run.bytes / 1024, 0)} KB`, coordinatorNote, rawNote].filter(Boolean).join('; '),
      ),
    );
  }
}

/** The ad-hoc counts by two dimensions (GET /api/reports/counts), as the manager. */
async function measureCounts(ctx: BenchContext): Promise<void> {
  const period = year();
  const counts: [string, string, (() => Promise<unknown>) | null][] = [
    [
      'counts: interactions by owner × month, a year',
      `/api/reports/counts?subject=interactions&by=owner&by2=month&from=${period.from}&to=${period.to}`,
      null,
    ],
    [
      'counts: customers by province × status',
      '/api/reports/counts?subject=customers&by=province&by2=status',
      () => ctx.raw.query(CUSTOMERS_BY_PROVINCE_STATUS_SQL),
    ],
  ];
  for (const [measurement, path, raw] of counts) {
    const missing = await notBuilt(ctx, path);
    if (missing) {
      ctx.report.target(unanswered(measurement, TARGET.counts, missing));
      continue;
    }
    const run = await series(ctx, ctx.manager, path, RUNS);
    if (!run.times.length) {
      ctx.report.target(unanswered(measurement, TARGET.counts, run.first));
      continue;
    }
    const own = await series(ctx, ctx.coordinator, path, COORDINATOR_RUNS);
    const coordinatorNote = own.times.length
      ? `coordinator p50 ${fixed(percentile(own.times, 0.5), 0)} ms`
      : `coordinator: ${own.first.status}`;
    ctx.report.target(
      timedRow(
        measurement,
        TARGET.counts,
        run.times,
        raw ? await medianMs(RUNS, raw) : null,
        `${fixed(run.bytes / 1024, 0)} KB; ${coordinatorNote}`,
      ),
    );
  }
}

/**
 * The dashboard as a manager opens it (this month, its default) and for a year: alone
 * (sequential, the coordinator noted), then under `connections` clients as manager, and this
 * month's as coordinator too. A request unanswered within autocannon's 10 s counts as an error.
 */
async function measureDashboard(ctx: BenchContext): Promise<void> {
  const period = year();
  const missing = await notBuilt(ctx, '/api/reports/dashboard');
  const views: [string, string, (readonly ['manager' | 'coordinator', ApiClient])[]][] = [
    [
      'this month (default)',
      '/api/reports/dashboard',
      [
        ['manager', ctx.manager],
        ['coordinator', ctx.coordinator],
      ],
    ],
    [
      'a year',
      `/api/reports/dashboard?from=${period.from}&to=${period.to}`,
      [['manager', ctx.manager]],
    ],
  ];
  for (const [label, path, loads] of views) {
    const alone = `dashboard, ${label}, alone`;
    if (missing) {
      ctx.report.target(unanswered(alone, TARGET.dashboard, missing));
      continue;
    }
    const run = await series(ctx, ctx.manager, path, RUNS);
    if (!run.times.length) {
      ctx.report.target(unanswered(alone, TARGET.dashboard, run.first));
      continue;
    }
    // The dashboard keeps a reader's answer for half a minute: a new silentDays each time is
    // a question not asked before, so these runs count every figure afresh.
    const fresh: number[] = [];
    const joiner = path.includes('?') ? '&' : '?';
    for (let i = 0; i < RUNS; i += 1) {
      const days = (label === 'a year' ? 200 : 100) + i;
      const answer = await get(ctx, ctx.manager, `${path}${joiner}silentDays=${days}`);
      if (answer.status >= 300) throw new Error(`GET ${path}: ${answer.status}`);
      fresh.push(answer.ms);
    }
    ctx.report.target(
      timedRow(
        `dashboard, ${label}, counted afresh (not kept)`,
        TARGET.dashboard,
        fresh.sort((a, b) => a - b),
        null,
        'each run a question not asked before',
      ),
    );
    const own = await series(ctx, ctx.coordinator, path, COORDINATOR_RUNS);
    ctx.report.target(
      timedRow(
        `${alone}, kept (asked before)`,
        TARGET.dashboard,
        run.times,
        null,
        `${fixed(run.bytes / 1024, 0)} KB; ${own.times.length ? `coordinator p50 ${fixed(percentile(own.times, 0.5), 0)} ms` : `coordinator: ${own.first.status}`}`,
      ),
    );
    for (const [who, client] of loads) {
      const target = { base: ctx.server.url, path, token: client.token };
      // Two unreported seconds first: the load measures a warm server.
      await load(target, ctx.connections, 2);
      const figure = await load(target, ctx.connections, ctx.seconds);
      ctx.report.target({
        measurement: `dashboard, ${label}, ${ctx.connections} clients as ${who}`,
        runs: figure.answered,
        p50: figure.answered ? figure.p50 : null,
        p99: figure.answered ? figure.p99 : null,
        max: null,
        target: TARGET.dashboard,
        verdict: figure.errors
          ? `${figure.errors} errors`
          : figure.p99 <= TARGET.dashboard
            ? 'within'
            : 'OVER',
        rawMs: null,
        note: `${fixed(figure.rps, 1)} req/s over ${ctx.seconds} s`,
      });
    }
  }
}
