import { randomBytes } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { rangesFor } from '../src/modules/customers/customer-search-terms';
import {
  SHEET_HEAD,
  SHEET_TAIL,
  STRINGS_HEAD,
  STRINGS_TAIL,
  workbook,
} from '../test/support/xlsx-bomb';
import { ApiClient } from './api-client';
import { BenchServer } from './bench-server';
import { benchMobile, benchName, seedCustomers } from './seed';
import { fixed, medianMs, ownPeak } from './timing';

/**
 * `npm run bench`: the customer base on BENCH_CUSTOMERS (100,000) seeded customers, served by
 * the real server (dist build, SQLite, authentication, view quota and audit on).
 * Each operation's time is printed beside the raw database's time for the same result.
 */
const COUNT = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const DIR = join(process.cwd(), 'data', 'bench');
const DB_FILE = join(DIR, 'crm.sqlite');
const PASSWORD = 'Bench-Password-2026';

interface Row {
  operation: string;
  api: string;
  raw: string;
  ratio: string;
  note?: string;
}
const rows: Row[] = [];
const loads: { endpoint: string; rps: number; p50: number; p99: number; errors: number }[] = [];

function record(operation: string, apiMs: number, rawMs: number, note?: string) {
  rows.push({
    operation,
    api: `${fixed(apiMs, 2)} ms`,
    raw: `${fixed(rawMs, 2)} ms`,
    ratio: `${fixed(apiMs / rawMs, 1)}×`,
    note,
  });
}

