import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError, type PersonText } from '../common/errors/domain-error';
import type { Principal } from './principal';

/** The properties of `T` that may hold a user's id. */
type UserIdProperty<T> = {
  [K in keyof T]-?: T[K] extends number | null | undefined ? K : never;
}[keyof T] &
  string;

/**
 * The properties of a record that name the people it belongs to: who made it and gets its
 * result (`owner`), who it was handed to (`assignee`), who did it (`staff`). A record is
 * someone's when any of them holds their id.
 */
export interface RecordPeople<T> {
  owner?: UserIdProperty<T>;
  assignee?: UserIdProperty<T>;
  staff?: UserIdProperty<T>;
}

/** A list filter as plain conditions: a record passes when it matches any one of them. */
export type ScopeConditions = Record<string, number>[];

const PARAMETER = 'recordScopeUserId';

/**
 * Whose records a user may see or change (§4.1.2, §8.2), the one answer for lists, details,
 * changes, exports and reports: their own and those handed to them; everyone's for those
 * who may monitor the staff's work (`monitor Interaction`, managers by default).
 *
 * A customer's plans and records are shared with everyone who may read interactions, so
 * that nobody plans a call blind (§4.1.2, §8.2); `ofCustomer` gives that wider scope for
 * lists and details reached through a customer. Changes are never widened by it: they stay
 * with the people on the record and those who monitor.
 *
 * The list filter (`conditions`, `where`) and the per-record check (`covers`) come from the
 * same two facts, so a list never shows what its detail refuses, and the other way round.
 */
export class RecordScope {
  private constructor(
    /** the user asking */
    readonly userId: number,
    /** every record is in scope: the user monitors, or the records are one customer's */
    readonly everyone: boolean,
  ) {}

  static of(principal: Pick<Principal, 'id' | 'ability'>): RecordScope {
    return new RecordScope(principal.id, principal.ability.can('monitor', 'Interaction'));
  }

  /**
   * Whose money (receivables, payments, refunds) a user may see: everyone's for finance and
   * managers (`monitor Receivable`) and for whoever records payments; else only that of the
   * students they enrolled themselves (§4.2.3: money is not every colleague's business).
   */
  static forMoney(principal: Pick<Principal, 'id' | 'ability'>): RecordScope {
    const { ability } = principal;
    return new RecordScope(
      principal.id,
      ability.can('monitor', 'Receivable') || ability.can('create', 'Payment'),
    );
  }

  /** The scope over one customer's records (shared with every reader); as it is without one. */
  ofCustomer(customerId: number | null | undefined): RecordScope {
    return customerId ? new RecordScope(this.userId, true) : this;
  }

  /**
   * The user whose records a view of one person's work shows (to-do, work results): the
   * asker when none is asked for; another user only within scope, else 403 with `refusal`.
   */
  forUser(requested: number | undefined, refusal: PersonText, code?: string): number {
    this.assertMayAsk([requested], refusal, code);
    return requested ?? this.userId;
  }

  /** Refuses a list filter that asks for other users' records outside the scope. */
  assertMayAsk(userIds: readonly (number | undefined)[], refusal: PersonText, code?: string): void {
    if (this.everyone) return;
    if (userIds.some((id) => id !== undefined && id !== this.userId)) {
      throw DomainError.forbidden(refusal, code);
    }
  }

  /**
   * The list filter as plain conditions (a TypeORM `where` array: any one admits a record),
   * or null when every record is in scope.
   */
  conditions<T>(people: RecordPeople<T>): ScopeConditions | null {
    if (this.everyone) return null;
    return propertiesOf(people).map((property) => ({ [property]: this.userId }));
  }

  /** Narrows a list query on `alias` to the records in scope; portable SQL, bound parameter. */
  where<Q extends ObjectLiteral, T>(
    query: SelectQueryBuilder<Q>,
    alias: string,
    people: RecordPeople<T>,
  ): SelectQueryBuilder<Q> {
    const conditions = this.conditions(people);
    if (!conditions) return query;
    const sql = conditions
      .map((condition) => `${alias}.${Object.keys(condition)[0]} = :${PARAMETER}`)
      .join(' OR ');
    return query.andWhere(`(${sql})`, { [PARAMETER]: this.userId });
  }

  /**
   * The values where() binds, for a statement built once per shape and bound per request
   * (PreparedQueryShapes): whether it narrows at all belongs in the shape (`narrows`).
   */
  whereValues(): ObjectLiteral {
    return this.everyone ? {} : { [PARAMETER]: this.userId };
  }

  /** Whether where() narrows a list (the user does not see every record). */
  get narrows(): boolean {
    return !this.everyone;
  }

  /** The record is the user's own or handed to them, whatever else they may see. */
  holds<T>(record: T, people: RecordPeople<T>): boolean {
    return propertiesOf(people).some((property) => record[property] === this.userId);
  }

  /** The record is in scope: the per-record form of `conditions`. */
  covers<T>(record: T, people: RecordPeople<T>): boolean {
    return this.everyone || this.holds(record, people);
  }

  assertCovers<T>(record: T, people: RecordPeople<T>, refusal: PersonText, code?: string): void {
    if (!this.covers(record, people)) throw DomainError.forbidden(refusal, code);
  }
}

function propertiesOf<T>(people: RecordPeople<T>): UserIdProperty<T>[] {
  const properties = [people.owner, people.assignee, people.staff].filter(
    (property) => property !== undefined,
  );
  // Naming no column would hide every record from all but monitors: the caller's mistake.
  if (!properties.length)
    throw new Error('RecordScope: name at least one column that holds a user id');
  return properties;
}
