import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { BenchContext } from './bench-context';
import { detailTarget } from './customer-figures';
import { IMPORT_ROWS } from './import-file';
import { load, startLoad } from './load';
import { fixed, ownPeak } from './timing';

/** Clients reading each of list and detail while the import runs. */
const READERS = 8;
/** Customers the bare export reads per query: its memory stays bounded. */
const EXPORT_BATCH = 5000;

/** Export all rows through the API, beside exceljs's streaming writer on the same rows. */
export async function measureExport(ctx: BenchContext): Promise<void> {
  await ctx.restart();
  const { server, manager } = ctx;
  const idleMb = server.rssMb();
  const exported = await server.measurePeak(async () => {
    const response = await fetch(`${server.url}/api/customers/export`, {
      headers: { authorization: `Bearer ${manager.token}` },
    });
    if (!response.ok || !response.body) throw new Error(`export: ${response.status}`);
    let bytes = 0;
    for await (const chunk of response.body) bytes += (chunk as Uint8Array).length;
    return bytes;
  });
  const bare = await ownPeak(async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: createWriteStream('/dev/null'),
    });
    const sheet = workbook.addWorksheet('客户');
    // Keyset pages: the same on every database, never the whole table in memory.
    for (let after = 0; ;) {
      const rows = await ctx.raw.query<Record<string, unknown>>(
        `SELECT c.id, c.code, c.name, c.mobile, c.gender, c.birthday, c.category, c.stage, c.level, c.status_tag, c.source, c.industry, c.province_code, c.city_code, u.display_name, c.created_at
         FROM customer c LEFT JOIN app_user u ON u.id = c.owner_id
         WHERE c.deleted_at IS NULL AND c.id > ? ORDER BY c.id LIMIT ${EXPORT_BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      for (const row of rows) sheet.addRow(Object.values(row).slice(1)).commit();
      after = Number(rows[rows.length - 1].id);
    }
    sheet.commit();
    await workbook.commit();
  });
  ctx.report.timing(
    `export all rows (${fixed(exported.result / 1048576, 0)} MB xlsx)`,
    exported.ms,
    bare.ms,
    `server peak ${fixed(exported.peakMb, 0)} MB (idle ${fixed(idleMb, 0)} MB); raw = bare exceljs streaming write, peak ${fixed(bare.peakMb, 0)} MB`,
  );
}

/**
 * The 100,000-row import, in a fresh server process: once alone (its own speed), then another
 * file while list and detail are read (their p99 before and during, the import's time and the
 * server's peak memory).
 */
export async function measureImportUnderLoad(ctx: BenchContext): Promise<void> {
  await ctx.restart();
  const { server, manager, report } = ctx;
  const list = { base: server.url, path: '/api/customers', token: manager.token };
  const detail = {
    base: server.url,
    path: `/api/customers/${detailTarget(ctx.customers)}`,
    token: manager.token,
  };
  // A fresh process compiles and caches as it goes: a second of both before measuring.
  await Promise.all([load(list, READERS, 1), load(detail, READERS, 1)]);
  const [listAlone, detailAlone] = await Promise.all([
    load(list, READERS, ctx.seconds),
    load(detail, READERS, ctx.seconds),
  ]);
  report.situation('list and detail, no import', 'list page', READERS, listAlone);
  report.situation('list and detail, no import', 'detail view', READERS, detailAlone);

  const bareRead = await ownPeak(async () => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(ctx.importFile), {});
    let count = 0;
    for await (const worksheet of reader) for await (const _row of worksheet) count += 1;
    return count;
  });
  const aloneIdleMb = server.rssMb();
  const alone = await server.measurePeak(() => postImport(ctx, ctx.aloneImportFile));
  report.timing(
    `import ${IMPORT_ROWS} rows (xlsx) alone`,
    alone.ms,
    bareRead.ms,
    `imported ${String(alone.result.imported)}; server peak ${fixed(alone.peakMb, 0)} MB (idle ${fixed(aloneIdleMb, 0)} MB), nobody else reading; raw = bare exceljs streaming read`,
  );
  const idleMb = server.rssMb();
  const readers = [startLoad(list, READERS), startLoad(detail, READERS)];
  let imported;
  try {
    imported = await server.measurePeak(() => postImport(ctx, ctx.importFile));
  } finally {
    const [listed, detailed] = await Promise.all(readers.map((reader) => reader.stop()));
    const situation = 'list and detail while the import runs';
    report.situation(situation, 'list page', READERS, listed);
    report.situation(situation, 'detail view', READERS, detailed);
  }
  const note = `imported ${String(imported.result.imported)}, rejected ${String(imported.result.rejected)}; server peak ${fixed(imported.peakMb, 0)} MB (idle ${fixed(idleMb, 0)} MB) with ${2 * READERS} readers`;
  report.timing(
    `import ${IMPORT_ROWS} rows (xlsx) under load`,
    imported.ms,
    bareRead.ms,
    `${note}; raw = bare exceljs streaming read`,
  );
  report.note(
    `Import of ${IMPORT_ROWS} rows beside ${2 * READERS} readers: ${fixed(imported.ms / 1000)} s, ${note}.`,
  );
}

/** Imports a file through the API as the manager; answers the import's result. */
async function postImport(ctx: BenchContext, file: string): Promise<Record<string, unknown>> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(file)]), 'import.xlsx');
  const response = await fetch(`${ctx.server.url}/api/customers/import?dryRun=false`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ctx.manager.token}` },
    body: form,
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok)
    throw new Error(`import: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}
