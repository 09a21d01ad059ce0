import { RecordsFigure } from './records.staff-figures';
import { CompletedPlansFigure } from './completed-plans.staff-figures';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../../access/access.module';
import { AuthModule } from '../../auth/auth.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { UsersModule } from '../../users/users.module';
import { CustomersModule } from '../customers/customers.module';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { AdminFollowUpCyclesController } from './admin-follow-up-cycles.controller';
import { AdminInteractionTypesController } from './admin-interaction-types.controller';
import { FollowUpCycle } from './entities/follow-up-cycle.entity';
import { Interaction } from './entities/interaction.entity';
import { InteractionType } from './entities/interaction-type.entity';
import { Plan } from './entities/plan.entity';
import { FollowUpCyclesJob } from './follow-up-cycles.job';
import { FollowUpCyclesService } from './follow-up-cycles.service';
import { InteractionTypesController } from './interaction-types.controller';
import { InteractionTypesService } from './interaction-types.service';
import { InteractionViews } from './interaction-views';
import { InteractionErasure } from './interactions.erasure';
import { InteractionsOverview } from './interactions.overview';
import { InteractionsController } from './interactions.controller';
import { PlanAssignees } from './plan-assignees';
import { PlanBriefingRegistry } from './plan-briefing.registry';
import { PlanRemindersJob } from './plan-reminders.job';
import { PlanRemindersService } from './plan-reminders.service';
import { PlanWriter } from './plan-writer';
import { PlansController } from './plans.controller';
import { PlanNotificationTexts } from './plans.notification-texts';
import { PlansOverview } from './plans.overview';
import { PlansService } from './plans.service';
import { InteractionsCountSubject } from './interactions.count-subject';
import { InteractionsDashboardFigures } from './interactions.dashboard-figures';
import { InteractionsService } from './interactions.service';
import { TodoController } from './todo.controller';
import { TodoSignIn } from './todo.sign-in';
import { TodoService } from './todo.service';
import { WorkController } from './work.controller';
import { WorkService } from './work.service';
import { WorkCounts } from './work-counts';

/**
 * Interactions (§4): types, plans and the to-do workspace, delegation, contact records,
 * follow-up cycles and reminders, work results; sections of the customer 360 view, the
 * to-do counts at sign-in, erasure of contact text and the inbox texts of plans (each a
 * `@Contributes` class: `*.overview.ts`, `*.sign-in.ts`, `*.erasure.ts`, `*.job.ts`).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([InteractionType, Plan, Interaction, FollowUpCycle]),
    AccessModule,
    AuthModule,
    UsersModule,
    NotificationsModule,
    DictionaryModule,
    CustomersModule,
  ],
  controllers: [
    InteractionTypesController,
    AdminInteractionTypesController,
    PlansController,
    InteractionsController,
    TodoController,
    WorkController,
    AdminFollowUpCyclesController,
  ],
  providers: [
    InteractionTypesService,
    RecordsFigure,
    CompletedPlansFigure,
    InteractionViews,
    WorkCounts,
    PlanAssignees,
    PlanBriefingRegistry,
    PlanWriter,
    PlansService,
    InteractionsService,
    TodoService,
    WorkService,
    FollowUpCyclesService,
    PlanRemindersService,
    // what this module contributes to other modules' extension points
    InteractionErasure,
    InteractionsDashboardFigures,
    InteractionsCountSubject,
    PlanNotificationTexts,
    PlansOverview,
    InteractionsOverview,
    TodoSignIn,
    FollowUpCyclesJob,
    PlanRemindersJob,
  ],
  exports: [InteractionTypesService, InteractionsService, PlanBriefingRegistry],
})
export class InteractionsModule {}
