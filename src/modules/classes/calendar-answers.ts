import { Injectable } from '@nestjs/common';
import { TotalCache } from '../../common/pagination/total-cache';

/** The content type of the JSON the calendar's answers are kept as. */
export const JSON_TEXT = 'application/json; charset=utf-8';

/**
 * How long a calendar answer is served before it is worked out again. The calendar changes a
 * few times a day and is read all day by everyone; writes in this process clear it at once, so
 * this is how late another replica's writes show. Working an answer out holds up the requests
 * waiting for it (tens of milliseconds under load): with five seconds that was every 99th
 * request of a busy minute.
 */
export const CALENDAR_ANSWER_MS = 30_000;

/**
 * Answers about the training calendar that are the same for every user who may ask them —
 * the classes of a period (the bulletin board's calendar), who is free in a period — kept a
 * few seconds, each worked out once however many ask at the same moment (TotalCache). Every
 * write to courses, classes, their staff, coaches or their unavailable periods in this
 * process clears them once committed; another replica's writes show within
 * CALENDAR_ANSWER_MS. A stale "free" never lets a clash through: assigning a coach checks
 * their time again in its own transaction.
 *
 * Provided by the courses module, the lowest of the calendar's modules, so that courses,
 * coaches and classes can all clear it.
 */
@Injectable()
export class CalendarAnswers {
  // Kept as the UTF-8 bytes sent: an answer of a quarter's classes is about 100 KB of mostly
  // Chinese text, and serialising and encoding it again for every request cost more than
  // everything else the request does (a third of the server's time under load).
  readonly schedule = new TotalCache<Buffer>(CALENDAR_ANSWER_MS, 200);
  readonly availability = new TotalCache<Buffer>(CALENDAR_ANSWER_MS, 200);

  /** After a committed write that may change a calendar answer. */
  clear(): void {
    this.schedule.clear();
    this.availability.clear();
  }

  /** Runs `write` (its transaction), then clears: what it committed is what readers see next. */
  async afterWrite<T>(write: Promise<T>): Promise<T> {
    const result = await write;
    this.clear();
    return result;
  }
}
