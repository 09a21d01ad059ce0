import { Get, Post } from '@nestjs/common';
import { AdminController } from '../access/admin-controller.decorator';
import { CheckAbility } from '../access/decorators';
import { AuditedInService } from '../audit/audit-write.decorator';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { BackupService } from './backup.service';
import { BackupView } from './dto/backup.view';

/** The database backups: the list, and one taken now (SQLite; other databases answer 409). */
@AdminController('backups')
export class AdminBackupsController {
  constructor(private readonly backups: BackupService) {}

  @Get()
  @CheckAbility('read', 'Backup')
  @ApiDoc({
    summary: '列出数据库备份（最新的在前）',
    ok: [BackupView],
    errors: { 409: ['BACKUP_NATIVE_TOOLS'] },
  })
  list(): Promise<BackupView[]> {
    return this.backups.list();
  }

  @Post()
  @CheckAbility('create', 'Backup')
  @ApiDoc({
    summary: '立即备份数据库（SQLite 在线备份，不停机）',
    description: '用于有风险的变更之前；每天的自动备份由定时任务 database-backup 完成。',
    ok: BackupView,
    errors: { 409: ['BACKUP_NATIVE_TOOLS'] },
  })
  @AuditedInService()
  take(): Promise<BackupView> {
    return this.backups.takeNow();
  }
}
