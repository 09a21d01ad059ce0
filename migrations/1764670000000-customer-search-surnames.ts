import { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildCustomerSearchTerms } from './support/search-terms-v1-rebuild';

/**
 * Issues 9.5 and 9.11: a customer's search terms now hold the surname reading of the family
 * name (曾 zeng, 单 shan …) beside the common one, and the digits a masked phone shows and the
 * whole number, which users who may not reveal phones search by. The stored terms of the
 * existing customers are brought in line, one window of customers at a time.
 */
export class CustomerSearchSurnames1764670000000 implements MigrationInterface {
  name = 'CustomerSearchSurnames1764670000000';

  async up(runner: QueryRunner): Promise<void> {
    await rebuildCustomerSearchTerms(runner);
  }

  async down(): Promise<void> {
    // The added terms do no harm to the older code, which never searches them.
  }
}
