import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/**
 * The hash of the refresh token a session had before its last refresh: presenting that one
 * again is a replay (the session is ended), while a made-up token is only refused.
 */
export class RefreshPreviousHash1764816000000 implements MigrationInterface {
  name = 'RefreshPreviousHash1764816000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.addColumn(
      'auth_session',
      new TableColumn(k.string('previous_refresh_hash', 64, { isNullable: true })),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('auth_session', 'previous_refresh_hash');
  }
}
