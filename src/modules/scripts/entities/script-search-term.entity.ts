import { Entity, Index } from 'typeorm';
import { Col } from '../../../database/columns';

/**
 * The search index of the script library (see script-search-terms.ts): the words, Chinese
 * characters and character pairs of each live script's title, body and tags, and the pinyin
 * and initials of its title, so that a search is indexed lookups on every database.
 */
@Entity('script_search_term')
// A script's terms, replaced when it is edited and removed when it is deleted.
@Index(['scriptId'])
export class ScriptSearchTerm {
  @Col.stringKey(64) term: string;
  @Col.intKey() scriptId: number;
}
