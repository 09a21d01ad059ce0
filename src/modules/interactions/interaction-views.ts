import { Injectable } from '@nestjs/common';
import { UsersService } from '../../users/users.service';
import { CustomerSummaryView } from '../customers/customer-summary.view';
import { CustomersApi } from '../customers/customers.api';
import {
  CustomerSummaryColumns,
  type CustomerSummaryRow,
} from '../customers/customer-summary-columns';
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
    const [customers, names] = await Promise.all([
      this.customers.summaries(plans.map((p) => p.customerId)),
      this.planNames(plans),
    ]);
    return plans.map((p) => planView(p, customers.get(p.customerId) ?? null, names));
  }

  /**
   * Plans read with their customer joined (the to-do's pages): the customer's summary is
   * made from the row (masked there), only types and staff are looked up.
   */
  async plansWithCustomers(
    plans: (PlanViewRow & { customer: CustomerSummaryRow | null })[],
  ): Promise<PlanView[]> {
    const names = await this.planNames(plans);
    return plans.map((p) =>
      planView(p, p.customer && CustomerSummaryColumns.view(p.customer), names),
    );
  }

  private planNames(plans: PlanViewRow[]): Promise<Names> {
    return this.names(
      plans.map((p) => p.typeId),
      plans.flatMap((p) => [p.ownerId, p.assigneeId, p.completedById ?? 0]),
    );
  }

  async records(records: InteractionViewRow[]): Promise<InteractionView[]> {
    const [customers, { types, staff }] = await Promise.all([
      this.customers.summaries(records.map((r) => r.customerId)),
      this.names(
        records.map((r) => r.typeId),
        records.map((r) => r.staffId),
      ),
    ]);
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

  private async names(typeIds: number[], staffIds: number[]): Promise<Names> {
    const [types, accounts] = await Promise.all([
      this.types.refs(typeIds),
      this.users.staffMembers(staffIds.filter((id) => id > 0)),
    ]);
    const staff = new Map<number, StaffMemberView>(
      accounts.map((a) => [a.id, { id: a.id, displayName: a.displayName }]),
    );
    return { types, staff };
  }
}

/** The types and colleagues a page of plans or records names, by id. */
interface Names {
  types: Map<number, InteractionTypeRef>;
  staff: Map<number, StaffMemberView>;
}

function planView(
  p: PlanViewRow,
  customer: CustomerSummaryView | null,
  { types, staff }: Names,
): PlanView {
  return {
    id: p.id,
    customer,
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
  };
}
