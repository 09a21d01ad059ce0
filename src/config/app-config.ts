import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export const DATABASE_TYPES = ['sqlite', 'postgres', 'mssql'] as const;
export type DatabaseType = (typeof DATABASE_TYPES)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ServerConfig {
  @IsString() @MinLength(1) host: string;
  @IsInt() @Min(0) @Max(65535) port: number;
  @IsArray() @IsString({ each: true }) corsOrigins: string[];
  @Matches(/^\d+(kb|mb)$/i, { message: 'must look like 512kb or 1mb' }) bodyLimit: string;
  @IsBoolean() trustProxy: boolean;
  /** the built browser console, served at `/` when its index.html is there */
  @IsString() consoleDir: string;
}

export class DatabaseConfig {
  @IsIn(DATABASE_TYPES) type: DatabaseType;
  @ValidateIf((o: DatabaseConfig) => o.type === 'sqlite') @IsString() @MinLength(1) path: string;
  @IsString() url: string;
  @IsString() host: string;
  @IsInt() @Min(0) @Max(65535) port: number;
  @IsString() user: string;
  @IsString() password: string;
  @IsString() name: string;
  @IsBoolean() encrypt: boolean;
  @IsBoolean() trustServerCertificate: boolean;
  @IsBoolean() migrationsRun: boolean;
  @IsBoolean() logging: boolean;
  /** how long a request waits for a busy database (a lock held elsewhere) before it gets 503 */
  @IsInt() @Min(100) @Max(60_000) busyWaitMs: number;
}

export class AuthConfig {
  @IsString() jwtSecret: string;
  @IsInt() @Min(30) @Max(86400) accessTokenTtlSeconds: number;
  @IsInt() @Min(300) @Max(90 * 86400) refreshTokenTtlSeconds: number;
  @IsString() @MaxLength(128) adminPassword: string;
  @IsInt() @Min(10) @Max(128) passwordMinLength: number;
  @IsInt() @Min(1) @Max(100) lockoutMaxAttempts: number;
  @IsInt() @Min(1) @Max(1440) lockoutMinutes: number;
  @IsString() @MinLength(1) totpIssuer: string;
  @IsInt() @Min(1024) @Max(1048576) argon2MemoryKiB: number;
  @IsInt() @Min(1) @Max(10) argon2TimeCost: number;
}

export class BusinessConfig {
  @IsString() @MinLength(1) timeZone: string;
}

export class CustomersConfig {
  /** customer records (detail views and list pages) one user may read per business day */
  @IsInt() @Min(1) @Max(1_000_000) dailyViewQuota: number;
}

export class JobsConfig {
  /** run the scheduled jobs in this process; replicas share them through the job_lock lease */
  @IsBoolean() enabled: boolean;
}

export const SMS_PROVIDERS = ['log', 'aliyun'] as const;
export type SmsProviderName = (typeof SMS_PROVIDERS)[number];

/** Alibaba Cloud SMS (Dysmsapi 2017-05-25), used when sms.provider is aliyun. */
export class AliyunSmsConfig {
  /** required with the aliyun provider (load-config checks it) */
  @IsString() @MaxLength(128) accessKeyId: string;
  @IsString() @MaxLength(128) accessKeySecret: string;
  /** the API's host (and port): dysmsapi.aliyuncs.com, or a stand-in's in tests */
  @Matches(/^[A-Za-z0-9.-]+(:\d{1,5})?$/, { message: 'must be a host name, optionally with :port' })
  endpoint: string;
  /** https; http only for a local stand-in */
  @IsIn(['https', 'http']) protocol: 'https' | 'http';
  /** how long one request may take before it counts as failed (and is retried) */
  @IsInt() @Min(100) @Max(60_000) timeoutMs: number;
  /**
   * `key=TemplateCode` pairs: a message's template key or a prefix of it (`group:12`,
   * `group`, `care:birthday`, `care`) or its purpose (`plan-reminder`) → the approved code
   */
  @IsArray()
  @Matches(/^[a-z][a-z0-9-]*(:[A-Za-z0-9_-]+)*=SMS_[A-Za-z0-9_]{1,60}$/, {
    each: true,
    message: 'each entry must look like care=SMS_123456789 or group:12=SMS_123456789',
  })
  templateCodes: string[];
}

