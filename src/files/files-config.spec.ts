import 'reflect-metadata';
import { join } from 'node:path';
import { ConfigError } from '../config/config-error';
import { loadConfig } from '../config/load-config';

const CONFIG_DIR = join(__dirname, '..', '..', 'config');
const load = (vars: Record<string, string> = {}) =>
  loadConfig({ CONFIG_DIR, NODE_ENV: 'test', ...vars });

function problemsOf(vars: Record<string, string>): string {
  try {
    load(vars);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('loadConfig did not throw');
}

describe('files configuration', () => {
  it('keeps files in the database by default, S3 unconfigured', () => {
    const config = load();
    expect(config.files).toMatchObject({ storage: 'database', maxFileMb: 100 });
    expect(config.files.s3).toMatchObject({ bucket: '', endpoint: '', forcePathStyle: false });
  });

  it('takes an S3-compatible bucket from the environment', () => {
    const config = load({
      FILES_STORAGE: 's3',
      FILES_S3_BUCKET: 'crm-files',
      FILES_S3_ENDPOINT: 'https://minio.internal:9000',
      FILES_S3_FORCE_PATH_STYLE: 'true',
      FILES_S3_ACCESS_KEY_ID: 'AKIA0000',
      FILES_S3_SECRET_ACCESS_KEY: 'very-secret',
      FILES_S3_PREFIX: 'crm/',
    });
    expect(config.files.storage).toBe('s3');
    expect(config.files.s3).toMatchObject({
      bucket: 'crm-files',
      endpoint: 'https://minio.internal:9000',
      forcePathStyle: true,
      prefix: 'crm/',
    });
  });

  it('refuses s3 without a bucket, a bad storage, endpoint or prefix, naming each', () => {
    expect(problemsOf({ FILES_STORAGE: 's3' })).toContain('files.s3.bucket (FILES_S3_BUCKET)');
    expect(problemsOf({ FILES_STORAGE: 'disk' })).toContain('files.storage (FILES_STORAGE)');
    expect(problemsOf({ FILES_S3_ENDPOINT: 'minio:9000' })).toContain(
      'files.s3.endpoint (FILES_S3_ENDPOINT)',
    );
    expect(problemsOf({ FILES_S3_PREFIX: 'crm' })).toContain('must be empty or end with /');
    expect(problemsOf({ FILES_MAX_FILE_MB: '0' })).toContain('files.maxFileMb (FILES_MAX_FILE_MB)');
  });

  it('never echoes the secret key', () => {
    expect(
      problemsOf({ FILES_S3_SECRET_ACCESS_KEY: 'x', FILES_S3_BUCKET: 'Bad_Bucket!' }),
    ).not.toContain('"x"');
  });
});