async function load(endpoint: string, path: string, token: string) {
  const result = await autocannon({
    url: `http://127.0.0.1:3900${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { authorization: `Bearer ${token}` },
  });
  loads.push({
    endpoint,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  });
}

/** The same query the list endpoint runs, straight on the database. */
function rawList(db: Database.Database, where = '', params: unknown[] = []) {
  const page = db
    .prepare(
      `SELECT c.*, u.display_name FROM customer c LEFT JOIN app_user u ON u.id = c.owner_id
       WHERE c.deleted_at IS NULL ${where} ORDER BY c.created_at DESC, c.id DESC LIMIT 20`,
    )
    .all(...params);
  const total = db
    .prepare(`SELECT COUNT(*) AS n FROM customer c WHERE c.deleted_at IS NULL ${where}`)
    .get(...params);
  return { page, total };
}

function searchWhere(q: string): [string, unknown[]] {
  const ranges = rangesFor(q, 'all') ?? [];
  const clause = ranges.map(() => 'term BETWEEN ? AND ?').join(' OR ');
  return [
    `AND c.id IN (SELECT customer_id FROM customer_search_term WHERE ${clause})`,
    ranges.flatMap((r) => [r.from, r.to]),
  ];
}

async function main(): Promise<void> {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const server = new BenchServer(
    3900,
    {
      NODE_ENV: 'production',
      DB_PATH: DB_FILE,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_PASSWORD: 'Bench-First-Start-1',
      LOG_LEVEL: 'warn',
      DAILY_VIEW_QUOTA: '1000000',
      CONFIG_DIR: join(process.cwd(), 'config'),
    },
    DIR,
  );
  await server.start();
  try {
    const admin = new ApiClient(server.url);
    await admin.signIn('admin', 'Bench-First-Start-1', PASSWORD);
    const owners: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const created = await admin.call<{ user: { id: number } }>('POST', '/api/admin/users', {
        username: `bench.coordinator${i}`,
        displayName: `统筹${i}`,
        role: 'coordinator',
        password: PASSWORD,
      });
      owners.push(created.user.id);
    }
    await admin.call('POST', '/api/admin/users', {
      username: 'bench.manager',
      displayName: '经理',
      role: 'manager',
      password: PASSWORD,
    });
    const manager = new ApiClient(server.url);
    await manager.signIn('bench.manager', PASSWORD, `${PASSWORD}x`);

    process.stdout.write(`Seeding ${COUNT} customers … `);
    // The seeder writes the file directly, so the server is stopped meanwhile.
    await server.stop();
    const seeded = await ownPeak(async () => seedCustomers(DB_FILE, COUNT, owners));
    process.stdout.write(`${fixed(seeded.ms / 1000)} s\n`);
    await server.start();
    await manager.signIn('bench.manager', `${PASSWORD}x`, `${PASSWORD}y`);

    const db = new Database(DB_FILE, { readonly: true });
    const target = Math.floor(COUNT * 0.54321);
    const name = benchName(target);
    const initials = 'wjg';
    const digits = benchMobile(target).slice(3, 10);
    const detail = await manager
      .call<{ id: number }[]>('GET', `/api/customers?q=${benchMobile(target)}`)
      .then(() => target + 1);

    const api = (path: string) => () => manager.call('GET', path);
    const runs = 40;
    record(
      'list page (20)',
      await medianMs(runs, api('/api/customers')),
      await medianMs(runs, () => rawList(db)),
    );
    for (const [label, q] of [
      [`search name "${name}"`, name],
      [`search pinyin initials "${initials}"`, initials],
      [`search phone digits "${digits}"`, digits],
    ] as const) {
      const [where, params] = searchWhere(q);
      record(
        label,
        await medianMs(runs, api(`/api/customers?q=${encodeURIComponent(q)}`)),
        await medianMs(runs, () => rawList(db, where, params)),
      );
    }
    record(
      'detail view',
      await medianMs(runs, api(`/api/customers/${detail}`)),
      await medianMs(runs, () =>
        db
          .prepare(
            'SELECT c.*, u.display_name, i.code FROM customer c LEFT JOIN app_user u ON u.id = c.owner_id LEFT JOIN customer i ON i.id = c.introducer_id WHERE c.id = ?',
          )
          .get(detail),
      ),
    );

    await load('list page', '/api/customers', manager.token);
    await load(
      `search (rare: "${name}")`,
      `/api/customers?q=${encodeURIComponent(name)}`,
      manager.token,
    );
    await load('detail view', `/api/customers/${detail}`, manager.token);

    db.close();
    // A fresh process, so that the memory peaks below belong to export and import alone.
    await server.stop();
    await server.start();
    await manager.signIn('bench.manager', `${PASSWORD}x`, `${PASSWORD}y`);
    await exportAndImport(server, manager, new Database(DB_FILE, { readonly: true }));
  } finally {
    await server.stop();
  }
  print();
}

async function exportAndImport(
  server: BenchServer,
  manager: ApiClient,
  db: Database.Database,
): Promise<void> {
  const idleMb = server.rssMb();
  const probe = await fetch(`${server.url}/api/customers/import/template`, {
    headers: { authorization: `Bearer ${manager.token}` },
  });
  if (probe.status === 404) {
    rows.push({
      operation: 'export / import',
      api: '-',
      raw: '-',
      ratio: '-',
      note: 'endpoints not built yet',
    });
    return;
  }
  // Export all rows through the API, streamed to nowhere.
  const exported = await server.measurePeak(async () => {
    const response = await fetch(`${server.url}/api/customers/export`, {
      headers: { authorization: `Bearer ${manager.token}` },
    });
    if (!response.ok || !response.body) throw new Error(`export: ${response.status}`);
    let bytes = 0;
    for await (const chunk of response.body) bytes += (chunk as Uint8Array).length;
    return bytes;
  });
  // The bare library: exceljs's streaming writer on the same rows, read straight from SQLite.
  const bare = await ownPeak(async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: createWriteStream('/dev/null'),
    });
    const sheet = workbook.addWorksheet('客户');
    const statement = db.prepare(
      'SELECT c.code, c.name, c.mobile, c.gender, c.birthday, c.category, c.stage, c.level, c.status_tag, c.source, c.industry, c.province_code, c.city_code, u.display_name, c.created_at FROM customer c LEFT JOIN app_user u ON u.id = c.owner_id WHERE c.deleted_at IS NULL ORDER BY c.id',
    );
    for (const row of statement.iterate())
      sheet.addRow(Object.values(row as Record<string, unknown>)).commit();
    sheet.commit();
    await workbook.commit();
  });
  record(
    `export all rows (${Math.round(exported.result / 1048576)} MB xlsx)`,
    exported.ms,
    bare.ms,
    `server peak ${fixed(exported.peakMb, 0)} MB (idle ${fixed(idleMb, 0)} MB); bare exceljs peak ${fixed(bare.peakMb, 0)} MB`,
  );

  // Import as many new rows, in a fresh process again.
  await server.stop();
  await server.start();
  await manager.signIn('bench.manager', `${PASSWORD}x`, `${PASSWORD}y`);
  const importIdleMb = server.rssMb();
  const file = join(DIR, 'import.xlsx');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = writer.addWorksheet('客户');
  sheet.addRow(['姓名*', '手机*', '性别', '行业', '级别', '来源', '状态']).commit();
  for (let i = 0; i < COUNT; i += 1) {
    sheet
      .addRow([
        benchName(i + 7_000_000),
        benchMobile(i, 15000000000).replace(/^150/, '150'),
        i % 2 ? 'female' : 'male',
        'education',
        'B',
        'referral',
        'new',
      ])
      .commit();
  }
  sheet.commit();
  await writer.commit();
  const bareRead = await ownPeak(async () => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {});
    let count = 0;
    for await (const worksheet of reader) for await (const _row of worksheet) count += 1;
    return count;
  });
  const imported = await server.measurePeak(async () => {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(file)]), 'import.xlsx');
    const response = await fetch(`${server.url}/api/customers/import?dryRun=false`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager.token}` },
      body: form,
    });
    const body = (await response.json()) as Record<string, unknown>;
    if (!response.ok)
      throw new Error(`import: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  });
  record(
    `import ${COUNT} rows (xlsx)`,
    imported.ms,
    bareRead.ms,
    `imported ${String(imported.result.imported)}, rejected ${String(imported.result.rejected)}; server peak ${fixed(imported.peakMb, 0)} MB (idle ${fixed(importIdleMb, 0)} MB); raw = bare exceljs streaming read`,
  );
  await uploadBombs(server, manager);
}

/**
 * Decompression bombs: small files that would inflate to hundreds of megabytes. Each must be
 * refused (4xx) while the server stays within the import's memory budget.
 */
async function uploadBombs(server: BenchServer, manager: ApiClient): Promise<void> {
  const MB = 1024 * 1024;
  const title =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名*</t></is></c><c r="B1" t="inlineStr"><is><t>手机*</t></is></c></row>';
  const sheet = `${SHEET_HEAD}${title}<row r="2"><c r="A2" t="s"><v>0</v></c></row>${SHEET_TAIL}`;
  const strings = {
    head: STRINGS_HEAD,
    unit: `<si><t>${'A'.repeat(1000)}</t></si>`.repeat(1000),
    times: 450,
    tail: STRINGS_TAIL,
  };
  const cell = {
    head: `${SHEET_HEAD}${title}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
    unit: 'A'.repeat(MB),
    times: 300,
    tail: `</t></is></c></row>${SHEET_TAIL}`,
  };
  const bombs: [string, Buffer][] = [
    ['450 MB of shared strings', workbook(sheet, strings)],
    [
      '450 MB of shared strings, sizes lied about',
      workbook(sheet, strings, { sharedStrings: 2000 }),
    ],
    ['one 300 MB cell, size lied about', workbook(cell, undefined, { sheet: 5000 })],
  ];
  for (const [what, file] of bombs) {
    const idleMb = server.rssMb();
    const refused = await server.measurePeak(async () => {
      const form = new FormData();
      form.append('file', new Blob([file]), 'bomb.xlsx');
      const response = await fetch(`${server.url}/api/customers/import?dryRun=true`, {
        method: 'POST',
        headers: { authorization: `Bearer ${manager.token}` },
        body: form,
      });
      const body = (await response.json()) as { code?: string };
      return `${response.status} ${body.code ?? ''}`;
    });
    rows.push({
      operation: `upload bomb: ${what} (${fixed(file.length / MB, 1)} MB file)`,
      api: `${fixed(refused.ms, 0)} ms`,
      raw: '-',
      ratio: '-',
      note: `answered ${refused.result}; server peak ${fixed(refused.peakMb, 0)} MB (idle ${fixed(idleMb, 0)} MB)`,
    });
  }
}

function print(): void {
  const lines = [
    `Customer base benchmark: ${COUNT} customers, SQLite, ${CONNECTIONS} connections for ${SECONDS} s per load test`,
    '',
    '| operation | API | raw database | ratio | note |',
    '|---|---|---|---|---|',
    ...rows.map(
      (row) => `| ${row.operation} | ${row.api} | ${row.raw} | ${row.ratio} | ${row.note ?? ''} |`,
    ),
    '',
    '| load (authenticated, quota and audit on) | requests/s | p50 | p99 | errors |',
    '|---|---|---|---|---|',
    ...loads.map(
      (l) => `| ${l.endpoint} | ${fixed(l.rps, 0)} | ${l.p50} ms | ${l.p99} ms | ${l.errors} |`,
    ),
  ];
  const text = lines.join('\n');
  process.stdout.write(`\n${text}\n`);
  writeFileSync(join(DIR, 'results.md'), `${text}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(
    `bench failed: ${error.message} ${String((error as { cause?: unknown }).cause ?? '')}\n`,
  );
  process.exit(1);
});
