import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../../files/files.module';
import { DocumentFoldersController } from './document-folders.controller';
import { DocumentFoldersService } from './document-folders.service';
import { DocumentUploads } from './document-uploads';
import { DocumentVersionsService } from './document-versions.service';
import { DocumentViews } from './document-views';
import { DocumentsApi } from './documents.api';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { DocumentFolder } from './entities/document-folder.entity';
import { DocumentVersion } from './entities/document-version.entity';
import { LibraryDocument } from './entities/library-document.entity';

/**
 * The document library (§1.2 l: standard documents everyone takes from one place): folders,
 * documents with versions kept in the FileStore, shown to all staff or chosen roles, every
 * download audited. Other modules (the bulletin board) reach it through DocumentsApi.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([DocumentFolder, LibraryDocument, DocumentVersion]),
    FilesModule,
  ],
  controllers: [DocumentFoldersController, DocumentsController],
  providers: [
    DocumentFoldersService,
    DocumentsService,
    DocumentVersionsService,
    DocumentUploads,
    DocumentViews,
    DocumentsApi,
  ],
  exports: [DocumentsApi],
})
export class DocumentsModule {}
