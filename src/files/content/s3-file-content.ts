import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type CompletedPart,
} from '@aws-sdk/client-s3';
import type { FilesS3Config } from '../../config/app-config';
import type { FileContent } from './file-content';

/** S3's smallest part but the last is 5 MiB; one part is the most this holds in memory. */
const PART_BYTES = 8 * 1024 * 1024;

/**
 * Bytes as objects in an S3-compatible bucket, one object per file under `prefix + id`. A
 * file smaller than a part goes up in one PUT; a larger one as a multipart upload, a part
 * at a time, so memory stays bounded whatever the file's size.
 */
export class S3FileContent implements FileContent {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(config: FilesS3Config) {
    this.bucket = config.bucket;
    this.prefix = config.prefix;
    this.client = new S3Client({
      region: config.region || 'us-east-1',
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle,
      ...(config.accessKeyId
        ? {
            credentials: {
              accessKeyId: config.accessKeyId,
              secretAccessKey: config.secretAccessKey,
            },
          }
        : {}),
      // Checksums only where S3 demands them: many S3-compatible servers refuse the newer
      // default (trailing CRC32 in aws-chunked bodies); the store keeps its own SHA-256.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async write(fileId: string, chunks: AsyncIterable<Buffer>): Promise<void> {
    const Key = this.key(fileId);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let uploadId: string | undefined;
    const parts: CompletedPart[] = [];
    const sendPart = async () => {
      const Body = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      uploadId ??= (
        await this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key }))
      ).UploadId;
      const PartNumber = parts.length + 1;
      const sent = await this.client.send(
        new UploadPartCommand({
          Bucket: this.bucket,
          Key,
          UploadId: uploadId,
          PartNumber,
          Body,
          ContentLength: Body.length,
        }),
      );
      parts.push({ PartNumber, ETag: sent.ETag });
    };
    try {
      for await (const chunk of chunks) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= PART_BYTES) await sendPart();
      }
      if (uploadId === undefined) {
        const Body = Buffer.concat(pending, pendingBytes);
        await this.client.send(
          new PutObjectCommand({ Bucket: this.bucket, Key, Body, ContentLength: Body.length }),
        );
        return;
      }
      if (pendingBytes) await sendPart();
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key,
          UploadId: uploadId,
          MultipartUpload: { Parts: parts },
        }),
      );
    } catch (error) {
      // Parts of an abandoned upload are billed until aborted.
      if (uploadId !== undefined) {
        await this.client
          .send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key, UploadId: uploadId }))
          .catch(() => undefined);
      }
      throw error;
    }
  }

  read(fileId: string): Readable {
    const client = this.client;
    const request = new GetObjectCommand({ Bucket: this.bucket, Key: this.key(fileId) });
    // The object is asked for when the reader first wants bytes, then streamed as it comes.
    async function* pieces(): AsyncGenerator<Buffer> {
      const { Body } = await client.send(request);
      if (!Body) return;
      for await (const piece of Body as Readable) yield piece as Buffer;
    }
    return Readable.from(pieces(), { objectMode: false });
  }

  async remove(fileId: string): Promise<void> {
    // S3 answers a delete of a missing key with success, as this method promises.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(fileId) }));
  }

  /** Closes the client's connections. */
  destroy(): void {
    this.client.destroy();
  }

  private key(fileId: string): string {
    return `${this.prefix}${fileId}`;
  }
}
