import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Col } from '../../../database/columns';
import { LibraryDocument } from '../../documents/entities/library-document.entity';
import { Notice } from './notice.entity';

/**
 * A document of the library attached to a notice. Only the link is kept: the document's
 * own visibility decides who sees it beside the notice and who may download it.
 */
@Entity('bulletin_attachment')
@Index(['documentId'])
export class NoticeAttachment {
  @Col.intKey() noticeId: number;
  @ManyToOne(() => Notice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id' })
  notice?: Notice;
  @Col.intKey() documentId: number;
  @ManyToOne(() => LibraryDocument)
  @JoinColumn({ name: 'document_id' })
  document?: LibraryDocument;
  /** the order the author listed them in */
  @Col.int() position: number;
}
