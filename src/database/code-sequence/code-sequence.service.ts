import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { RequestContext } from '../../common/request-context';
import { CodeSequence } from './code-sequence.entity';
import { CODE_SEQUENCE_LAST } from './code-sequence-last.query';
import { CODE_SEQUENCE_STEP } from './code-sequence-step.query';

/**
 * Human codes (`C20261122001`, `G…`, `R…`): prefix plus a per-prefix sequence, unique under
 * concurrent creation. The counter is moved by one UPDATE, which the database serialises;
 * the first code of a prefix is an INSERT that a concurrent twin may win, then we update.
 */
@Injectable()
export class CodeSequenceService {
  /** prefixes whose row is known to exist (a day's receipts: one a day) */
  private readonly prepared = new Set<string>();

  constructor(
    @InjectRepository(CodeSequence) private readonly sequences: Repository<CodeSequence>,
  ) {}

  /**
   * The next code for the prefix, padded to `digits` (more digits when it runs past them).
   * Drawn in a transaction of its own: a creation that fails later leaves a gap, never a twin.
   */
  async next(prefix: string, digits = 3): Promise<string> {
    return (await this.nextBlock(prefix, 1, digits))[0];
  }

  /** `count` consecutive codes in one draw, for imports. */
  async nextBlock(prefix: string, count: number, digits = 3): Promise<string[]> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      // Outside the request: the draw is not the request's business step, and must not carry
      // its Idempotency-Key claim (a create that fails after the draw did not happen).
      const last = await RequestContext.outside(() =>
        this.sequences.manager.transaction((m) => this.increment(m, prefix, count)),
      );
      if (last !== null) return this.range(prefix, last - count + 1, count, digits);
      try {
        await this.sequences.insert({ prefix, last: count });
        return this.range(prefix, 1, count, digits);
      } catch (error) {
        if (!(error instanceof QueryFailedError)) throw error;
        // A concurrent request created the prefix first: go round and update it.
      }
    }
    throw new Error(`Could not draw a code for ${prefix}`);
  }

  /**
   * The next code for the prefix drawn inside the caller's transaction (`manager`): it is
   * taken only if that transaction commits, so the codes have no gaps (receipts, which
   * auditors count). Concurrent draws wait on the prefix's row until the first commits. The
   * prefix's row is made beforehand in a transaction of its own (`prepare`), since a twin's
   * concurrent insert would abort the caller's transaction on some databases.
   */
  async nextIn(manager: EntityManager, prefix: string, digits = 3): Promise<string> {
    const last = await this.increment(manager, prefix, 1);
    if (last === null) throw new Error(`Prepare the code sequence ${prefix} before nextIn.`);
    return this.range(prefix, last, 1, digits)[0];
  }

  /** Makes sure the prefix's row exists, for `nextIn` (rows are never removed: asked once). */
  async prepare(prefix: string): Promise<void> {
    if (this.prepared.has(prefix)) return;
    if (await this.sequences.exists({ where: { prefix } })) {
      this.prepared.add(prefix);
      return;
    }
    try {
      await RequestContext.outside(() => this.sequences.insert({ prefix, last: 0 }));
    } catch (error) {
      // A concurrent request made it first: it exists, which is all that is asked.
      if (!(error instanceof QueryFailedError)) throw error;
    }
    this.prepared.add(prefix);
  }

  /** UPDATE then read back in one transaction: the row lock makes the pair atomic. */
  private async increment(
    manager: EntityManager,
    prefix: string,
    count: number,
  ): Promise<number | null> {
    const steps = Math.floor(count);
    if ((await CODE_SEQUENCE_STEP.run(manager, { prefix, count: steps })) !== 1) return null;
    return (await CODE_SEQUENCE_LAST.one(manager, { prefix }))?.last ?? null;
  }

  private range(prefix: string, first: number, count: number, digits: number): string[] {
    return Array.from(
      { length: count },
      (_, i) => `${prefix}${String(first + i).padStart(digits, '0')}`,
    );
  }
}
