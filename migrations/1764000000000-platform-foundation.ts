import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** Accounts, sessions, sign-in throttling, role settings, audit log and inbox. */
export class PlatformFoundation1764000000000 implements MigrationInterface {
  name = 'PlatformFoundation1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);

    await runner.createTable(
      new Table({
        name: 'app_user',
        columns: [
          k.id(),
          k.string('username', 64),
          k.string('display_name', 100),
          k.string('role', 16),
          k.string('status', 16, { default: "'active'" }),
          k.string('password_hash', 255),
          k.bool('must_change_password', true),
          k.datetime('password_changed_at', { isNullable: true }),
          k.string('totp_secret', 64, { isNullable: true }),
          k.string('totp_pending_secret', 64, { isNullable: true }),
          k.bool('totp_enabled', false),
          k.int('totp_last_step', { isNullable: true }),
          k.text('grants', { isNullable: true }),
          k.text('denials', { isNullable: true }),
          k.string('email', 254, { isNullable: true }),
          k.string('mobile', 20, { isNullable: true }),
          k.datetime('frozen_at', { isNullable: true }),
          k.string('frozen_reason', 200, { isNullable: true }),
          k.datetime('disabled_at', { isNullable: true }),
          k.datetime('last_login_at', { isNullable: true }),
          k.int('session_generation', { default: 0 }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        uniques: [k.unique('app_user', ['username'])],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'auth_session',
        columns: [
          k.id(),
          k.int('user_id'),
          k.string('refresh_hash', 64),
          k.int('generation'),
          k.datetime('expires_at'),
          k.datetime('revoked_at', { isNullable: true }),
          k.string('revoked_reason', 32, { isNullable: true }),
          k.string('ip', 64, { isNullable: true }),
          k.string('user_agent', 512, { isNullable: true }),
          k.datetime('created_at'),
          k.datetime('last_refreshed_at'),
        ],
        indices: [k.index('auth_session', ['user_id'])],
        foreignKeys: [k.foreignKey('auth_session', ['user_id'], 'app_user', 'CASCADE')],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'login_throttle',
        columns: [
          k.id(),
          k.string('username', 64),
          k.int('failures', { default: 0 }),
          k.datetime('locked_until', { isNullable: true }),
          k.updatedAt(),
        ],
        uniques: [k.unique('login_throttle', ['username'])],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'role_policy',
        columns: [
          k.id(),
          k.string('role', 16),
          k.bool('require_two_factor', false),
          k.updatedAt(),
          k.version(),
        ],
        uniques: [k.unique('role_policy', ['role'])],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          k.id(),
          k.datetime('occurred_at'),
          k.int('actor_id', { isNullable: true }),
          k.string('actor_username', 64, { isNullable: true }),
          k.string('action', 64),
          k.string('outcome', 16),
          k.string('entity_type', 64, { isNullable: true }),
          k.string('entity_id', 64, { isNullable: true }),
          k.string('ip', 64, { isNullable: true }),
          k.string('user_agent', 512, { isNullable: true }),
          k.string('request_id', 64, { isNullable: true }),
          k.text('before', { isNullable: true }),
          k.text('after', { isNullable: true }),
          k.text('meta', { isNullable: true }),
        ],
        indices: [
          k.index('audit_log', ['occurred_at']),
          k.index('audit_log', ['actor_id', 'occurred_at']),
          k.index('audit_log', ['action', 'occurred_at']),
          k.index('audit_log', ['entity_type', 'entity_id']),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'notification',
        columns: [
          k.id(),
          k.int('user_id'),
          k.string('kind', 64),
          k.string('title', 200),
          k.text('body'),
          k.text('data', { isNullable: true }),
          k.datetime('read_at', { isNullable: true }),
          k.createdAt(),
        ],
        indices: [
          k.index('notification', ['user_id', 'created_at']),
          k.index('notification', ['user_id', 'read_at']),
        ],
        foreignKeys: [k.foreignKey('notification', ['user_id'], 'app_user', 'CASCADE')],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'notification',
      'audit_log',
      'role_policy',
      'login_throttle',
      'auth_session',
      'app_user',
    ]) {
      await runner.dropTable(table);
    }
  }
}
