import { Brackets, ObjectLiteral, WhereExpressionBuilder } from 'typeorm';

/** `alias.terms` (a customer's search text) holding a term of one of a search's ranges (the values like0, like1 …). */
export function customerTextPatterns(values: ObjectLiteral, alias: string): Brackets {
  // Without a pattern the walk would take every customer for a match.
  if (!('like0' in values)) throw new Error('a search walking the customers needs like0');
  return new Brackets((or: WhereExpressionBuilder) => {
    for (let i = 0; `like${i}` in values; i += 1) or.orWhere(`${alias}.terms LIKE :like${i}`);
  });
}