export class SmsConfig {
  /** log (write to the log, send nothing) or aliyun */
  @IsIn(SMS_PROVIDERS) provider: SmsProviderName;
  /** the signature 签名 a gateway puts before each text (【…】), counted in a preview's length */
  @IsString() @MaxLength(20) signName: string;
  @ValidateNested() @Type(() => AliyunSmsConfig) aliyun: AliyunSmsConfig;
  /** tries before a message is marked failed (an admin may retry it) */
  @IsInt() @Min(1) @Max(20) maxAttempts: number;
  /** wait after the first failure; doubled after each further one */
  @IsInt() @Min(1) @Max(86400) backoffBaseSeconds: number;
  /** marketing texts (group SMS) are not sent from this time of day, business time, `HH:mm` */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/) quietHoursStart: string;
  /** …until this time of day (the next morning when it is earlier than the start) */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/) quietHoursEnd: string;
  /** a group SMS to more recipients than this needs a second manager's approval */
  @IsInt() @Min(0) @Max(10_000_000) campaignApprovalAbove: number;
}

export class CareConfig {
  /** birthdays and anniversaries this many days ahead get their greeting queued (for their day) */
  @IsInt() @Min(0) @Max(30) lookaheadDays: number;
  /** the hour of the occasion's day, business time, from which its greeting may be sent */
  @IsInt() @Min(0) @Max(23) sendHour: number;
}

export const FILE_STORAGES = ['database', 's3'] as const;
export type FileStorage = (typeof FILE_STORAGES)[number];

/** An S3-compatible bucket (AWS, MinIO, Aliyun OSS, Tencent COS…) for files.storage = s3. */
export class FilesS3Config {
  /** required when files.storage is s3 (load-config checks it) */
  @ValidateIf((o: FilesS3Config) => o.bucket !== '')
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be a bucket name' })
  bucket: string;
  @IsString() region: string;
  /** empty: AWS itself; otherwise the service's address, e.g. https://minio.internal:9000 */
  @ValidateIf((o: FilesS3Config) => o.endpoint !== '')
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'must be an http(s) address' })
  endpoint: string;
  /** bucket in the path (most S3-compatible servers) instead of in the host name */
  @IsBoolean() forcePathStyle: boolean;
  /** empty: the SDK's own chain (AWS_* variables, instance role) */
  @IsString() accessKeyId: string;
  @IsString() secretAccessKey: string;
  /** put before every object key, e.g. `crm/` to share a bucket */
  @Matches(/^([A-Za-z0-9._-]+\/)*$/, { message: 'must be empty or end with /' }) prefix: string;
}

export class FilesConfig {
  /** where file contents go; their metadata is always in the database */
  @IsIn(FILE_STORAGES) storage: FileStorage;
  /** the largest file the store takes, in MB; a caller may set a smaller limit */
  @IsInt() @Min(1) @Max(2000) maxFileMb: number;
  @ValidateNested() @Type(() => FilesS3Config) s3: FilesS3Config;
}

/** SQLite only: the online backups (seed 003: daily, and one by hand before a risky change). */
export class BackupsConfig {
  /** where backups go; empty = a `backups` folder beside the database file */
  @IsString() directory: string;
  /** a backup older than this many days is deleted by the daily job… */
  @IsInt() @Min(1) @Max(3650) keepDays: number;
  /** …and so is any beyond the newest this many; the newest one is always kept */
  @IsInt() @Min(1) @Max(1000) keepFiles: number;
}

export class ReportsConfig {
  /** days a generated report file (nightly, scheduled or asked for) is kept before it is deleted */
  @IsInt() @Min(1) @Max(3650) generatedRetentionDays: number;
}

export class DocumentsConfig {
  /** the largest document of the library (and version of one), in MB; within files.maxFileMb */
  @IsInt() @Min(1) @Max(2000) maxFileMb: number;
}

export class LogConfig {
  @IsIn(LOG_LEVELS) level: LogLevel;
}

/** The whole configuration, validated once at boot and injected wherever it is needed. */
export class AppConfig {
  @ValidateNested() @Type(() => ServerConfig) server: ServerConfig;
  @ValidateNested() @Type(() => DatabaseConfig) database: DatabaseConfig;
  @ValidateNested() @Type(() => AuthConfig) auth: AuthConfig;
  @ValidateNested() @Type(() => BusinessConfig) business: BusinessConfig;
  @ValidateNested() @Type(() => CustomersConfig) customers: CustomersConfig;
  @ValidateNested() @Type(() => JobsConfig) jobs: JobsConfig;
  @ValidateNested() @Type(() => SmsConfig) sms: SmsConfig;
  @ValidateNested() @Type(() => CareConfig) care: CareConfig;
  @ValidateNested() @Type(() => FilesConfig) files: FilesConfig;
  @ValidateNested() @Type(() => BackupsConfig) backups: BackupsConfig;
  @ValidateNested() @Type(() => ReportsConfig) reports: ReportsConfig;
  @ValidateNested() @Type(() => DocumentsConfig) documents: DocumentsConfig;
  @ValidateNested() @Type(() => LogConfig) log: LogConfig;
  /** NODE_ENV, read from the environment only. */
  @IsString() env: string;
}
