import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ScriptSearchTerm } from './entities/script-search-term.entity';
import { scriptSearchTerms, type SearchableScript } from './script-search-terms';

/** Rows one insert writes: two parameters each, well under SQL Server's 2,100. */
const ROWS_PER_INSERT = 500;

/** Keeps script_search_term in step with the live scripts, in the writer's transaction. */
@Injectable()
export class ScriptIndex {
  async write(m: EntityManager, scriptId: number, script: SearchableScript): Promise<void> {
    await this.remove(m, scriptId);
    const rows = scriptSearchTerms(script).map((term) => ({ term, scriptId }));
    const repository = m.getRepository(ScriptSearchTerm);
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
      await repository.insert(rows.slice(i, i + ROWS_PER_INSERT));
  }

  async remove(m: EntityManager, scriptId: number): Promise<void> {
    await m.getRepository(ScriptSearchTerm).delete({ scriptId });
  }
}
