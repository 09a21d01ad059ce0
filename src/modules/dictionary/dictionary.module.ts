import { Module } from '@nestjs/common';

/** The data dictionary and China's divisions (placeholder until built). */
@Module({})
export class DictionaryModule {}
