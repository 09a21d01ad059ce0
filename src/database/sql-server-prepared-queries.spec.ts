import { join } from 'node:path';
import type { DataSource, ObjectLiteral } from 'typeorm';
import type { PreparedInsertRows } from './prepared-insert-rows';
import { parseTsql } from '../../test/support/tsql-check';

/**
 * The hot statements the platform prepares (PreparedQuery, PreparedQueryShapes), built for
 * SQL Server on a data source that is never connected, and parsed as T-SQL, as the
 * migrations are (sql-server-statements.spec.ts), the export's keyset page included.
 */
describe('the prepared hot statements, built for SQL Server', () => {
  const previousType = process.env.DB_TYPE;
  let source: DataSource;
  let built: { label: string; sql: string; values: unknown[] }[];
  let manyRowInserts: [string, PreparedInsertRows<ObjectLiteral>][];

  beforeAll(async () => {
    // Entity files read the database type as they load (their column types follow it): set it
    // before this spec loads any of them.
    process.env.DB_TYPE = 'mssql';
    const { unconnectedMssql } = await import('../../test/support/mssql-memory-runner');
    const { REQUEST_SESSION } = await import('../auth/request-session.query');
    const { INSERT_AUDIT_LOG } = await import('../audit/audit-log-insert.query');
    const { COUNT_ONE_VIEW } = await import('../modules/customers/view-quota-count.query');
    const { CUSTOMER_LIST_PAGE } = await import('../modules/customers/customer-list-page.query');
    const { CUSTOMER_EXPORT_BATCH } =
      await import('../modules/customers/customer-export-batch.query');
    const { CUSTOMER_DETAIL } = await import('../modules/customers/customer-detail.query');
    const { CUSTOMER_LIST_COUNT } = await import('../modules/customers/customer-list-count.query');
    const { CUSTOMER_SEARCH_PROBE } =
      await import('../modules/customers/customer-search-probe.query');
    const { CUSTOMER_SEARCH_MATCHES } =
      await import('../modules/customers/customer-search-matches.query');
    const { CUSTOMER_SUMMARIES } = await import('../modules/customers/customer-summaries.query');
    const { STAFF_MEMBERS } = await import('../users/staff-members.query');
    const { INTERACTION_TYPE_REFS } =
      await import('../modules/interactions/interaction-type-refs.query');
    const { INTERACTION_TYPE_RANKS } =
      await import('../modules/interactions/interaction-type-ranks.query');
    const { WORK_RECORDS_PAGE } = await import('../modules/interactions/work-records-page.query');
    const { SCHEDULE_CLASSES } = await import('../modules/classes/schedule/schedule-classes.query');
    const { TODO_BUCKET_PAGE } = await import('../modules/interactions/todo-bucket-page.query');
    const { TODO_BUCKET_COUNT } = await import('../modules/interactions/todo-bucket-count.query');
    const { TODO_BUCKETS } = await import('../modules/interactions/todo-bucket');
    const { CUSTOMER_OPEN_PLANS } =
      await import('../modules/interactions/customer-open-plans.query');
    const { CUSTOMER_RECENT_RECORDS } =
      await import('../modules/interactions/customer-recent-records.query');
    const { CUSTOMERS_BY_MOBILE } = await import('../modules/customers/customers-by-mobile.query');
    const { CUSTOMER_SEARCH_BACKLOG_IDS } =
      await import('../modules/customers/customer-search-backlog-ids.query');
    const { INSERT_CUSTOMER_ROWS } =
      await import('../modules/customers/customer-rows-insert.query');
    const { INSERT_SEARCH_TERMS } =
      await import('../modules/customers/customer-search-terms-insert.query');
    const { INSERT_SEARCH_TEXTS } =
      await import('../modules/customers/customer-search-texts-insert.query');
    const { INSERT_SEARCH_BACKLOG } =
      await import('../modules/customers/customer-search-backlog-insert.query');
    const { INSERT_STATUS_CHANGES } =
      await import('../modules/customers/customer-status-changes-insert.query');
    manyRowInserts = [
      ['customer rows insert', INSERT_CUSTOMER_ROWS],
      ['search terms insert', INSERT_SEARCH_TERMS],
      ['search texts insert', INSERT_SEARCH_TEXTS],
      ['search backlog insert', INSERT_SEARCH_BACKLOG],
      ['status changes insert', INSERT_STATUS_CHANGES],
    ];
    source = unconnectedMssql([join(__dirname, '../**/*.entity.ts')]);
    // TypeORM's own step of initialize() that needs no connection.
    await (source as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();

    const page = { page: 3, pageSize: 50 };
    const listPage = (label: string, filter: object, values: Record<string, unknown>) => {
      const [sql, bound] = CUSTOMER_LIST_PAGE.on(source, {
        filter: { ...page, ...filter },
        values,
      }).bind(values);
      return { label: `customer list: ${label}`, sql, values: bound };
    };
    const [session, sessionValues] = REQUEST_SESSION.on(source).bind({ sessionId: 7 });
    const [count, countValues] = COUNT_ONE_VIEW.on(source).bind({
      userId: 7,
      day: '2026-12-02',
      limit: 300,
    });
    const exportValues = { from0: 'zhang', to0: 'zhang\uffff', level: 'A' };
    const [exportBatch, exportBatchValues] = CUSTOMER_EXPORT_BATCH.on(source, {
      filter: { ...page },
      values: exportValues,
    }).bind({ ...exportValues, after: 250 });
    built = [
      { label: 'request session', sql: session, values: sessionValues },
      { label: 'count one view', sql: count, values: countValues },
      { label: 'audit insert', sql: INSERT_AUDIT_LOG.on(source).sql, values: [] },
      listPage('no filter', {}, {}),
      listPage(
        'search, owner, level, period, by name',
        { sort: '-name,code' },
        {
          from0: 'zhang',
          to0: 'zhang\uffff',
          from1: '138',
          to1: '138\uffff',
          ownerId: 7,
          level: 'A',
          createdFrom: new Date('2026-01-01T00:00:00Z'),
          createdTo: new Date('2026-02-01T00:00:00Z'),
        },
      ),
      listPage('deleted', { deleted: true, sort: 'createdAt' }, { category: 'student' }),
      { label: 'customer export batch', sql: exportBatch, values: exportBatchValues },
    ];
    // A common term's page, walking the list (customer-search-path.ts), and the search's
    // bounded reads: the probe of its terms, the matches it counts, an exact count.
    const common = {
      from0: 'pli',
      to0: 'pliz',
      like0: '% pli%',
      from1: 'ili',
      to1: 'iliz',
      like1: '% ili%',
      level: 'A',
    };
    const [walk, walkValues] = CUSTOMER_LIST_PAGE.on(source, {
      filter: { ...page },
      values: common,
      path: 'from-customers',
    }).bind(common);
    built.push({ label: 'customer list: common term', sql: walk, values: walkValues });
    const [probe, probeValues] = CUSTOMER_SEARCH_PROBE.on(source, { ranges: 2 }).bind(common);
    built.push({ label: 'search probe', sql: probe, values: probeValues });
    const [matches, matchValues] = CUSTOMER_SEARCH_MATCHES.on(source, {
      filter: { ...page },
      values: common,
      path: 'joined',
    }).bind(common);
    built.push({ label: 'search matches', sql: matches, values: matchValues });
    const [counted, countedValues] = CUSTOMER_LIST_COUNT.on(source, {
      filter: { ...page },
      values: common,
      path: 'from-terms',
    }).bind(common);
    built.push({ label: 'customer list count', sql: counted, values: countedValues });
    // The reads of the detail view, the to-do and the plan briefing.
    const hot = (label: string, statement: { bind(params: object): [string, unknown[]] }) => {
      const [sql, values] = statement.bind({
        id: 7,
        ids: [7, 8],
        customerId: 7,
        userId: 7,
        start: new Date('2026-12-01T16:00:00Z'),
        end: new Date('2026-12-02T16:00:00Z'),
        horizon: new Date('2026-12-09T16:00:00Z'),
      });
      built.push({ label, sql, values });
    };
    hot('customer detail', CUSTOMER_DETAIL.on(source));
    hot('customer summaries', CUSTOMER_SUMMARIES.on(source));
    hot('staff members', STAFF_MEMBERS.on(source));
    hot('interaction type refs', INTERACTION_TYPE_REFS.on(source));
    for (const bucket of TODO_BUCKETS) {
      hot(`to-do page: ${bucket}`, TODO_BUCKET_PAGE[bucket].on(source));
      hot(`to-do count: ${bucket}`, TODO_BUCKET_COUNT[bucket].on(source));
    }
    hot('customer open plans', CUSTOMER_OPEN_PLANS.on(source));
    const [schedule, scheduleValues] = SCHEDULE_CLASSES.on(source).bind({
      earliest: '2025-12-01',
      from: '2026-12-01',
      to: '2027-02-28',
      cancelled: 'cancelled',
    });
    built.push({ label: 'course calendar', sql: schedule, values: scheduleValues });
    hot('customer recent records', CUSTOMER_RECENT_RECORDS.on(source));
    // The work results: the types in their order, and a page of a person's records.
    hot('interaction type ranks', INTERACTION_TYPE_RANKS.on(source));
    hot('work records page', WORK_RECORDS_PAGE.on(source, { page: 2, pageSize: 20 }));
    hot(
      'work records page, oldest first',
      WORK_RECORDS_PAGE.on(source, { sort: 'occurredAt', page: 1, pageSize: 50 }),
    );
    // The import's lookup by mobile, and its inserts of many rows a statement (two rows here).
    const [byMobile, byMobileValues] = CUSTOMERS_BY_MOBILE.on(source).bind({
      mobiles: ['13800000000', '13900000000'],
    });
    built.push({ label: 'customers by mobile', sql: byMobile, values: byMobileValues });
    const [backlogIds, backlogIdsValues] = CUSTOMER_SEARCH_BACKLOG_IDS.on(source).bind({
      ids: [42, 43],
    });
    built.push({ label: 'search backlog ids', sql: backlogIds, values: backlogIdsValues });
    for (const [label, insert] of manyRowInserts)
      built.push({ label, sql: insert.on(source, 2).sql, values: [] });
    // Money: the receivables lists and their totals, a day's closing rows, and each statement
    // of a payment (the key's claim and answer, the method's check, the receivable's read and
    // guarded move, the receipt number's draw, the ledger row and its id).
    const { RecordScope } = await import('../access/record-scope');
    const { RECEIVABLE_LIST_PAGE } = await import('../modules/finance/receivable-list-page.query');
    const { RECEIVABLE_LIST_TOTALS } =
      await import('../modules/finance/receivable-list-totals.query');
    const { CLOSING_ENTRIES_PAGE } = await import('../modules/finance/closing-entries-page.query');
    const { RECEIVABLE_ROW } = await import('../modules/finance/receivable-row.query');
    const { RECEIVABLE_MOVES } = await import('../modules/finance/receivable-moves.query');
    const { INSERT_LEDGER_ENTRY } = await import('../modules/finance/ledger-entry-insert.query');
    const { LEDGER_ENTRY_BY_RECEIPT } =
      await import('../modules/finance/ledger-entry-by-receipt.query');
    const { IDEMPOTENCY_RECORD } = await import('../idempotency/idempotency-record.query');
    const { INSERT_IDEMPOTENCY_RECORD } = await import('../idempotency/idempotency-claim.query');
    const { STORE_IDEMPOTENCY_ANSWER } = await import('../idempotency/idempotency-answer.query');
    const { CODE_SEQUENCE_STEP } = await import('./code-sequence/code-sequence-step.query');
    const { CODE_SEQUENCE_LAST } = await import('./code-sequence/code-sequence-last.query');
    const { DICTIONARY_ACTIVE_CODE } =
      await import('../modules/dictionary/dictionary-active-code.query');
    const everyone = RecordScope.forMoney({ id: 7, ability: { can: () => true } as never });
    const own = RecordScope.forMoney({ id: 7, ability: { can: () => false } as never });
    const moneyLists: [string, Parameters<typeof RECEIVABLE_LIST_PAGE.on>[1]][] = [
      ['one class', { filter: { classId: 3 }, scope: everyone, page }],
      ['overdue, own students', { filter: { overdueBefore: '2026-12-02' }, scope: own, page }],
      [
        'not overdue, every condition, by amount',
        {
          filter: {
            courseId: 2,
            customerId: 5,
            coordinatorId: 7,
            status: 'partly_paid',
            from: new Date('2026-01-01T00:00:00Z'),
            to: new Date('2026-02-01T00:00:00Z'),
            notOverdueOn: '2026-12-02',
          },
          scope: own,
          page: { ...page, sort: '-dueFen' },
        },
      ],
    ];
    for (const [label, shape] of moneyLists) {
      const values = { ...shape.filter, ...shape.scope.whereValues() };
      const [listSql, listValues] = RECEIVABLE_LIST_PAGE.on(source, shape).bind(values);
      built.push({ label: `receivables list: ${label}`, sql: listSql, values: listValues });
      const [sumsSql, sumsValues] = RECEIVABLE_LIST_TOTALS.on(source, shape).bind(values);
      built.push({ label: `receivables totals: ${label}`, sql: sumsSql, values: sumsValues });
    }
    hot('closing sheet rows', CLOSING_ENTRIES_PAGE.on(source, { page: 2, pageSize: 20 }));
    hot('receivable row', RECEIVABLE_ROW.on(source));
    const move = { id: 7, delta: 100, updatedAt: new Date('2026-12-02T08:00:00Z') };
    for (const kind of ['pay', 'reverse'] as const) {
      const [moveSql, moveValues] = RECEIVABLE_MOVES[kind].on(source).bind(move);
      built.push({ label: `receivable move: ${kind}`, sql: moveSql, values: moveValues });
    }
    built.push({ label: 'ledger insert', sql: INSERT_LEDGER_ENTRY.on(source).sql, values: [] });
    const keyed = { userId: 7, key: 'k-1', statusCode: 200, responseBody: '{}' };
    for (const [label, statement] of [
      ['ledger entry by receipt', LEDGER_ENTRY_BY_RECEIPT.on(source).bind({ receiptCode: 'R1' })],
      ['idempotency record', IDEMPOTENCY_RECORD.on(source).bind(keyed)],
      ['idempotency answer', STORE_IDEMPOTENCY_ANSWER.on(source).bind(keyed)],
      ['code sequence step', CODE_SEQUENCE_STEP.on(source).bind({ prefix: 'R1', count: 1 })],
      ['code sequence last', CODE_SEQUENCE_LAST.on(source).bind({ prefix: 'R1' })],
      [
        'dictionary active code',
        DICTIONARY_ACTIVE_CODE.on(source).bind({
          type: 'payment_method',
          code: 'cash',
          active: true,
        }),
      ],
    ] as const) {
      built.push({ label, sql: statement[0], values: statement[1] });
    }
    built.push({
      label: 'idempotency claim',
      sql: INSERT_IDEMPOTENCY_RECORD.on(source).sql,
      values: [],
    });
  });
  afterAll(async () => {
    if (previousType === undefined) delete process.env.DB_TYPE;
    else process.env.DB_TYPE = previousType;
  });

  it("are written in SQL Server's dialect", () => {
    expect(source.driver.options.type).toBe('mssql');
    for (const statement of built) {
      // Its placeholders, its quoting, its paging.
      expect([
        statement.label,
        /@0\b/.test(statement.sql) || statement.values.length === 0,
      ]).toEqual([statement.label, true]);
      expect([statement.label, /\$\d|`/.test(statement.sql)]).toEqual([statement.label, false]);
    }
    expect(built.find((s) => s.label === 'audit insert')?.sql).toMatch(
      /^INSERT INTO "audit_log" \(.*\) VALUES \(@0, @1/,
    );
    expect(built.find((s) => s.label.includes('no filter'))?.sql).toMatch(
      /OFFSET 100 ROWS FETCH NEXT 50 ROWS ONLY$/,
    );
    expect(built.find((s) => s.label === 'to-do page: overdue')?.sql).toMatch(
      /ORDER BY .* OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY$/,
    );
    expect(built.find((s) => s.label === 'work records page')?.sql).toMatch(
      /ORDER BY "r_occurred_at" DESC, "r_id" DESC OFFSET 20 ROWS FETCH NEXT 20 ROWS ONLY$/,
    );
    expect(built.find((s) => s.label === 'customer list: common term')?.sql).toMatch(
      /EXISTS \(SELECT 1 FROM "customer_search_text" "s" WHERE "s"."customer_id" = "c"."id" AND \("s"."terms" LIKE @0 OR "s"."terms" LIKE @1\)/,
    );
    expect(built.find((s) => s.label === 'search probe')?.sql).toMatch(
      /^SELECT COUNT\(\*\) AS "total" FROM \(SELECT .* ORDER BY \(SELECT NULL\) OFFSET 0 ROWS FETCH NEXT 2001 ROWS ONLY\) "matches"$/,
    );
    expect(built.find((s) => s.label === 'to-do count: delegated')?.sql).toMatch(
      /^SELECT COUNT\(\*\) AS "total" FROM "interaction_plan"/,
    );
  });

  it("keep many-row inserts under SQL Server's 2,100 parameters and 1,000 rows", () => {
    for (const [label, insert] of manyRowInserts) {
      const rows = insert.rowsPerStatement(source);
      const { sql } = insert.on(source, rows);
      const parameters = sql.match(/@\d+\b/g)?.length ?? 0;
      expect([label, rows > 1 && rows <= 1000, parameters > 0 && parameters <= 2100]).toEqual([
        label,
        true,
        true,
      ]);
    }
  });

  it('parse as T-SQL', () => {
    const refused = built.flatMap(({ label, sql }) => {
      try {
        parseTsql(sql);
        return [];
      } catch (error) {
        return [`${label}: ${(error as Error).message.slice(0, 200)}\n  ${sql}`];
      }
    });
    expect(refused).toEqual([]);
  });
});
