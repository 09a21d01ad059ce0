import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { maskPhone } from '../../common/phone/mobile-number';
import { CoursesService } from '../classes/courses.service';
import { CustomersApi } from '../customers/customers.api';
import { DictionaryService } from '../dictionary/dictionary.service';
import { COACH_KINDS, type CoachKind } from './coach-kind';
import type { CoachView } from './coach.view';
import { CoachCourse } from './entities/coach-course.entity';
import { CoachKindRow } from './entities/coach-kind-row.entity';
import type { Coach } from './entities/coach.entity';

/**
 * Turns coach rows into views with a fixed number of batched reads whatever their number:
 * kinds, courses, internal coaches' customer records, course names, level labels.
 */
@Injectable()
export class CoachViews {
  constructor(
    @InjectRepository(CoachKindRow) private readonly kinds: Repository<CoachKindRow>,
    private readonly courses: CoursesService,
    private readonly customers: CustomersApi,
    private readonly dictionary: DictionaryService,
  ) {}

  async of(rows: Coach[], manager?: EntityManager): Promise<CoachView[]> {
    if (!rows.length) return [];
    const m = manager ?? this.kinds.manager;
    const ids = rows.map((row) => row.id);
    const [kindRows, courseRows, levels] = await Promise.all([
      m.getRepository(CoachKindRow).find({ where: { coachId: In(ids) } }),
      m.getRepository(CoachCourse).find({ where: { coachId: In(ids) } }),
      this.dictionary.labels('coach_level', m),
    ]);
    const customerIds = rows.flatMap((row) => (row.customerId ? [row.customerId] : []));
    const [people, gold, courseRefs] = await Promise.all([
      this.customers.summaries(customerIds),
      this.customers.goldImoMarked(customerIds),
      this.courses.refs(courseRows.map((row) => row.courseId)),
    ]);
    const kindsOf = group(kindRows, (row) => row.kind);
    const coursesOf = group(courseRows, (row) => row.courseId);
    return rows.map((row) => {
      const person = row.customerId ? people.get(row.customerId) : undefined;
      return {
        id: row.id,
        origin: row.customerId ? 'internal' : 'external',
        customerId: row.customerId,
        name: person?.name ?? row.name ?? '',
        mobile: row.customerId ? (person?.mobile ?? null) : maskPhone(row.mobile),
        organisation: row.organisation,
        goldImo: row.customerId !== null && gold.has(row.customerId),
        kinds: sortKinds(kindsOf.get(row.id) ?? []),
        level: { code: row.levelCode, label: levels.get(row.levelCode) ?? row.levelCode },
        courses: (coursesOf.get(row.id) ?? [])
          .map((id) => courseRefs.get(id))
          .filter((course) => course !== undefined)
          .sort((a, b) => a.id - b.id),
        notes: row.notes,
        active: row.active,
        createdAt: row.createdAt,
        version: row.version,
      };
    });
  }

  async one(row: Coach, manager?: EntityManager): Promise<CoachView> {
    const [view] = await this.of([row], manager);
    return view;
  }
}

/** In the catalogue's order, whatever order they were stored in. */
function sortKinds(kinds: CoachKind[]): CoachKind[] {
  return [...kinds].sort((a, b) => COACH_KINDS.indexOf(a) - COACH_KINDS.indexOf(b));
}

function group<T extends { coachId: number }, V>(
  rows: T[],
  value: (row: T) => V,
): Map<number, V[]> {
  const groups = new Map<number, V[]>();
  for (const row of rows) {
    const list = groups.get(row.coachId) ?? [];
    list.push(value(row));
    groups.set(row.coachId, list);
  }
  return groups;
}
