import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../../access/access.module';
import { AuthModule } from '../../auth/auth.module';
import { SignInSummaryRegistry } from '../../auth/sign-in-summary.registry';
import { NotificationTextRegistry } from '../../notifications/notification-text.registry';
import { NotificationsModule } from '../../notifications/notifications.module';
import { JobRegistry } from '../../jobs/job-registry';
import { UsersModule } from '../../users/users.module';
import { CustomerErasureHooks } from '../customers/customer-erasure-hooks';
import { CustomerOverviewRegistry } from '../customers/customer-overview.registry';
import { CustomersModule } from '../customers/customers.module';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { AdminFollowUpCyclesController } from './admin-follow-up-cycles.controller';
import { AdminInteractionTypesController } from './admin-interaction-types.controller';
import { FollowUpCycle } from './entities/follow-up-cycle.entity';
import { Interaction } from './entities/interaction.entity';
import { InteractionType } from './entities/interaction-type.entity';
import { Plan } from './entities/plan.entity';
import { FollowUpCyclesService } from './follow-up-cycles.service';
import { InteractionErasure } from './interaction-erasure';
import { InteractionOverviewSections } from './interaction-overview-sections';
import { InteractionTypesController } from './interaction-types.controller';
import { InteractionTypesService } from './interaction-types.service';
import { InteractionViews } from './interaction-views';
import { InteractionsController } from './interactions.controller';
import { PlanAssignees } from './plan-assignees';
import { PlanNotificationTexts } from './plan-notification-texts';
import { PlanRemindersService } from './plan-reminders.service';
import { PlanWriter } from './plan-writer';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';
import { InteractionsService } from './interactions.service';
import { TodoController } from './todo.controller';
import { TodoService } from './todo.service';
import { WorkController } from './work.controller';
import { WorkService } from './work.service';

/**
 * Interactions (§4): types, plans and the to-do workspace, delegation, contact records,
 * follow-up cycles and reminders, work results; sections of the customer 360 view.
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
    InteractionViews,
    PlanAssignees,
    PlanWriter,
    PlansService,
    InteractionsService,
    TodoService,
    WorkService,
    FollowUpCyclesService,
    InteractionOverviewSections,
    PlanRemindersService,
    InteractionErasure,
    PlanNotificationTexts,
  ],
  exports: [InteractionTypesService, InteractionsService],
})
export class InteractionsModule implements OnModuleInit {
  constructor(
    private readonly overview: CustomerOverviewRegistry,
    private readonly signIn: SignInSummaryRegistry,
    private readonly sections: InteractionOverviewSections,
    private readonly todo: TodoService,
    private readonly jobs: JobRegistry,
    private readonly cycles: FollowUpCyclesService,
    private readonly reminders: PlanRemindersService,
    private readonly erasureHooks: CustomerErasureHooks,
    private readonly erasure: InteractionErasure,
    private readonly notificationTexts: NotificationTextRegistry,
    private readonly planTexts: PlanNotificationTexts,
  ) {}

  onModuleInit(): void {
    this.erasureHooks.register({ name: 'interactions', erase: (customerId, m) => this.erasure.erase(customerId, m) });
    this.notificationTexts.register(this.planTexts);
    this.overview.register({ key: 'plans', load: (id, principal) => this.sections.plansOf(id, principal) });
    this.overview.register({ key: 'interactions', load: (id, principal) => this.sections.interactionsOf(id, principal) });
    this.signIn.register({
      key: 'todo',
      load: async (principal) => (principal.ability.can('read', 'Interaction') ? this.todo.counts(principal.id) : null),
    });
    this.jobs.register({
      name: 'follow-up-cycles',
      description: 'Plans a follow-up for the owner of each customer not contacted within the cycle of their level or status',
      cron: '0 6 * * *',
      maxIntervalMinutes: 26 * 60,
      leaseSeconds: 1800,
      run: ({ now }) => this.cycles.planStaleCustomers(now),
    });
    this.jobs.register({
      name: 'plan-reminders',
      description: 'Reminds assignees of plans about to fall due, in the inbox and by SMS where enabled',
      cron: '*/5 * * * *',
      maxIntervalMinutes: 30,
      leaseSeconds: 300,
      run: ({ now }) => this.reminders.remindDue(now),
    });
  }
}
