import type { EntityManager } from 'typeorm';
import type { Principal } from '../../access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { DocumentVisibility } from './document-visibility';
import { LibraryDocument } from './entities/library-document.entity';

/**
 * The live document by id if the principal sees it, else the same 404 as for no document:
 * an id of a document shown to other roles cannot be told from a missing one. With
 * `toChange`, a document the principal sees but may not change answers 403.
 */
export async function visibleDocument(
  m: EntityManager,
  principal: Principal,
  id: number,
  toChange = false,
): Promise<LibraryDocument> {
  const row = await m.getRepository(LibraryDocument).findOneBy({ id });
  if (!row || row.deletedAt !== null || !DocumentVisibility.sees(principal, row))
    throw DomainError.notFound(msg('documents.entity.document'), id);
  if (toChange && !DocumentVisibility.mayChange(principal, row))
    throw DomainError.forbidden(msg('documents.notYours'), 'DOCUMENT_NOT_YOURS');
  return row;
}
