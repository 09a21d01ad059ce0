import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CodeSequence } from './code-sequence.entity';
import { CodeSequenceService } from './code-sequence.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CodeSequence])],
  providers: [CodeSequenceService],
  exports: [CodeSequenceService],
})
export class CodeSequenceModule {}
