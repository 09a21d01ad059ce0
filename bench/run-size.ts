import { measureBulletin } from './bulletin-figures';
import { measureCalendar } from './calendar-figures';
import { seedBulletin, SEEDED_NOTICES } from './seed-bulletin';
import { seedCalendar, SEEDED_CLASSES, SEEDED_COACHES } from './seed-calendar';
import { measureMoney } from './money-figures';
import { measureGroupSms } from './group-sms-figures';
import { seedMoney, SEEDED_ENROLMENTS, SEEDED_MONEY_ROWS } from './seed-money';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient } from './api-client';
import type { BenchConfig, BenchPart } from './bench-config';
import type { BenchContext } from './bench-context';
import { BenchReport } from './bench-report';
import { BenchServer } from './bench-server';
import { measureUploadBombs } from './bomb-figures';
import { measureCustomerReads } from './customer-figures';
import { measureDocuments } from './document-figures';
import { measureExport, measureImportUnderLoad } from './file-figures';
import { measureInteractions } from './interaction-figures';
import { measureSearchInterference } from './interference-figures';
import { PostgresBenchDatabase } from './postgres-bench-database';
import type { BenchDatabase, RawDatabase } from './raw-database';
import { seedCustomers } from './seed';
import { SEEDED_PLANS, SEEDED_RECORDS, seedHistory } from './seed-history';
import { measureReports } from './report-figures';
import { measureScripts } from './script-figures';
import { REPORT_RECORDS, seedReportData } from './seed-reports';
import { SqliteBenchDatabase } from './sqlite-bench-database';
import { fixed, timed } from './timing';

const CONNECTIONS = 32;
const FIRST_ADMIN_PASSWORD = 'Bench-First-Start-1';
const PASSWORD = 'Bench-Password-2026';
/** what the forced first change of password sets */
const SIGNED_PASSWORD = `${PASSWORD}x`;
const COORDINATORS = 10;

function log(text: string): void {
  process.stdout.write(text);
}

/** Users the benchmark works as: ten coordinators who own the customers, a manager, finance. */
async function createUsers(
  server: BenchServer,
): Promise<{ coordinators: number[]; financeId: number }> {
  const admin = new ApiClient(server.url);
  await admin.signIn('admin', FIRST_ADMIN_PASSWORD, PASSWORD);
  const coordinators: number[] = [];
  for (let i = 0; i < COORDINATORS; i += 1) {
    const created = await admin.call<{ user: { id: number } }>('POST', '/api/admin/users', {
      username: `bench.coordinator${i}`,
      displayName: `统筹${i}`,
      role: 'coordinator',
      password: PASSWORD,
    });
    coordinators.push(created.user.id);
  }
  await admin.call('POST', '/api/admin/users', {
    username: 'bench.manager',
    displayName: '经理',
    role: 'manager',
    password: PASSWORD,
  });
  const finance = await admin.call<{ user: { id: number } }>('POST', '/api/admin/users', {
    username: 'bench.finance',
    displayName: '财务',
    role: 'finance',
    password: PASSWORD,
  });
  for (const username of ['bench.manager', 'bench.coordinator0', 'bench.finance'])
    await new ApiClient(server.url).signIn(username, PASSWORD, SIGNED_PASSWORD);
  return { coordinators, financeId: finance.user.id };
}

/** Seeds the base and its history straight into the database while the server is stopped. */
async function seed(
  database: BenchDatabase,
  customers: number,
  people: { coordinators: number[]; financeId: number },
  report: BenchReport,
  reports: boolean,
  bulletin: boolean,
): Promise<void> {
  const { coordinators } = people;
  const raw = await database.open(true);
  try {
    log(`Seeding ${customers} customers … `);
    const base = await timed(() => seedCustomers(raw, customers, coordinators));
    log(`${fixed(base.ms / 1000)} s; ${SEEDED_RECORDS} records and ${SEEDED_PLANS} plans … `);
    const history = await timed(() =>
      seedHistory(raw, customers, { staff: coordinators, todoUser: coordinators[0] }),
    );
    log(
      `${fixed(history.ms / 1000)} s; ${SEEDED_COACHES} coaches and ${SEEDED_CLASSES} classes … `,
    );
    const calendar = await timed(() => seedCalendar(raw));
    log(
      `${fixed(calendar.ms / 1000)} s; ${SEEDED_ENROLMENTS} enrolments and ${SEEDED_MONEY_ROWS} money rows … `,
    );
    const money = await timed(() => seedMoney(raw, coordinators, people.financeId));
    log(`${fixed(money.ms / 1000)} s; `);
    let topped: { ms: number } | undefined;
    if (reports) {
      log(`records to ${REPORT_RECORDS}, introducers, a class of 200 … `);
      topped = await timed(() => seedReportData(raw, customers, coordinators));
      log(`${fixed(topped.ms / 1000)} s; `);
    }
    if (bulletin) {
      log(`${SEEDED_NOTICES} notices and their receipts … `);
      const board = await timed(() => seedBulletin(raw));
      log(`${fixed(board.ms / 1000)} s; `);
      report.note(
        `Seeding the bulletin board: ${SEEDED_NOTICES} notices of mixed audiences and periods, with the bench users' receipts, in ${fixed(board.ms / 1000)} s.`,
      );
    }
    const finished = await timed(() => raw.finishSeeding());
    log(`statistics … ${fixed(finished.ms / 1000)} s\n`);
    report.note(
      `Seeding: ${customers} customers with their search terms in ${fixed(base.ms / 1000)} s, ${SEEDED_RECORDS} records and ${SEEDED_PLANS} plans in ${fixed(history.ms / 1000)} s, ${SEEDED_COACHES} coaches and ${SEEDED_CLASSES} classes in ${fixed(calendar.ms / 1000)} s, ${SEEDED_ENROLMENTS} enrolments and ${SEEDED_MONEY_ROWS} money rows in ${fixed(money.ms / 1000)} s, statistics in ${fixed(finished.ms / 1000)} s.`,
    );
    if (topped)
      report.note(
        `Seeding for the reports: ${REPORT_RECORDS - SEEDED_RECORDS} more records (${REPORT_RECORDS} in all), customers over eight provinces, one in three introduced (snapshotted on their enrolments), referral promises, stages, and a TR1 class of 200 students in ${fixed(topped.ms / 1000)} s.`,
      );
  } finally {
    await raw.close();
  }
}

