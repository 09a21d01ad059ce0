import type { ApiClient } from './api-client';
import type { BenchReport } from './bench-report';
import type { BenchServer } from './bench-server';
import type { RawDatabase } from './raw-database';

/** What every part of one run works with: the servers, the signed-in users, the figures. */
export interface BenchContext {
  customers: number;
  seconds: number;
  /** clients of the main load tests */
  connections: number;
  server: BenchServer;
  bare: BenchServer;
  raw: RawDatabase;
  /** a manager: monitors everyone, reads and imports customers */
  manager: ApiClient;
  /** the first coordinator, whose to-do holds about 2,000 overdue plans */
  coordinator: ApiClient;
  /** finance: records payments, reads everyone's money */
  finance: ApiClient;
  coordinatorId: number;
  report: BenchReport;
  /** the 100,000-row xlsx file every run imports while others read */
  importFile: string;
  /** another such file, with other numbers, imported alone first */
  aloneImportFile: string;
  /** Signs the users in again: after a restart, or before a long stretch. */
  signIn(): Promise<void>;
  /** Stops and starts the real server: memory peaks then belong to what follows. */
  restart(): Promise<void>;
}
