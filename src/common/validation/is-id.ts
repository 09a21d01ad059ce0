import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min, type ValidationOptions } from 'class-validator';

/** The largest id an integer key column holds on every supported database (32-bit signed). */
export const MAX_ID = 2_147_483_647;

/**
 * The id of a record, in a body or a query: a whole number from 1 to the column's maximum.
 * A larger one would fail in the database (PostgreSQL: "out of range for type integer")
 * rather than being refused. Query fields need `@Type(() => Number)` before it.
 */
export const IsId = (options?: ValidationOptions) =>
  applyDecorators(IsInt(options), Min(1, options), Max(MAX_ID, options));
