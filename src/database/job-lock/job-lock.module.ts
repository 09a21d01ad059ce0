import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobLeaseService } from './job-lease.service';
import { JobLock } from './job-lock.entity';

/** The `job_lock` lease table and the service that takes and frees leases. */
@Module({
  imports: [TypeOrmModule.forFeature([JobLock])],
  providers: [JobLeaseService],
  exports: [JobLeaseService],
})
export class JobLockModule {}
