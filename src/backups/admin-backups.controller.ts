import { Get, Post } from '@nestjs/common';
import { AdminController } from '../access/admin-controller.decorator';
import { CheckAbility } from '../access/decorators';
import { AuditedInService } from '../audit/audit-write.decorator';
import { BackupService } from './backup.service';
import { BackupView } from './dto/backup.view';

/** The database backups: the list, and one taken now (SQLite; other databases answer 409). */
@AdminController('backups')
export class AdminBackupsController {
  constructor(private readonly backups: BackupService) {}

  @Get()
  @CheckAbility('read', 'Backup')
  list(): Promise<BackupView[]> {
    return this.backups.list();
  }

  @Post()
  @CheckAbility('create', 'Backup')
  @AuditedInService()
  take(): Promise<BackupView> {
    return this.backups.takeNow();
  }
}
