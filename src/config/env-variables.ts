/** How an environment variable's text becomes a setting's value. */
export type EnvValueKind = 'string' | 'int' | 'boolean' | 'list';

export interface EnvVariable {
  /** dotted path of the setting in config/*.yaml */
  path: string;
  kind: EnvValueKind;
  /** never echoed in messages or logs */
  secret?: boolean;
}

/** Environment variables that override the YAML settings, under the names operators expect. */
export const ENV_VARIABLES: Record<string, EnvVariable> = {
  HOST: { path: 'server.host', kind: 'string' },
  PORT: { path: 'server.port', kind: 'int' },
  CORS_ORIGINS: { path: 'server.corsOrigins', kind: 'list' },
  TRUST_PROXY: { path: 'server.trustProxy', kind: 'boolean' },
  CONSOLE_DIR: { path: 'server.consoleDir', kind: 'string' },
  DB_TYPE: { path: 'database.type', kind: 'string' },
  DB_PATH: { path: 'database.path', kind: 'string' },
  DB_URL: { path: 'database.url', kind: 'string', secret: true },
  DB_HOST: { path: 'database.host', kind: 'string' },
  DB_PORT: { path: 'database.port', kind: 'int' },
  DB_USER: { path: 'database.user', kind: 'string' },
  DB_PASSWORD: { path: 'database.password', kind: 'string', secret: true },
  DB_NAME: { path: 'database.name', kind: 'string' },
  DB_ENCRYPT: { path: 'database.encrypt', kind: 'boolean' },
  DB_TRUST_SERVER_CERTIFICATE: { path: 'database.trustServerCertificate', kind: 'boolean' },
  DB_MIGRATIONS_RUN: { path: 'database.migrationsRun', kind: 'boolean' },
  DB_LOGGING: { path: 'database.logging', kind: 'boolean' },
  DB_BUSY_WAIT_MS: { path: 'database.busyWaitMs', kind: 'int' },
  JWT_SECRET: { path: 'auth.jwtSecret', kind: 'string', secret: true },
  ADMIN_PASSWORD: { path: 'auth.adminPassword', kind: 'string', secret: true },
  LOCKOUT_MAX_ATTEMPTS: { path: 'auth.lockoutMaxAttempts', kind: 'int' },
  LOCKOUT_MINUTES: { path: 'auth.lockoutMinutes', kind: 'int' },
  ACCESS_TOKEN_TTL_SECONDS: { path: 'auth.accessTokenTtlSeconds', kind: 'int' },
  REFRESH_TOKEN_TTL_SECONDS: { path: 'auth.refreshTokenTtlSeconds', kind: 'int' },
  TIME_ZONE: { path: 'business.timeZone', kind: 'string' },
  DAILY_VIEW_QUOTA: { path: 'customers.dailyViewQuota', kind: 'int' },
  JOBS_ENABLED: { path: 'jobs.enabled', kind: 'boolean' },
  SMS_PROVIDER: { path: 'sms.provider', kind: 'string' },
  SMS_SIGN_NAME: { path: 'sms.signName', kind: 'string' },
  SMS_ALIYUN_ACCESS_KEY_ID: { path: 'sms.aliyun.accessKeyId', kind: 'string', secret: true },
  SMS_ALIYUN_ACCESS_KEY_SECRET: {
    path: 'sms.aliyun.accessKeySecret',
    kind: 'string',
    secret: true,
  },
  SMS_ALIYUN_ENDPOINT: { path: 'sms.aliyun.endpoint', kind: 'string' },
  SMS_ALIYUN_PROTOCOL: { path: 'sms.aliyun.protocol', kind: 'string' },
  SMS_ALIYUN_TIMEOUT_MS: { path: 'sms.aliyun.timeoutMs', kind: 'int' },
  SMS_ALIYUN_TEMPLATE_CODES: { path: 'sms.aliyun.templateCodes', kind: 'list' },
  SMS_MAX_ATTEMPTS: { path: 'sms.maxAttempts', kind: 'int' },
  SMS_BACKOFF_BASE_SECONDS: { path: 'sms.backoffBaseSeconds', kind: 'int' },
  SMS_QUIET_HOURS_START: { path: 'sms.quietHoursStart', kind: 'string' },
  SMS_QUIET_HOURS_END: { path: 'sms.quietHoursEnd', kind: 'string' },
  SMS_CAMPAIGN_APPROVAL_ABOVE: { path: 'sms.campaignApprovalAbove', kind: 'int' },
  CARE_LOOKAHEAD_DAYS: { path: 'care.lookaheadDays', kind: 'int' },
  CARE_SEND_HOUR: { path: 'care.sendHour', kind: 'int' },
  FILES_STORAGE: { path: 'files.storage', kind: 'string' },
  FILES_MAX_FILE_MB: { path: 'files.maxFileMb', kind: 'int' },
  FILES_S3_BUCKET: { path: 'files.s3.bucket', kind: 'string' },
  FILES_S3_REGION: { path: 'files.s3.region', kind: 'string' },
  FILES_S3_ENDPOINT: { path: 'files.s3.endpoint', kind: 'string' },
  FILES_S3_FORCE_PATH_STYLE: { path: 'files.s3.forcePathStyle', kind: 'boolean' },
  FILES_S3_ACCESS_KEY_ID: { path: 'files.s3.accessKeyId', kind: 'string', secret: true },
  FILES_S3_SECRET_ACCESS_KEY: { path: 'files.s3.secretAccessKey', kind: 'string', secret: true },
  FILES_S3_PREFIX: { path: 'files.s3.prefix', kind: 'string' },
  BACKUP_DIR: { path: 'backups.directory', kind: 'string' },
  BACKUP_KEEP_DAYS: { path: 'backups.keepDays', kind: 'int' },
  BACKUP_KEEP_FILES: { path: 'backups.keepFiles', kind: 'int' },
  REPORTS_GENERATED_RETENTION_DAYS: { path: 'reports.generatedRetentionDays', kind: 'int' },
  DOCUMENTS_MAX_FILE_MB: { path: 'documents.maxFileMb', kind: 'int' },
  LOG_LEVEL: { path: 'log.level', kind: 'string' },
};
