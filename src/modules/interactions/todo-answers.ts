import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WriteClearedCache } from '../../database/write-cleared-cache';
import { UserAccount } from '../../users/entities/user-account.entity';
import { Customer } from '../customers/entities/customer.entity';
import { InteractionType } from './entities/interaction-type.entity';
import { Plan } from './entities/plan.entity';
import type { PlanView } from './interaction-views';
import type { TodoBucket } from './todo-bucket';

/** How long another replica's change may take to show in a to-do. */
const TODO_ANSWER_MS = 2000;

/** A to-do's buckets and counts, as TodoService answers them (without whose it is). */
export type TodoContent = { counts: Record<TodoBucket, number> } & Record<TodoBucket, PlanView[]>;

/**
 * To-dos by user and business day for two seconds: the to-do is the start page of every
 * coordinator and the page they come back to, and reading its four buckets, their counts and
 * names costs some twenty times a list's page. Any write in this process of what a to-do
 * shows (plans, and the customers, types and staff they name) forgets them all, so one's own
 * change shows at once (WriteClearedCache).
 */
@Injectable()
export class TodoAnswers extends WriteClearedCache<TodoContent> {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource, TODO_ANSWER_MS, [Plan, Customer, InteractionType, UserAccount]);
  }
}
