import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../access/principal';
import type { Role } from '../../access/role';
import type { LibraryDocument } from './entities/library-document.entity';

/**
 * Who sees a library document, in one place for lists, details, downloads and the facade
 * other modules call: everyone when it is shown to all staff, the roles it names, its
 * uploader, and managers (Document:monitor). Who may change it: its uploader or a manager.
 */
export const DocumentVisibility = {
  /** Limits a query over documents (`alias`) to those the principal sees. */
  where<T extends ObjectLiteral>(
    rows: SelectQueryBuilder<T>,
    alias: string,
    principal: Principal,
  ): SelectQueryBuilder<T> {
    if (principal.ability.can('monitor', 'Document')) return rows;
    return rows.andWhere(
      `(${alias}.visibleRoles IS NULL OR ${alias}.visibleRoles LIKE :visibleRole OR ${alias}.createdById = :visibleTo)`,
      { visibleRole: `%,${principal.role},%`, visibleTo: principal.id },
    );
  },

  sees(principal: Principal, document: LibraryDocument): boolean {
    return (
      document.visibleRoles === null ||
      document.visibleRoles.includes(`,${principal.role},`) ||
      this.mayChange(principal, document)
    );
  },

  mayChange(principal: Principal, document: LibraryDocument): boolean {
    return document.createdById === principal.id || principal.ability.can('monitor', 'Document');
  },

  /** `,clerk,finance,` from the roles, or null for every staff member. */
  stored(roles: readonly Role[] | null | undefined): string | null {
    return roles?.length ? `,${[...roles].sort().join(',')},` : null;
  },

  roles(stored: string | null): Role[] | null {
    return stored === null ? null : (stored.split(',').filter(Boolean) as Role[]);
  },
};
