import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { msg } from '../i18n/msg';
import { MAX_ID } from '../validation/is-id';

/**
 * Parses a numeric id from the path. Anything else is a 400, so that a missing or odd id
 * never reaches a lookup (TypeORM's findOneBy({ id: undefined }) returns the first row).
 */
@Injectable()
export class IdParamPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9]\d{0,9}$/.test(value ?? '') || Number(value) > MAX_ID) {
      throw DomainError.badRequest(
        msg('http.badId', { value: String(value).slice(0, 40) }),
        [{ field: 'id', messages: [msg('http.badIdDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    return Number(value);
  }
}
