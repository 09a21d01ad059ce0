import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError, type PersonText } from '../common/errors/domain-error';

/** Which row, at which version: the version the writer read (or the client sent). */
export interface RowAtVersion {
  id: number;
  version: number;
}

/**
 * Optimistic locking: writes `changes` only to the row as it was at `version` (the version
 * column moves on with the update), so two people saving the same record cannot overwrite
 * each other unseen. Anyone else's change in between makes it a 409 STALE_VERSION naming
 * `what` (e.g. msg('entities.plan')), never a lost update.
 */
export async function updateAtVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  at: RowAtVersion,
  changes: QueryDeepPartialEntity<T>,
  what: PersonText,
): Promise<void> {
  const where = { id: at.id, version: at.version } as unknown as FindOptionsWhere<T>;
  const result = await manager.getRepository(entity).update(where, changes);
  if (result.affected !== 1) throw DomainError.staleVersion(what);
}
