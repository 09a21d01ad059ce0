import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { DocumentsApi } from '../documents/documents.api';
import { NoticeAttachment } from './entities/notice-attachment.entity';
import type { NoticeAttachmentView } from './notice-attachment.view';

/**
 * A notice's attachments: documents of the library, reached only through DocumentsApi, so
 * the library's visibility rule decides both what an author may attach and what each reader
 * sees listed (the download itself is the library's, checked and audited there).
 */
@Injectable()
export class NoticeAttachments {
  constructor(
    @InjectRepository(NoticeAttachment) private readonly links: Repository<NoticeAttachment>,
    private readonly documents: DocumentsApi,
  ) {}

  /**
   * Refuses, naming them, the ids the author may not attach (missing, deleted, or hidden from
   * them). Called before the write's transaction opens: the library is read on its own.
   */
  async assertAttachable(author: Principal, ids: readonly number[]): Promise<void> {
    if (!ids.length) return;
    const found = new Set((await this.documents.visibleAmong(author, ids)).map((d) => d.id));
    const missing = ids.filter((id) => !found.has(id));
    if (!missing.length) return;
    const detail = msg('bulletin.attachmentsUnavailable', { ids: missing.join(', ') });
    throw DomainError.unprocessable(
      detail,
      [{ field: 'attachmentIds', messages: [detail] }],
      'ATTACHMENT_UNAVAILABLE',
    );
  }

  /** Replaces the notice's attachments by `ids`, in that order, in the write's transaction. */
  async replace(m: EntityManager, noticeId: number, ids: readonly number[]): Promise<void> {
    const repository = m.getRepository(NoticeAttachment);
    await repository.delete({ noticeId });
    if (ids.length)
      await repository.insert(
        ids.map((documentId, position) => ({ noticeId, documentId, position })),
      );
  }

  /** The ids attached to a notice, in the author's order, for the audit and the editor. */
  async idsOf(noticeId: number, m?: EntityManager): Promise<number[]> {
    const rows = await (m ?? this.links.manager).getRepository(NoticeAttachment).find({
      select: { documentId: true, position: true },
      where: { noticeId },
      order: { position: 'ASC' },
    });
    return rows.map((row) => row.documentId);
  }

  /** What `reader` sees attached to a notice: the documents the library shows them. */
  async visibleTo(reader: Principal, noticeId: number): Promise<NoticeAttachmentView[]> {
    const ids = await this.idsOf(noticeId);
    return ids.length ? this.documents.visibleAmong(reader, ids) : [];
  }
}
