import { ClassRostersApi } from './class-rosters.api';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { ClassesController } from './classes.controller';
import { ReportsModule } from '../reports/reports.module';
import { ClassReportLabels } from './class.report-labels';
import { CourseReportLabels } from './course.report-labels';
import { Course } from './entities/course.entity';
import { GoldImoRanking } from './gold-imo-ranking';
import { ClassEntryReport } from './class-entry.report';
import { StageOneRenderingSource } from './stage-one.rendering-source';
import { ReferralResultsReport } from './referral-results.report';
import { RegionalPromotionReport } from './regional-promotion.report';
import { StageOneEvents } from './stage-one-events';
import { StageOneReport } from './stage-one.report';
import { EnrolmentsCountSubject } from './enrolments.count-subject';
import { EnrolmentsDashboardFigures } from './enrolments.dashboard-figures';
import { EnrolmentsFigure } from './enrolments.staff-figures';
import { GoldImoReport } from './gold-imo.report';
import { GoldImoTaReport } from './gold-imo-ta.report';
import { ClassesService } from './classes.service';
import { CoachesModule } from '../coaches/coaches.module';
import { ClassDetails } from './class-details';
import { ClassRows } from './class-rows';
import { ClassTeamService } from './staff/class-team.service';
import { ClassGroups } from './staff/class-groups';
import { ClassStaffing } from './staff/class-staffing';
import { CoachOverview } from './staff/coach.overview';
import { CoachAvailabilityController } from './staff/coach-availability.controller';
import { CoachAvailabilityService } from './staff/coach-availability.service';
import { CoursesModule } from './courses.module';
import { ClassGroup } from './entities/class-group.entity';
import { ClassScheduleController } from './schedule/class-schedule.controller';
import { ClassScheduleService } from './schedule/class-schedule.service';
import { ScheduleFeedToken } from './schedule/schedule-feed-token.entity';
import { ScheduleFeedService } from './schedule/schedule-feed.service';
import { AccessModule } from '../../access/access.module';
import { UsersModule } from '../../users/users.module';
import { ClassStaff } from './entities/class-staff.entity';
import { TrainingClass } from './entities/training-class.entity';
import { Enrolment } from './entities/enrolment.entity';
import { EnrolmentNotificationTexts } from './enrolment/enrolment.notification-texts';
import { EnrolmentsController } from './enrolment/enrolments.controller';
import { EnrolmentsService } from './enrolment/enrolments.service';
import { FinanceModule } from '../finance/finance.module';
import { InteractionsModule } from '../interactions/interactions.module';
import { PreClassTalk } from './enrolment/pre-class-talk';
import { LeaveOnRefund } from './enrolment/leave-on-refund';
import { ClassPlaces } from './enrolment/class-places';
import { EnrolmentHistory } from './enrolment/enrolment-history';
import { EnrolmentRecordService } from './enrolment/enrolment-record.service';
import { EnrolmentRecordController } from './enrolment/enrolment-record.controller';
import { AttendanceService } from './enrolment/attendance.service';
import { EnrolmentsOverview } from './enrolment/enrolments.overview';
import { EnrolmentsErasure } from './enrolment/enrolments.erasure';
import { AttendanceController } from './enrolment/attendance.controller';
import { EnrolmentEvent } from './entities/enrolment-event.entity';
import { Attendance } from './entities/attendance.entity';
import { CustomersModule } from '../customers/customers.module';
import { NotificationsModule } from '../../notifications/notifications.module';

/**
 * Courses and classes (§9.1, §9.2): which courses exist, which class of which course runs
 * when and where. The training calendar's skeleton; staff, groups, enrolment and the
 * schedule hang off it.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Course,
      TrainingClass,
      ClassStaff,
      ClassGroup,
      ScheduleFeedToken,
      Enrolment,
      EnrolmentEvent,
      Attendance,
    ]),
    AccessModule,
    UsersModule,
    DictionaryModule,
    CoursesModule,
    CoachesModule,
    ReportsModule,
    FinanceModule,
    CustomersModule,
    NotificationsModule,
    InteractionsModule,
  ],
  controllers: [
    ClassScheduleController,
    ClassesController,
    CoachAvailabilityController,
    EnrolmentsController,
    EnrolmentRecordController,
    AttendanceController,
  ],
  providers: [
    ClassesService,
    ClassReportLabels,
    CourseReportLabels,
    GoldImoRanking,
    ClassEntryReport,
    StageOneRenderingSource,
    ReferralResultsReport,
    RegionalPromotionReport,
    StageOneReport,
    StageOneEvents,
    EnrolmentsFigure,
    EnrolmentsDashboardFigures,
    EnrolmentsCountSubject,
    GoldImoReport,
    GoldImoTaReport,
    ClassStaffing,
    ClassGroups,
    ClassDetails,
    ClassRows,
    ClassTeamService,
    CoachAvailabilityService,
    ClassScheduleService,
    ScheduleFeedService,
    CoachOverview,
    EnrolmentsService,
    EnrolmentNotificationTexts,
    PreClassTalk,
    LeaveOnRefund,
    ClassPlaces,
    EnrolmentHistory,
    EnrolmentRecordService,
    AttendanceService,
    EnrolmentsOverview,
    EnrolmentsErasure,
    ClassRostersApi,
  ],
  exports: [ClassesService, ClassScheduleService, ClassRostersApi],
})
export class ClassesModule {}
