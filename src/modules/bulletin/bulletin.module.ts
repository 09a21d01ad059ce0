import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../../users/users.module';
import { ClassesModule } from '../classes/classes.module';
import { BulletinCalendarService } from './bulletin-calendar.service';
import { BulletinController } from './bulletin.controller';
import { BulletinSignIn } from './bulletin.sign-in';
import { NoticeRead } from './entities/notice-read.entity';
import { NoticeRole } from './entities/notice-role.entity';
import { Notice } from './entities/notice.entity';
import { NoticeAccess } from './notice-access';
import { NoticeBoardService } from './notice-board.service';
import { NoticeReadsService } from './notice-reads.service';
import { NoticeViews } from './notice-views';
import { NoticesService } from './notices.service';

/**
 * The bulletin board (§6, 公示板): notices written by clerks, managers and admins for all staff
 * or chosen roles, shown for a period, pinned or not; read receipts and the unread figure at
 * sign-in (bulletin.sign-in.ts); the course calendar of the coming weeks, read through the
 * classes module's schedule. Attachments from the document library are not here yet: they
 * belong beside the body (NoticeView, NoticesService.create/update).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Notice, NoticeRole, NoticeRead]), UsersModule, ClassesModule],
  controllers: [BulletinController],
  providers: [
    NoticeAccess,
    NoticeViews,
    NoticeBoardService,
    NoticesService,
    NoticeReadsService,
    BulletinCalendarService,
    BulletinSignIn,
  ],
})
export class BulletinModule {}
