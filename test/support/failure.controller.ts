import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../../src/access/decorators';

/**
 * Mounted only by the error-shape test: real failures (a programming error, a broken
 * query) to prove that nothing of them reaches the client or the log.
 */
@Controller('test-failures')
export class FailureController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('error')
  @Public()
  error(): never {
    throw new TypeError("Cannot read properties of undefined (reading 'password_hash')");
  }

  /** Declares no access policy: the guard must refuse it to everyone. */
  @Get('undeclared')
  undeclared(): string {
    return 'should never be served';
  }

  @Get('query')
  @Public()
  async query(): Promise<unknown> {
    return this.dataSource.query('SELECT password_hash FROM no_such_table WHERE secret = 1');
  }
}
