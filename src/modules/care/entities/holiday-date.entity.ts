import { Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Col } from '../../../database/columns';

/**
 * A date an admin set for a holiday of the dictionary: the dates of a holiday the system has
 * no rule for, or a year's date of a built-in one that replaces the rule for that year.
 */
@Entity('holiday_date')
@Unique(['holidayCode', 'date'])
export class HolidayDate {
  @PrimaryGeneratedColumn() id: number;
  /** a holiday code of the dictionary */
  @Col.string(32) holidayCode: string;
  /** `YYYY-MM-DD` */
  @Col.date() date: string;
  @Col.createdAt() createdAt: Date;
}
