import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { CodeSequence } from './code-sequence.entity';

/**
 * Human codes (`C20261122001`, `G…`, `R…`): prefix plus a per-prefix sequence, unique under
 * concurrent creation. The counter is moved by one UPDATE, which the database serialises;
 * the first code of a prefix is an INSERT that a concurrent twin may win, then we update.
 */
@Injectable()
export class CodeSequenceService {
  constructor(@InjectRepository(CodeSequence) private readonly sequences: Repository<CodeSequence>) {}

  /**
   * The next code for the prefix, padded to `digits` (more digits when it runs past them).
   * Drawn in a transaction of its own: a creation that fails later leaves a gap, never a twin.
   */
  async next(prefix: string, digits = 3): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const value = await this.sequences.manager.transaction((m) => this.increment(m, prefix));
      if (value !== null) return this.format(prefix, value, digits);
      try {
        await this.sequences.insert({ prefix, last: 1 });
        return this.format(prefix, 1, digits);
      } catch (error) {
        if (!(error instanceof QueryFailedError)) throw error;
        // A concurrent request created the prefix first: go round and update it.
      }
    }
    throw new Error(`Could not draw a code for ${prefix}`);
  }

  /** UPDATE then read back in one transaction: the row lock makes the pair atomic. */
  private async increment(manager: EntityManager, prefix: string): Promise<number | null> {
    const repository = manager.getRepository(CodeSequence);
    const updated = await repository
      .createQueryBuilder()
      .update(CodeSequence)
      .set({ last: () => 'last + 1' })
      .where('prefix = :prefix', { prefix })
      .execute();
    if (updated.affected !== 1) return null;
    return (await repository.findOneOrFail({ where: { prefix } })).last;
  }

  private format(prefix: string, value: number, digits: number): string {
    return `${prefix}${String(value).padStart(digits, '0')}`;
  }
}
