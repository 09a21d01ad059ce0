import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorDetail } from '../errors/domain-error';

function flatten(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {});
    const nested = flatten(error.children ?? [], field);
    return own.length ? [{ field, messages: own }, ...nested] : nested;
  });
}

/**
 * Path parameters are left as text for their own pipes (IdParamPipe): converted here first,
 * "1e3" would arrive as 1000 and "0x10" as 16.
 */
class AppValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata) {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}

/**
 * The global pipe: unknown fields are refused (never silently stored), values are converted
 * to the DTO's types, and every fault is listed in `details` by field.
 */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const fields = [...new Set(details.map((detail) => detail.field))];
      return DomainError.badRequest(
        `Some values are not valid: ${fields.join(', ') || 'request'}. See details for each field.`,
        details,
        'VALIDATION_FAILED',
      );
    },
  });
}
