import { Injectable } from '@nestjs/common';
import { Registry } from '../../common/registry/registry';
import type { CountSubject } from './count-subject';

/** The subjects of ad-hoc counts; a module adds its own with `@Contributes(CountSubjectRegistry)`. */
@Injectable()
export class CountSubjectRegistry extends Registry<CountSubject> {
  constructor() {
    super('Count subject', (subject) => subject.subject);
  }
}
