import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Receivable } from './entities/receivable.entity';
import { outstandingOf } from './outstanding';

/** Ids per query: SQL Server takes at most 2,100 parameters in one statement. */
const CHUNK = 1000;

/** The money of one enrolment, in fen: what is due (fee less discount), paid, refunded, owed. */
export interface EnrolmentMoneyFigures {
  dueFen: number;
  paidFen: number;
  refundedFen: number;
  outstandingFen: number;
}

/**
 * The money of enrolments, for the other modules' documents of a class (the stage-one
 * report's roster): read from the receivables, the figures finance keeps. Whether a reader
 * may see them is the caller's rule (RecordScope.forMoney).
 */
@Injectable()
export class EnrolmentMoney {
  constructor(@InjectRepository(Receivable) private readonly receivables: Repository<Receivable>) {}

  async of(enrolmentIds: readonly number[]): Promise<Map<number, EnrolmentMoneyFigures>> {
    const unique = [...new Set(enrolmentIds)];
    const figures = new Map<number, EnrolmentMoneyFigures>();
    for (let i = 0; i < unique.length; i += CHUNK) {
      const rows = await this.receivables.find({
        select: { enrolmentId: true, dueFen: true, paidFen: true, refundedFen: true, status: true },
        where: { enrolmentId: In(unique.slice(i, i + CHUNK)) },
      });
      for (const row of rows)
        figures.set(row.enrolmentId, {
          dueFen: row.dueFen,
          paidFen: row.paidFen,
          refundedFen: row.refundedFen,
          outstandingFen: outstandingOf(row),
        });
    }
    return figures;
  }
}
