import { PreparedQuery } from '../database/prepared-query';
import { AuditLog } from './entities/audit-log.entity';

/**
 * The one INSERT of an audit row, prepared: every request that reads customers writes a
 * row, and the query builder spends more time building the statement than the database
 * spends storing the row.
 */
export const INSERT_AUDIT_LOG = PreparedQuery.insert(AuditLog);
