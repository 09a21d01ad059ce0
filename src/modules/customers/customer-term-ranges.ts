import { Brackets, ObjectLiteral, WhereExpressionBuilder } from 'typeorm';

/** `alias.term` within one of a search's ranges (the values from0/to0, from1/to1 …). */
export function customerTermRanges(values: ObjectLiteral, alias: string): Brackets {
  return new Brackets((or: WhereExpressionBuilder) => {
    for (let i = 0; `from${i}` in values; i += 1)
      or.orWhere(`${alias}.term BETWEEN :from${i} AND :to${i}`);
  });
}
