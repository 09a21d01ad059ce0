import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Files a single request needs on this replica's disk while it runs (a zip can only be read
 * with random access), removed before the request ends. Nothing here outlives a request,
 * so no later request depends on reaching this replica: that is what the FileStore is for.
 */
export const SCRATCH_DIR = join(tmpdir(), 'crm-scratch');

/** What a crash may have left behind is removed after this long. */
const ORPHAN_MS = 24 * 60 * 60 * 1000;

export interface ScratchFile {
  path: string;
  remove(): Promise<void>;
}

/** A new, unused path under the scratch directory (the file is not created). */
export async function scratchFile(suffix = ''): Promise<ScratchFile> {
  // Made every time: a cleaner of the temporary directory may have removed it.
  await mkdir(SCRATCH_DIR, { recursive: true, mode: 0o700 });
  const path = join(SCRATCH_DIR, `${randomUUID()}${suffix}`);
  return { path, remove: () => rm(path, { force: true }) };
}

/** Removes scratch files older than a day: those of requests a crash cut short. */
export async function sweepScratchFiles(now = Date.now()): Promise<number> {
  const names = await readdir(SCRATCH_DIR).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const path = join(SCRATCH_DIR, name);
    const found = await stat(path).catch(() => null);
    if (found?.isFile() && now - found.mtimeMs > ORPHAN_MS) {
      await rm(path, { force: true }).catch(() => undefined);
      removed += 1;
    }
  }
  return removed;
}
