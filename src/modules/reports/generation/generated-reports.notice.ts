import { Injectable } from '@nestjs/common';
import { NotificationsService } from '../../../notifications/notifications.service';
import { UsersService } from '../../../users/users.service';
import type { GeneratedReport } from './entities/generated-report.entity';
import type { GenerationTrigger } from './generation-trigger';

/** The inbox notice's kind (GeneratedReportsNotificationTexts writes its text). */
export const GENERATED_REPORTS_NOTICE = 'reports.generated';

/**
 * Tells the managers (those who may download the files) that a run stored new report files:
 * one notice a run, not one a file, pointing at the first file and saying how many.
 */
@Injectable()
export class GeneratedReportsNotice {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
  ) {}

  async send(trigger: GenerationTrigger, stored: GeneratedReport[]): Promise<void> {
    const managers = await this.users.activeIdsWithRoles(['manager']);
    await this.notifications.notifyUsers(managers, {
      kind: GENERATED_REPORTS_NOTICE,
      data: {
        trigger,
        files: stored.length,
        reports: new Set(stored.map((row) => `${row.reportKey}${row.parameters}`)).size,
        firstId: stored[0].id,
      },
    });
  }
}
