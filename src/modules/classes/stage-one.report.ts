import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { DomainError } from '../../common/errors/domain-error';
import { msg, type Msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import { Contributes } from '../../common/registry/contributes.decorator';
import { CustomersApi } from '../customers/customers.api';
import { DictionaryService } from '../dictionary/dictionary.service';
import { RegionService } from '../dictionary/region.service';
import { EnrolmentMoney, type EnrolmentMoneyFigures } from '../finance/enrolment-money';
import type { ReportChart } from '../reports/report-chart';
import type { ReportDefinition } from '../reports/report-definition';
import type { ReportFact } from '../reports/report-fact';
import type { ReportParameters } from '../reports/report-parameter';
import type { ReportResult, ReportRow } from '../reports/report-result';
import type { ReportSection } from '../reports/report-section';
import { ReportRegistry } from '../reports/report.registry';
import { shareOf } from '../reports/share-of';
import type { ClassDetailView } from './class-detail.view';
import { ClassDetails } from './class-details';
import { ClassRows } from './class-rows';
import { Attendance } from './entities/attendance.entity';
import { Enrolment } from './entities/enrolment.entity';
import type { EnrolmentEvent } from './entities/enrolment-event.entity';
import { ENROLMENT_PEOPLE } from './enrolment/enrolment-people';
import { enteredStage } from './entered-stage';
import type { ClassStatus } from './class-status';
import type { EnrolmentStatus } from './enrolment/enrolment-status';
import { StageOneEvents, type StageOneEvent } from './stage-one-events';

/** One student of the roster, with what the other modules say of them. */
interface Student {
  enrolment: Enrolment;
  tr2: boolean;
  ta: boolean;
  attended: number;
  money: EnrolmentMoneyFigures | null;
}

/**
 * Whose students the report lists: those the reader's records cover (a coordinator, the
 * students they enrolled), or all of them for whoever sees all the money (finance), since
 * the report is theirs too.
 */
function rosterScope(principal: Principal): RecordScope {
  const money = RecordScope.forMoney(principal);
  return money.everyone ? money : RecordScope.of(principal);
}

const MONEY_KEYS = ['dueFen', 'paidFen', 'refundedFen', 'outstandingFen'] as const;

/**
 * 一阶段报告 (§8.11), written by hand until now: one stage-one (TR1) class's facts, head coach
 * and staff, groups, the roster (introducer, assistant, coach, group, commitment, attendance,
 * money), dropouts with dates and reasons, re-joins, transfers, graduates, how many went on
 * to TR2 and TA so far, and the money. Within what the reader may see: a coordinator's
 * roster is the students they enrolled; money only where RecordScope.forMoney covers the
 * row; phones, masked as the lists show them, only for those who may reveal one (not finance).
 */
@Contributes(ReportRegistry)
export class StageOneReport implements ReportDefinition {
  readonly key = 'stage-one';
  readonly title = 'reports.stageOne.title' as const;
  readonly ability = ['read', 'Enrolment'] as const;
  readonly parameters = ['classId'] as const;
  readonly required = ['classId'] as const;

  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly rows: ClassRows,
    private readonly details: ClassDetails,
    private readonly events: StageOneEvents,
    private readonly customers: CustomersApi,
    private readonly money: EnrolmentMoney,
    private readonly dictionary: DictionaryService,
    private readonly regions: RegionService,
    private readonly calendar: BusinessCalendar,
  ) {}

  async run(principal: Principal, parameters: ReportParameters): Promise<ReportResult> {
    const m = this.enrolments.manager;
    const trainingClass = await this.rows.find(m, Number(parameters.classId));
    if (trainingClass.course?.stage !== 1)
      throw DomainError.badRequest(
        msg('reports.stageOne.notStageOne', { id: trainingClass.id }),
        [{ field: 'classId', messages: [msg('reports.stageOne.notStageOneDetail')] }],
        'REPORT_PARAMETER_INVALID',
      );
    const detail = await this.details.of(m, trainingClass);
    const scope = rosterScope(principal);
    const students = await this.students(principal, scope, trainingClass.id);
    const showMoney = principal.ability.can('read', 'Receivable');
    const showPhone = principal.ability.can('revealPhone', 'Customer');
    const events = await this.events.of(scope, trainingClass.id);
    const people = await this.customers.summaries([
      ...students.flatMap(({ enrolment }) => [
        enrolment.customerId,
        ...(enrolment.introducerId ? [enrolment.introducerId] : []),
      ]),
      ...events.map((event) => event.customerId),
    ]);
    const name = (id: number | null) => (id === null ? '' : (people.get(id)?.name ?? ''));
    const coaches = new Map(
      [...detail.staff.map((member) => member.coach)].map((coach) => [coach.id, coach.name]),
    );
    const groups = new Map(detail.groups.map((group) => [group.id, group.name]));
    const statusLabel = (status: EnrolmentStatus) =>
      translate(msg(`enrolment.status.${status}` as const));
    const days = await this.classDays(trainingClass.id);

    const roster: ReportRow[] = students.map(({ enrolment, attended, money, tr2, ta }) => ({
      name: name(enrolment.customerId),
      ...(showPhone ? { mobile: people.get(enrolment.customerId)?.mobile ?? '' } : {}),
      status: statusLabel(enrolment.status),
      group: enrolment.groupId ? (groups.get(enrolment.groupId) ?? '') : '',
      assistant: enrolment.assistantCoachId ? (coaches.get(enrolment.assistantCoachId) ?? '') : '',
      coach: enrolment.coachId ? (coaches.get(enrolment.coachId) ?? '') : '',
      introducer: name(enrolment.introducerId),
      commitment: enrolment.referralCommitment,
      attended,
      attendance: days ? shareOf(attended, days) : null,
      promoted: translate(
        msg(
          ta ? 'reports.stageOne.toTa' : tr2 ? 'reports.stageOne.toTr2' : 'reports.stageOne.notYet',
        ),
      ),
      ...(showMoney
        ? { paidFen: money?.paidFen ?? null, outstandingFen: money?.outstandingFen ?? null }
        : {}),
    }));
    const sum = (values: (number | null | undefined)[]) =>
      values.reduce<number>((total, value) => total + (value ?? 0), 0);
    const moneyShown = students.filter((student) => student.money);
    const totals: ReportRow = {
      name: translate(msg('reports.stageOne.studentsTotal', { count: students.length })),
      commitment: sum(students.map(({ enrolment }) => enrolment.referralCommitment)),
      attended: sum(students.map((student) => student.attended)),
      ...(showMoney
        ? {
            paidFen: sum(moneyShown.map((student) => student.money?.paidFen)),
            outstandingFen: sum(moneyShown.map((student) => student.money?.outstandingFen)),
          }
        : {}),
    };
    const entered = students.filter(({ enrolment }) => enrolment.status !== 'refunded');
    const promotion = {
      students: entered.length,
      tr2: entered.filter((student) => student.tr2).length,
      ta: entered.filter((student) => student.ta).length,
    };
    const classes = await this.rows.byIds(
      m,
      events.flatMap((event) => [event.classId, ...(event.fromClassId ? [event.fromClassId] : [])]),
    );
    const className = (id: number | null) => {
      const named = id === null ? undefined : classes.get(id);
      return named
        ? translate(
            msg('reports.classLabel', { course: named.course?.name ?? '', term: named.term }),
          )
        : '';
    };

    /** A student's moves of one kind into or out of the class: re-joins, transfers. */
    const moves = (kind: 'rejoined' | 'transferred', title: Msg): ReportSection => ({
      title,
      columns: [
        { key: 'name', label: msg('reports.stageOne.name'), kind: 'text' },
        { key: 'date', label: msg('reports.stageOne.date'), kind: 'text' },
        { key: 'fromClass', label: msg('reports.stageOne.fromClass'), kind: 'text' },
        { key: 'toClass', label: msg('reports.stageOne.toClass'), kind: 'text' },
      ],
      rows: events
        .filter((event) => event.kind === kind)
        .map((event) => ({
          name: name(event.customerId),
          date: this.dateOf(event),
          fromClass: className(event.fromClassId),
          toClass: className(event.classId),
        })),
    });
    const groupRows = this.groupRows(detail, students);
    const sections: ReportSection[] = [
      {
        title: msg('reports.stageOne.groups'),
        columns: [
          { key: 'group', label: msg('reports.stageOne.group'), kind: 'text' },
          { key: 'assistant', label: msg('reports.stageOne.groupAssistant'), kind: 'text' },
          { key: 'students', label: msg('reports.classEntry.students'), kind: 'count' },
          { key: 'tr2', label: msg('reports.classEntry.tr2'), kind: 'count' },
          { key: 'ta', label: msg('reports.classEntry.ta'), kind: 'count' },
        ],
        rows: groupRows,
      },
      {
        title: msg('reports.stageOne.dropouts'),
        columns: [
          { key: 'name', label: msg('reports.stageOne.name'), kind: 'text' },
          { key: 'date', label: msg('reports.stageOne.date'), kind: 'text' },
          { key: 'reason', label: msg('reports.stageOne.reason'), kind: 'text' },
          { key: 'notes', label: msg('reports.stageOne.notes'), kind: 'text' },
        ],
        rows: await this.dropoutRows(events, name),
      },
      moves('rejoined', msg('reports.stageOne.rejoins')),
      moves('transferred', msg('reports.stageOne.transfers')),
      {
        title: msg('reports.stageOne.graduates'),
        columns: [
          { key: 'name', label: msg('reports.stageOne.name'), kind: 'text' },
          { key: 'date', label: msg('reports.stageOne.date'), kind: 'text' },
        ],
        rows: events
          .filter((event) => event.kind === 'graduated' && event.classId === trainingClass.id)
          .map((event) => ({ name: name(event.customerId), date: this.dateOf(event) })),
      },
      {
        title: msg('reports.stageOne.promotion'),
        columns: [
          { key: 'students', label: msg('reports.classEntry.students'), kind: 'count' },
          { key: 'tr2', label: msg('reports.classEntry.tr2'), kind: 'count' },
          { key: 'tr2Rate', label: msg('reports.classEntry.tr2Rate'), kind: 'percent' },
          { key: 'ta', label: msg('reports.classEntry.ta'), kind: 'count' },
          { key: 'taRate', label: msg('reports.classEntry.taRate'), kind: 'percent' },
          { key: 'commitment', label: msg('reports.stageOne.commitment'), kind: 'count' },
        ],
        rows: [
          {
            ...promotion,
            tr2Rate: shareOf(promotion.tr2, promotion.students),
            taRate: shareOf(promotion.ta, promotion.students),
            commitment: totals.commitment,
          },
        ],
      },
      ...(showMoney ? [this.moneySection(students)] : []),
    ];

    return {
      columns: [
        { key: 'name', label: msg('reports.stageOne.name'), kind: 'text' },
        ...(showPhone
          ? [{ key: 'mobile', label: msg('reports.stageOne.mobile'), kind: 'text' as const }]
          : []),
        { key: 'status', label: msg('reports.stageOne.status'), kind: 'text' },
        { key: 'group', label: msg('reports.stageOne.group'), kind: 'text' },
        { key: 'assistant', label: msg('reports.stageOne.assistant'), kind: 'text' },
        { key: 'coach', label: msg('reports.stageOne.coach'), kind: 'text' },
        { key: 'introducer', label: msg('reports.stageOne.introducer'), kind: 'text' },
        { key: 'commitment', label: msg('reports.stageOne.commitment'), kind: 'count' },
        { key: 'attended', label: msg('reports.stageOne.attended'), kind: 'count' },
        { key: 'attendance', label: msg('reports.stageOne.attendance'), kind: 'percent' },
        { key: 'promoted', label: msg('reports.stageOne.promoted'), kind: 'text' },
        ...(showMoney
          ? [
              { key: 'paidFen', label: msg('reports.stageOne.paid'), kind: 'fen' as const },
              {
                key: 'outstandingFen',
                label: msg('reports.stageOne.outstanding'),
                kind: 'fen' as const,
              },
            ]
          : []),
      ],
      rows: roster,
      totals,
      facts: this.facts(detail, days),
      sections,
      charts: this.charts(students, detail, groupRows, showMoney),
    };
  }

  /** The class's students in scope, in the order they enrolled, with their promotion so far. */
  private async students(
    principal: Principal,
    scope: RecordScope,
    classId: number,
  ): Promise<Student[]> {
    const query = this.enrolments
      .createQueryBuilder('e')
      .select('e.id', 'id')
      .addSelect(enteredStage(2), 'tr2')
      .addSelect(enteredStage(3), 'ta')
      .where('e.classId = :classId', { classId })
      .orderBy('e.enrolledAt', 'ASC')
      .addOrderBy('e.id', 'ASC');
    scope.where(query, 'e', ENROLMENT_PEOPLE);
    const flags = await query.getRawMany<{ id: number; tr2: unknown; ta: unknown }>();
    const ids = flags.map((row) => Number(row.id));
    const [rows, attended, money] = await Promise.all([
      ids.length ? this.enrolments.findBy({ classId }) : Promise.resolve([]),
      this.attendedDays(classId),
      this.money.of(ids),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const forMoney = RecordScope.forMoney(principal);
    return flags.flatMap((flag) => {
      const enrolment = byId.get(Number(flag.id));
      if (!enrolment) return [];
      return [
        {
          enrolment,
          tr2: flag.tr2 !== null,
          ta: flag.ta !== null,
          attended: attended.get(enrolment.id) ?? 0,
          money: forMoney.covers(enrolment, ENROLMENT_PEOPLE)
            ? (money.get(enrolment.id) ?? null)
            : null,
        },
      ];
    });
  }

  /** Days each student attended (present or late), counted in the database. */
  private async attendedDays(classId: number): Promise<Map<number, number>> {
    const rows = await this.enrolments.manager
      .createQueryBuilder(Attendance, 'a')
      .select('a.enrolmentId', 'enrolmentId')
      .addSelect(`SUM(CASE WHEN a.status IN ('present', 'late') THEN 1 ELSE 0 END)`, 'attended')
      .where('a.classId = :classId', { classId })
      .groupBy('a.enrolmentId')
      .getRawMany<{ enrolmentId: number; attended: number | string }>();
    return new Map(rows.map((row) => [Number(row.enrolmentId), Number(row.attended)]));
  }

  /** The class days on which attendance was taken. */
  private async classDays(classId: number): Promise<number> {
    const row = await this.enrolments.manager
      .createQueryBuilder(Attendance, 'a')
      .select('COUNT(DISTINCT a.day)', 'days')
      .where('a.classId = :classId', { classId })
      .getRawOne<{ days: number | string }>();
    return Number(row?.days ?? 0);
  }

  private facts(detail: ClassDetailView, days: number): ReportFact[] {
    const region = [
      detail.provinceCode ? this.regions.provinceName(detail.provinceCode) : undefined,
      detail.cityCode ? this.regions.cityName(detail.cityCode) : undefined,
    ]
      .filter(Boolean)
      .join(' ');
    const byRole = (role: string) =>
      detail.staff
        .filter((member) => member.role === role)
        .map((member) => member.coach.name)
        .join('、');
    return [
      { label: msg('reports.stageOne.course'), value: detail.course.name },
      { label: msg('reports.stageOne.term'), value: String(detail.term) },
      {
        label: msg('reports.stageOne.dates'),
        value: translate(
          msg('reports.stageOne.dateRange', { from: detail.startDate, to: detail.endDate }),
        ),
      },
      { label: msg('reports.stageOne.venue'), value: detail.venue ?? '' },
      { label: msg('reports.stageOne.region'), value: region },
      {
        label: msg('reports.stageOne.classStatus'),
        value: translate(msg(`classes.status.${detail.status as ClassStatus}` as const)),
      },
      {
        label: msg('reports.stageOne.capacity'),
        value: detail.capacity === null ? '' : String(detail.capacity),
      },
      { label: msg('reports.stageOne.enrolled'), value: String(detail.enrolled) },
      { label: msg('reports.stageOne.classDays'), value: String(days) },
      { label: msg('reports.stageOne.headCoach'), value: detail.headCoach?.name ?? '' },
      ...(['assistant', 'coach', 'forward_assistant', 'interview_coach', 'guest_speaker'] as const)
        .map((role) => ({ label: msg(`coaches.kinds.${role}` as const), value: byRole(role) }))
        .filter((fact) => fact.value),
      {
        label: msg('reports.stageOne.groups'),
        value: detail.groups
          .map((group) =>
            group.assistant ? `${group.name}（${group.assistant.name}）` : group.name,
          )
          .join('、'),
      },
    ];
  }

  private groupRows(detail: ClassDetailView, students: Student[]): ReportRow[] {
    const rows = [
      ...detail.groups.map((group) => ({
        id: group.id as number | null,
        group: group.name,
        assistant: group.assistant?.name ?? '',
      })),
      { id: null, group: translate(msg('reports.stageOne.noGroup')), assistant: '' },
    ];
    return rows
      .map((row) => {
        const members = students.filter(
          ({ enrolment }) => enrolment.groupId === row.id && enrolment.status !== 'refunded',
        );
        return {
          group: row.group,
          assistant: row.assistant,
          students: members.length,
          tr2: members.filter((member) => member.tr2).length,
          ta: members.filter((member) => member.ta).length,
        };
      })
      .filter((row, i) => i < detail.groups.length || row.students > 0);
  }

  private async dropoutRows(
    events: StageOneEvent[],
    name: (id: number) => string,
  ): Promise<ReportRow[]> {
    const reasons = await this.dictionary.labels('dropout_reason');
    return events
      .filter((event) => event.kind === 'dropped')
      .map((event) => ({
        name: name(event.customerId),
        date: this.dateOf(event),
        reason: event.reasonCode ? (reasons.get(event.reasonCode) ?? event.reasonCode) : '',
        notes: event.notes ?? '',
      }));
  }

  private moneySection(students: Student[]): ReportSection {
    const shown = students.flatMap((student) => (student.money ? [student] : []));
    const sum = (pick: (student: Student) => number) =>
      shown.reduce((total, student) => total + pick(student), 0);
    return {
      title: msg('reports.stageOne.money'),
      columns: [
        { key: 'students', label: msg('reports.classEntry.students'), kind: 'count' },
        { key: 'feeFen', label: msg('reports.stageOne.fee'), kind: 'fen' },
        { key: 'discountFen', label: msg('reports.stageOne.discount'), kind: 'fen' },
        { key: 'dueFen', label: msg('reports.financeClasses.due'), kind: 'fen' },
        { key: 'paidFen', label: msg('reports.financeClasses.paid'), kind: 'fen' },
        { key: 'refundedFen', label: msg('reports.financeClasses.refunded'), kind: 'fen' },
        { key: 'outstandingFen', label: msg('reports.financeClasses.outstanding'), kind: 'fen' },
      ],
      rows: [
        {
          students: shown.length,
          feeFen: sum(({ enrolment }) => enrolment.feeFen),
          discountFen: sum(({ enrolment }) => enrolment.discountFen),
          ...Object.fromEntries(
            MONEY_KEYS.map((key) => [key, sum((student) => student.money?.[key] ?? 0)]),
          ),
        },
      ],
    };
  }

  private charts(
    students: Student[],
    detail: ClassDetailView,
    groups: ReportRow[],
    showMoney: boolean,
  ): ReportChart[] {
    const byStatus = new Map<EnrolmentStatus, number>();
    for (const { enrolment } of students)
      byStatus.set(enrolment.status, (byStatus.get(enrolment.status) ?? 0) + 1);
    const charts: ReportChart[] = [
      {
        kind: 'pie',
        title: msg('reports.stageOne.statusChart'),
        categories: [...byStatus.keys()].map((status) =>
          translate(msg(`enrolment.status.${status}` as const)),
        ),
        series: [{ name: msg('reports.classEntry.students'), values: [...byStatus.values()] }],
      },
      {
        kind: 'bar',
        title: msg('reports.stageOne.groupChart'),
        categories: groups.map((row) => String(row.group)),
        series: (['students', 'tr2', 'ta'] as const).map((key) => ({
          name: msg(`reports.classEntry.${key}`),
          values: groups.map((row) => Number(row[key])),
        })),
      },
    ];
    if (showMoney) {
      const shown = students.filter((student) => student.money);
      const byGroup = new Map<number | null, { paid: number; outstanding: number }>();
      for (const { enrolment, money } of shown) {
        const figures = byGroup.get(enrolment.groupId) ?? { paid: 0, outstanding: 0 };
        figures.paid += money?.paidFen ?? 0;
        figures.outstanding += money?.outstandingFen ?? 0;
        byGroup.set(enrolment.groupId, figures);
      }
      const names = new Map(detail.groups.map((group) => [group.id as number | null, group.name]));
      const keys = [...byGroup.keys()];
      charts.push({
        kind: 'bar',
        title: msg('reports.stageOne.moneyChart'),
        categories: keys.map((id) => names.get(id) ?? translate(msg('reports.stageOne.noGroup'))),
        series: [
          {
            name: msg('reports.financeClasses.paid'),
            values: keys.map((id) => byGroup.get(id)?.paid ?? 0),
          },
          {
            name: msg('reports.financeClasses.outstanding'),
            values: keys.map((id) => byGroup.get(id)?.outstanding ?? 0),
          },
        ],
        money: true,
      });
    }
    return charts;
  }

  /** The day a step happened: its own date, or the business day it was recorded on. */
  private dateOf(event: Pick<EnrolmentEvent, 'onDate' | 'createdAt'>): string {
    return event.onDate ?? this.calendar.dayOf(event.createdAt).date;
  }
}