/** One base size on a fresh database: seed it, then measure everything on it. */
export async function runSize(
  config: BenchConfig,
  customers: number,
  files: Pick<BenchContext, 'importFile' | 'aloneImportFile'>,
): Promise<BenchReport> {
  const dir = join(config.dir, `${config.db}-${customers}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const database: BenchDatabase =
    config.db === 'postgres'
      ? new PostgresBenchDatabase('crm_bench')
      : new SqliteBenchDatabase(join(dir, 'crm.sqlite'));
  await database.reset();
  const report = new BenchReport(config.db, customers, CONNECTIONS, config.seconds);
  const server = BenchServer.real(
    config.port,
    {
      NODE_ENV: 'production',
      ...database.serverEnv(),
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_PASSWORD: FIRST_ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      DAILY_VIEW_QUOTA: '1000000',
      // A run at a million customers outlasts the default quarter of an hour.
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      CONFIG_DIR: join(process.cwd(), 'config'),
    },
    join(dir, 'server.log'),
  );
  const bare = BenchServer.bare(config.port + 1, database.serverEnv(), join(dir, 'bare.log'));
  let raw: RawDatabase | undefined;
  // The first start builds the schema (migrations); the seeder then writes into it.
  await server.start();
  try {
    const people = await createUsers(server);
    const { coordinators } = people;
    await server.stop();
    await seed(
      database,
      customers,
      people,
      report,
      config.parts.includes('reports'),
      config.parts.includes('bulletin'),
    );
    await server.start();
    await bare.start();
    raw = await database.open();
    const manager = new ApiClient(server.url);
    const coordinator = new ApiClient(server.url);
    const finance = new ApiClient(server.url);
    const signIn = async () => {
      await manager.signIn('bench.manager', SIGNED_PASSWORD, SIGNED_PASSWORD);
      await coordinator.signIn('bench.coordinator0', SIGNED_PASSWORD, SIGNED_PASSWORD);
      await finance.signIn('bench.finance', SIGNED_PASSWORD, SIGNED_PASSWORD);
    };
    await signIn();
    const ctx: BenchContext = {
      customers,
      seconds: config.seconds,
      connections: CONNECTIONS,
      server,
      bare,
      raw,
      manager,
      coordinator,
      finance,
      coordinatorId: coordinators[0],
      report,
      ...files,
      signIn,
      restart: async () => {
        await server.stop();
        await server.start();
        await signIn();
      },
    };
    const parts: [BenchPart, string, (ctx: BenchContext) => Promise<void>][] = [
      ['reads', 'list, searches and detail', measureCustomerReads],
      ['interference', 'search beside the list', measureSearchInterference],
      ['interactions', 'interactions', measureInteractions],
      ['export', 'export', measureExport],
      ['import', 'import under load', measureImportUnderLoad],
      ['bombs', 'upload bombs', measureUploadBombs],
      ['calendar', 'coaches and the course calendar', measureCalendar],
      ['money', 'payments, receivables and the closing sheet', measureMoney],
      ['reports', 'reports, dashboard and ad-hoc counts', measureReports],
      ['documents', 'document library upload and download', measureDocuments],
      ['scripts', 'the script library', measureScripts],
      ['bulletin', 'the bulletin board', measureBulletin],
      ['group-sms', 'group SMS: a campaign to 50,000 queued', measureGroupSms],
    ];
    for (const [part, name, measure] of parts) {
      if (!config.parts.includes(part)) continue;
      log(`  ${name} … `);
      const took = await timed(() => measure(ctx));
      log(`${fixed(took.ms / 1000)} s\n`);
    }
  } finally {
    await raw?.close();
    await bare.stop();
    await server.stop();
  }
  return report;
}
