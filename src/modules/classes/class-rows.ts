import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { findOrFail } from '../../database/find-or-fail';
import { updateAtVersion } from '../../database/update-at-version';
import { CLOSED_STATUSES } from './class-status';
import { TrainingClass } from './entities/training-class.entity';

/** Reading a class for a change, and the rules every change of a class shares. */
@Injectable()
export class ClassRows {
  constructor(private readonly clock: Clock) {}

  /** The class with its course, or the 404 naming it. */
  find(manager: EntityManager, id: number): Promise<TrainingClass> {
    return findOrFail(manager, TrainingClass, id, msg('entities.trainingClass'), {
      relations: { course: true },
    });
  }

  /** Classes by id with their course, for naming the classes other rows point at. */
  async byIds(manager: EntityManager, ids: number[]): Promise<Map<number, TrainingClass>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await manager
      .getRepository(TrainingClass)
      .find({ where: { id: In(unique) }, relations: { course: true } });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The class as it was at the version the change was based on, or 409. */
  async atVersion(m: EntityManager, id: number, version: number): Promise<TrainingClass> {
    const row = await this.find(m, id);
    if (row.version !== version) throw DomainError.staleVersion(msg('entities.trainingClass'));
    return row;
  }

  /** Staff and groups are part of the class: changing them moves its version on. */
  async touch(m: EntityManager, row: TrainingClass): Promise<void> {
    await updateAtVersion(
      m,
      TrainingClass,
      row,
      { updatedAt: this.clock.now() },
      msg('entities.trainingClass'),
    );
  }

  /** A finished or cancelled class keeps its staff and groups as they were. */
  assertOpen(row: TrainingClass): void {
    if (!CLOSED_STATUSES.includes(row.status)) return;
    throw DomainError.unprocessable(
      msg('classes.closed', { status: msg(`classes.status.${row.status}`) }),
      undefined,
      'CLASS_CLOSED',
    );
  }
}
