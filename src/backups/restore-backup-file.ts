import Database from 'better-sqlite3';
import { copyFile, rename, rm, stat } from 'node:fs/promises';

/** The files SQLite keeps beside a database in WAL mode: they belong to that database only. */
const COMPANIONS = ['-wal', '-shm'];

/**
 * Puts the backup at `backupPath` in place of the database at `databasePath`, which no
 * process may have open (stop the server first). The backup is checked first (SQLite's
 * integrity check, and the migrations table that says it is this system's database). The
 * database it replaces is kept beside it as `<file>.before-restore-<time>`, with its WAL, so
 * that a restore can be undone; a WAL left in place would be applied to the restored file
 * and corrupt it. Returns where the replaced database was put, if there was one.
 */
export async function restoreBackupFile(
  backupPath: string,
  databasePath: string,
  now = new Date(),
): Promise<{ keptAs?: string }> {
  checkBackup(backupPath);
  const incoming = `${databasePath}.restoring`;
  await copyFile(backupPath, incoming);
  let keptAs: string | undefined;
  if (await exists(databasePath)) {
    keptAs = `${databasePath}.before-restore-${now.toISOString().replace(/[-:.]/g, '')}`;
    await rename(databasePath, keptAs);
    for (const suffix of COMPANIONS) {
      if (await exists(databasePath + suffix)) await rename(databasePath + suffix, keptAs + suffix);
    }
  } else {
    for (const suffix of COMPANIONS) await rm(databasePath + suffix, { force: true });
  }
  await rename(incoming, databasePath);
  return { keptAs };
}

function checkBackup(path: string): void {
  const database = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const result = database.pragma('integrity_check', { simple: true });
    if (result !== 'ok')
      throw new Error(`${path} fails SQLite's integrity check: ${String(result)}`);
    const migrations = database
      .prepare(
        "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'migrations'",
      )
      .get() as { n: number };
    if (migrations.n !== 1) throw new Error(`${path} is not a backup of this system's database`);
  } finally {
    database.close();
  }
}

function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
