import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { msg } from '../common/i18n/msg';
import { AppConfig } from '../config/app-config';
import { backupDirectory } from './backup-directory';
import { BackupFile } from './backup-file';
import { expiredBackups } from './backup-retention';
import { BackupView } from './dto/backup.view';
import { onlineBackup } from './sqlite-online-backup';

/** What to use instead on the server databases, named in the refusal. */
const NATIVE_TOOLS = {
  postgres: 'pg_dump / pg_restore',
  mssql: 'BACKUP DATABASE / RESTORE DATABASE',
} as const;

/**
 * Backups of the embedded database (seed 003: a daily one by the job, one by hand before a
 * risky change): online copies into the backup directory, listed for admins and thinned out
 * by the retention. PostgreSQL and SQL Server are backed up with their own tools (README), so
 * every call here refuses them with 409 BACKUP_NATIVE_TOOLS.
 */
@Injectable()
export class BackupService {
  /** one backup at a time in this process: the job and an admin may ask at once */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Takes a backup now, for an admin before a risky change; audited. */
  async takeNow(): Promise<BackupView> {
    const backup = await this.take();
    await this.audit.record({
      action: 'backup.create',
      entityType: 'Backup',
      entityId: backup.name,
      meta: { size: backup.size },
    });
    return backup;
  }

  /** Takes a backup: written under a temporary name, renamed once complete. */
  take(): Promise<BackupView> {
    this.requireSqlite();
    const next = this.queue.then(async () => {
      const directory = backupDirectory(this.config);
      await mkdir(directory, { recursive: true });
      const createdAt = this.clock.now();
      const name = BackupFile.nameFor(createdAt);
      const partial = join(directory, `${name}.partial`);
      try {
        await onlineBackup(this.dataSource, partial);
        await rename(partial, join(directory, name));
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      return { name, size: (await stat(join(directory, name))).size, createdAt };
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The backups in the directory, newest first. */
  async list(): Promise<BackupView[]> {
    this.requireSqlite();
    const directory = backupDirectory(this.config);
    const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const backups: BackupView[] = [];
    for (const name of names) {
      const createdAt = BackupFile.takenAt(name);
      if (!createdAt) continue;
      const size = await stat(join(directory, name)).then(
        (file) => file.size,
        () => undefined, // deleted meanwhile
      );
      if (size !== undefined) backups.push({ name, size, createdAt });
    }
    return backups.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  /** Deletes the backups past the retention (backups.keepDays, backups.keepFiles). */
  async prune(now: Date): Promise<{ deleted: number }> {
    const { keepDays, keepFiles } = this.config.backups;
    const expired = expiredBackups(await this.list(), now, keepDays, keepFiles);
    const directory = backupDirectory(this.config);
    for (const name of expired) await rm(join(directory, name), { force: true });
    // A backup cut off by a crash leaves its partial file: gone once it is a day old.
    for (const name of await readdir(directory).catch(() => [] as string[])) {
      const takenAt =
        name.endsWith('.partial') && BackupFile.takenAt(name.slice(0, -'.partial'.length));
      if (takenAt && now.getTime() - takenAt.getTime() > 86_400_000)
        await rm(join(directory, name), { force: true });
    }
    return { deleted: expired.length };
  }

  private requireSqlite(): void {
    const type = this.config.database.type;
    if (type === 'sqlite') return;
    throw DomainError.conflict(
      msg('backups.nativeTools', {
        database: type === 'postgres' ? 'PostgreSQL' : 'SQL Server',
        tools: NATIVE_TOOLS[type],
      }),
      'BACKUP_NATIVE_TOOLS',
    );
  }
}
