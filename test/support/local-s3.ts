import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { FilesS3Config } from '../../src/config/app-config';

/**
 * An S3-compatible server for the tests (s3rver, from npm), on the loopback address and a
 * directory of its own, with one bucket. It speaks S3's HTTP API, signatures included, so
 * the application's S3 client runs exactly as against a real bucket.
 */
export class LocalS3 {
  private constructor(
    private readonly server: S3rver,
    private readonly directory: string,
    /** the files.s3 settings that reach it */
    readonly config: FilesS3Config,
  ) {}

  static async start(bucket = 'crm-files'): Promise<LocalS3> {
    const directory = mkdtempSync(join(tmpdir(), 'crm-s3-'));
    const server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory,
      configureBuckets: [{ name: bucket, configs: [] }],
    });
    const { port } = await server.run();
    return new LocalS3(server, directory, {
      bucket,
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      // s3rver's fixed credentials: it checks the signature made with them.
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      prefix: 'test/',
    });
  }

  async close(): Promise<void> {
    await this.server.close();
    rmSync(this.directory, { recursive: true, force: true });
  }
}
