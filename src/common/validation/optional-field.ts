import { applyDecorators } from '@nestjs/common';
import { ValidateBy, ValidateIf } from 'class-validator';

/**
 * A field that may be left out, but not sent as null: its column holds no null (a name, a
 * gender, a flag), so null is refused with a detail for the field instead of failing in the
 * database. Use it instead of class-validator's `@IsOptional()`, which lets null through; for a
 * field that null clears, use `@Nullable()`.
 */
export const OptionalField = () =>
  applyDecorators(
    ValidateIf((_, value) => value !== undefined),
    ValidateBy({
      name: 'notNull',
      validator: {
        validate: (value) => value !== null,
        defaultMessage: (args) =>
          `${args?.property ?? 'this field'} may not be null: leave it out to keep it as it is`,
      },
    }),
  );
