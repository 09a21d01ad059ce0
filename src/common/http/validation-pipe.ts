import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { msg } from '../i18n/msg';
import { cacheValidationMetadata } from '../validation/validation-metadata-cache';
import { validationDetails } from './validation-details';

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
  cacheValidationMetadata();
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    // The target names the DTO class, whose rules give the messages' values; it is not sent.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const details = validationDetails(errors);
      const fields = [...new Set(details.map((detail) => detail.field))];
      return DomainError.badRequest(
        fields.length ? msg('validation.failed', { fields }) : msg('validation.failedRequest'),
        details,
        'VALIDATION_FAILED',
      );
    },
  });
}
