import {
  EntityManager,
  type EntityTarget,
  type FindOptionsRelations,
  type FindOptionsWhere,
  type ObjectLiteral,
  Repository,
} from 'typeorm';
import { DomainError, type PersonText } from '../common/errors/domain-error';

export interface FindOrFailOptions<T> {
  /** the id the 404 names when `where` is not an id (a dictionary code, say) */
  shownId?: string | number;
  relations?: FindOptionsRelations<T>;
}

/**
 * The record by id (or by `where`), or the 404 that names it: `what` is the kind of record,
 * e.g. msg('entities.plan'). Takes a repository or a manager, so a transaction's manager reads
 * inside the transaction. An id that is not a whole number is simply not found: it must never
 * reach `findOneBy`, which would drop an undefined key and return the first row.
 */
export async function findOrFail<T extends ObjectLiteral>(
  source: EntityManager | Repository<T>,
  entity: EntityTarget<T>,
  key: number | FindOptionsWhere<T>,
  what: PersonText,
  options: FindOrFailOptions<T> = {},
): Promise<T> {
  const byId = typeof key !== 'object' || key === null;
  if (byId && !Number.isInteger(key)) throw DomainError.notFound(what, String(key));
  const shownId = options.shownId ?? (byId ? key : undefined);
  const where = (byId ? { id: key } : key) as FindOptionsWhere<T>;
  const manager = source instanceof EntityManager ? source : source.manager;
  const found = await manager
    .getRepository(entity)
    .findOne({ where, relations: options.relations });
  if (!found) throw DomainError.notFound(what, shownId);
  return found;
}
