import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WriteClearedCache } from '../../database/write-cleared-cache';
import { UserAccount } from '../../users/entities/user-account.entity';
import { Customer } from '../customers/entities/customer.entity';
import { InteractionType } from './entities/interaction-type.entity';
import { Plan } from './entities/plan.entity';

/** How long another replica's change may take to show in a to-do. */
const TODO_ANSWER_MS = 2000;

/**
 * To-dos by user and business day, for two seconds, as the JSON of their counts and buckets
 * in UTF-8 (TodoService.todo): the to-do is every coordinator's start page, and reading and
 * building its four buckets with their counts, customers and names cost some 5 ms of CPU a
 * request (2,000 overdue plans); a kept one is only sent. Any write in this process of what
 * a to-do shows (plans, and the customers, types and staff they name) forgets them all, so
 * one's own change shows at once (WriteClearedCache); the answer is the same whoever reads
 * it (phones are always masked), so a manager looking at a colleague shares the colleague's.
 */
@Injectable()
export class TodoAnswers extends WriteClearedCache<Buffer> {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource, TODO_ANSWER_MS, [Plan, Customer, InteractionType, UserAccount]);
  }
}
