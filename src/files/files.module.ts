import { Inject, Module, OnModuleDestroy } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { DatabaseFileContent } from './content/database-file-content';
import { FILE_CONTENTS, type FileContents } from './content/file-content';
import { S3FileContent } from './content/s3-file-content';
import { FileChunk } from './entities/file-chunk.entity';
import { FileRecord } from './entities/file-record.entity';
import { FileRetentionJob } from './file-retention.job';
import { FileStore } from './file-store';
import { DocumentUpload } from './document-upload';

/**
 * The file store (FileStore): files kept for the application, in the database or an
 * S3-compatible bucket, swept when their retention ends. Import it to inject FileStore.
 */
@Module({
  imports: [TypeOrmModule.forFeature([FileRecord, FileChunk])],
  providers: [
    FileStore,
    DatabaseFileContent,
    {
      provide: FILE_CONTENTS,
      inject: [AppConfig, DatabaseFileContent],
      // The bucket whenever it is configured, so that files put there stay readable after
      // files.storage goes back to database.
      useFactory: (config: AppConfig, database: DatabaseFileContent): FileContents => ({
        database,
        ...(config.files.s3.bucket ? { s3: new S3FileContent(config.files.s3) } : {}),
      }),
    },
    FileRetentionJob,
    DocumentUpload,
  ],
  exports: [FileStore, DocumentUpload],
})
export class FilesModule implements OnModuleDestroy {
  constructor(@Inject(FILE_CONTENTS) private readonly contents: FileContents) {}

  onModuleDestroy(): void {
    (this.contents.s3 as S3FileContent | undefined)?.destroy();
  }
}
