import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { Clock } from '../../common/clock';
import { JobLock } from './job-lock.entity';

/**
 * Who runs a job when several replicas share one database (DESIGN.md §8): a lease in
 * `job_lock`, taken by one conditional UPDATE that the database serialises, so of two
 * replicas asking at once exactly one is told yes. A lease that is not released (the process
 * died) lapses at `lease_until`.
 */
@Injectable()
export class JobLeaseService {
  /** this process: readable in the table, unique even for two processes on one host */
  readonly holder = `${hostname().slice(0, 80)}:${process.pid}:${randomBytes(6).toString('hex')}`;

  constructor(
    @InjectRepository(JobLock) private readonly locks: Repository<JobLock>,
    private readonly clock: Clock,
  ) {}

  /**
   * Creates the job's lease row unless it exists. Runs outside any transaction on purpose:
   * on PostgreSQL a failed INSERT would abort the transaction around it.
   */
  async ensure(name: string): Promise<void> {
    if (await this.locks.existsBy({ name })) return;
    try {
      await this.locks.insert({
        name,
        holder: null,
        leaseUntil: null,
        acquiredAt: null,
        createdAt: this.clock.now(),
      });
    } catch (error) {
      // A replica starting at the same moment created it first: that is all we wanted.
      if (!(error instanceof QueryFailedError)) throw error;
    }
  }

  /**
   * Takes (or extends, when this process holds it) the lease for `leaseSeconds`. True when
   * this process now holds it.
   */
  async acquire(name: string, leaseSeconds: number): Promise<boolean> {
    if (await this.tryAcquire(name, leaseSeconds)) return true;
    // No row yet (a job registered after start-up): create it and ask once more.
    if (await this.locks.existsBy({ name })) return false;
    await this.ensure(name);
    return this.tryAcquire(name, leaseSeconds);
  }

  /** Frees the lease if this process holds it; another holder's lease is left alone. */
  async release(name: string): Promise<void> {
    await this.locks
      .createQueryBuilder()
      .update(JobLock)
      .set({ holder: null, leaseUntil: null })
      .where('name = :name AND holder = :me', { name, me: this.holder })
      .execute();
  }

  /** The lease rows of the named jobs, for the health check and the admin list. */
  async find(names: string[]): Promise<JobLock[]> {
    if (names.length === 0) return [];
    return this.locks.createQueryBuilder('l').where('l.name IN (:...names)', { names }).getMany();
  }

  private async tryAcquire(name: string, leaseSeconds: number): Promise<boolean> {
    const now = this.clock.now();
    const result = await this.locks
      .createQueryBuilder()
      .update(JobLock)
      .set({
        holder: this.holder,
        leaseUntil: new Date(now.getTime() + leaseSeconds * 1000),
        acquiredAt: now,
      })
      .where('name = :name AND (lease_until IS NULL OR lease_until < :now OR holder = :me)', {
        name,
        now,
        me: this.holder,
      })
      .execute();
    return result.affected === 1;
  }
}
