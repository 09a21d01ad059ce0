import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../../users/users.module';
import { ClassesModule } from '../classes/classes.module';
import { DocumentsModule } from '../documents/documents.module';
import { BulletinCalendarService } from './bulletin-calendar.service';
import { BulletinController } from './bulletin.controller';
import { BulletinSignIn } from './bulletin.sign-in';
import { NoticeAttachment } from './entities/notice-attachment.entity';
import { NoticeRead } from './entities/notice-read.entity';
import { NoticeRole } from './entities/notice-role.entity';
import { Notice } from './entities/notice.entity';
import { NoticeAccess } from './notice-access';
import { NoticeAttachments } from './notice-attachments';
import { NoticeBoardService } from './notice-board.service';
import { NoticeReadsService } from './notice-reads.service';
import { NoticeViews } from './notice-views';
import { NoticesService } from './notices.service';

/**
 * The bulletin board (§6, 公示板): notices written by clerks, managers and admins for all staff
 * or chosen roles, shown for a period, pinned or not; read receipts and the unread figure at
 * sign-in (bulletin.sign-in.ts); the course calendar of the coming weeks, read through the
 * classes module's schedule; attachments from the document library, shown to each reader as
 * the library's own visibility allows (NoticeAttachments).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Notice, NoticeRole, NoticeRead, NoticeAttachment]),
    UsersModule,
    ClassesModule,
    DocumentsModule,
  ],
  controllers: [BulletinController],
  providers: [
    NoticeAccess,
    NoticeAttachments,
    NoticeViews,
    NoticeBoardService,
    NoticesService,
    NoticeReadsService,
    BulletinCalendarService,
    BulletinSignIn,
  ],
})
export class BulletinModule {}
