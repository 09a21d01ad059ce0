import { Injectable } from '@nestjs/common';
import { UsersService } from '../../users/users.service';
import { CustomerSummaryView } from '../customers/customer-summary.view';
import { CustomersApi } from '../customers/customers.api';
import type { InteractionViewRow } from './interaction-view-row';
import { InteractionTypeRef } from './interaction-type-ref.view';
import { InteractionTypesService } from './interaction-types.service';
import type { PlanViewRow } from './plan-view-row';
import { StaffMemberView } from './staff-member.view';

/** A plan as the API shows it: with whom, what kind, and who planned and does it. */
export class PlanView {
  id: number;
  customer: CustomerSummaryView | null;
  type: InteractionTypeRef | null;
  content: string;
  dueAt: Date;
  owner: StaffMemberView | null;
  assignee: StaffMemberView | null;
  remindBySms: boolean;
  status: string;
  origin: string;
  delegatedAt: Date | null;
  delegationNote: string | null;
  completedAt: Date | null;
  completedBy: StaffMemberView | null;
  recordId: number | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  createdAt: Date;
  version: number;
}

/** A contact record as the API shows it. */
export class InteractionView {
  id: number;
  code: string;
  customer: CustomerSummaryView | null;
  type: InteractionTypeRef | null;
  channel: string;
  occurredAt: Date;
  content: string;
  outcome: string | null;
  staff: StaffMemberView | null;
  planId: number | null;
  statusTag: string | null;
  createdAt: Date;
  version: number;
}

/**
 * Turns a page of plans or records into views with three batched lookups (customers, types,
 * staff) instead of one per row.
 */
@Injectable()
export class InteractionViews {
  constructor(
    private readonly customers: CustomersApi,
    private readonly types: InteractionTypesService,
    private readonly users: UsersService,
  ) {}

  async plans(plans: PlanViewRow[]): Promise<PlanView[]> {
    const { customers, types, staff } = await this.lookups(
      plans.map((p) => p.customerId),
      plans.map((p) => p.typeId),
      plans.flatMap((p) => [p.ownerId, p.assigneeId, p.completedById ?? 0]),
    );
    return plans.map((p) => ({
      id: p.id,
      customer: customers.get(p.customerId) ?? null,
      type: types.get(p.typeId) ?? null,
      content: p.content,
      dueAt: p.dueAt,
      owner: staff.get(p.ownerId) ?? null,
      assignee: staff.get(p.assigneeId) ?? null,
      remindBySms: p.remindBySms,
      status: p.status,
      origin: p.origin,
      delegatedAt: p.delegatedAt,
      delegationNote: p.delegationNote,
      completedAt: p.completedAt,
      completedBy: p.completedById ? (staff.get(p.completedById) ?? null) : null,
      recordId: p.recordId,
      cancelledAt: p.cancelledAt,
      cancelReason: p.cancelReason,
      createdAt: p.createdAt,
      version: p.version,
    }));
  }

  async records(records: InteractionViewRow[]): Promise<InteractionView[]> {
    const { customers, types, staff } = await this.lookups(
      records.map((r) => r.customerId),
      records.map((r) => r.typeId),
      records.map((r) => r.staffId),
    );
    return records.map((r) => ({
      id: r.id,
      code: r.code,
      customer: customers.get(r.customerId) ?? null,
      type: types.get(r.typeId) ?? null,
      channel: r.channel,
      occurredAt: r.occurredAt,
      content: r.content,
      outcome: r.outcome,
      staff: staff.get(r.staffId) ?? null,
      planId: r.planId,
      statusTag: r.statusTag,
      createdAt: r.createdAt,
      version: r.version,
    }));
  }

  private async lookups(customerIds: number[], typeIds: number[], staffIds: number[]) {
    const [customers, types, accounts] = await Promise.all([
      this.customers.summaries(customerIds),
      this.types.refs(typeIds),
      this.users.staffMembers(staffIds.filter((id) => id > 0)),
    ]);
    const staff = new Map<number, StaffMemberView>(
      accounts.map((a) => [a.id, { id: a.id, displayName: a.displayName }]),
    );
    return { customers, types, staff };
  }
}
