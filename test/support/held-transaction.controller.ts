import { Controller, Post, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../../src/access/decorators';

/**
 * Mounted only by the transaction-isolation test: a request whose transaction writes a row,
 * stays open for a while (as a slow business step would), then fails and rolls back, so that
 * other requests run while it is open.
 */
@Controller('test-transactions')
export class HeldTransactionController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Post('failing')
  @Public()
  async failing(@Query('prefix') prefix: string, @Query('holdMs') holdMs: string): Promise<never> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO code_sequence (prefix, last) VALUES ('${prefix.replace(/\W/g, '')}', 1)`,
      );
      await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
      throw new Error('the business step failed after its first write');
    });
    throw new Error('unreachable');
  }
}
