import { Controller, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { CurrentUser } from '../../src/access/current-user.decorator';
import { SignedIn } from '../../src/access/decorators';
import type { Principal } from '../../src/access/principal';
import { CodeSequence } from '../../src/database/code-sequence/code-sequence.entity';
import { IdempotencyService } from '../../src/idempotency/idempotency.service';
import { IdempotentInService } from '../../src/idempotency/idempotent-in-service.decorator';
import { requestHash } from '../../src/idempotency/request-hash';

/**
 * Mounted only by the idempotency-in-a-transaction test: a money move in miniature. It adds
 * `amount` to a counter row (a code_sequence row stands in for an account) under
 * IdempotencyService.run, optionally holding its transaction open a while (so that twins meet
 * it) or failing after its write (so that the rollback can be seen to free the key).
 */
@Controller('test-idempotency')
export class IdempotentTransferController {
  /** how many times the work began, per account, whether it committed or not */
  static readonly calls = new Map<string, number>();

  constructor(private readonly idempotency: IdempotencyService) {}

  @Post('transfers')
  @HttpCode(200)
  @SignedIn()
  @IdempotentInService()
  transfer(
    @CurrentUser() user: Principal,
    @Headers('idempotency-key') key: string,
    @Query('account') account: string,
    @Query('amount') amount: string,
    @Query('holdMs') holdMs = '0',
    @Query('fail') fail?: string,
  ): Promise<{ account: string; balance: number }> {
    const input = { account, amount: Number(amount) };
    return this.idempotency.run(key, user, requestHash('test-transfer', input), async (manager) => {
      IdempotentTransferController.calls.set(
        account,
        (IdempotentTransferController.calls.get(account) ?? 0) + 1,
      );
      await manager.increment(CodeSequence, { prefix: account }, 'last', input.amount);
      await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
      if (fail) throw new Error('the money move failed after its first write');
      const row = await manager.findOneByOrFail(CodeSequence, { prefix: account });
      return { account, balance: row.last };
    });
  }
}
