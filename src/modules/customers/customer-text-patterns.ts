import { Brackets, ObjectLiteral, WhereExpressionBuilder } from 'typeorm';

/** `alias.terms` (a customer's search text) holding a term of one of a search's ranges (the values like0, like1 …). */
export function customerTextPatterns(values: ObjectLiteral, alias: string): Brackets {
  return new Brackets((or: WhereExpressionBuilder) => {
    for (let i = 0; `like${i}` in values; i += 1) or.orWhere(`${alias}.terms LIKE :like${i}`);
  });
}
