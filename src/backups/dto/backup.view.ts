/** A backup file as the admin list shows it. */
export class BackupView {
  /** the file's name in the backup directory, e.g. `backup-20261202T023000123Z-1a2b3c.sqlite` */
  name: string;
  /** bytes */
  size: number;
  /** when it was taken */
  createdAt: Date;
}
