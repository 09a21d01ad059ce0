import { createDocument } from '../support/document-factory';
import { writeScript } from '../support/script-factory';
import { CapturedQueries, type CapturedQuery } from '../support/captured-queries';
import { nodesOf, outline, planWithoutSortsOrScans, type PlanNode } from '../support/postgres-plan';
import { TestApp, type TestUser } from '../support/test-app';

interface Schema {
  $ref?: string;
  type?: string;
  allOf?: Schema[];
  properties?: Record<string, Schema>;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

const PAGE_FRAME = ['items', 'total', 'page', 'pageSize'];

/** A page (`items`, `total`, `page`, `pageSize`), or an answer with a page among its fields. */
function holdsPage(
  schema: Schema | undefined,
  schemas: Record<string, Schema>,
  depth = 0,
): boolean {
  const name = schema?.$ref?.split('/').pop();
  const resolved = name ? schemas[name] : schema;
  if (!resolved || depth > 1) return false;
  const properties = Object.assign(
    {},
    resolved.properties,
    ...(resolved.allOf ?? []).map((part) => {
      const partName = part.$ref?.split('/').pop();
      return (partName ? schemas[partName] : part)?.properties ?? {};
    }),
  ) as Record<string, Schema>;
  if (PAGE_FRAME.every((field) => field in properties)) return true;
  return Object.values(properties).some((field) => holdsPage(field, schemas, depth + 1));
}

/** A statement that reads one page in an order: what an index must serve. */
const PAGE_READ = /^\s*SELECT\b[\s\S]*\bORDER BY\b[\s\S]*\b(LIMIT|OFFSET)\b/i;
const SORTS = new Set(['Sort', 'Incremental Sort']);
/** A statement that counts. */
const COUNT = /^\s*SELECT\b[\s\S]*\bCOUNT\(/i;

/**
 * Every list's default order is read from an index, on PostgreSQL as on SQLite (DESIGN §11:
 * without one, PostgreSQL sorted every live customer for each page and served 26 lists a
 * second against SQLite's 1,300). The lists are found in the API document — every GET whose
 * answer is a page or holds one — so a new module's list is checked without touching this
 * file. Each is called as a manager (an admin where the list is an admin's), without filters,
 * and the statements it runs that read a page in an order are explained with sorting and
 * sequential scans made the last resort, so that table sizes and statistics play no part:
 * a Sort node left in the plan is an order no index gives.
 *
 * No sort is accepted, not even an incremental one over rows an index found in part of the
 * order (one job's runs by time, then by id): its cost follows how many rows share the
 * index's part, and rows come in crowds that do — the care greetings of one festival day, the
 * notifications of one broadcast, the audit rows of one import share a date or an instant.
 * Nor is a sort over a set an index narrowed first (one user's inbox, one person's work): the
 * default order is the list's whole order, and those sets grow without bound too. A filter
 * the caller chooses (a customer, a status, another sort) may leave rows in an order no index
 * holds; that is not the default order and is not asked here.
 */
describe('list orders and work counts are served by indexes (PostgreSQL)', () => {
  let t: TestApp;
  let capture: CapturedQueries;
  let manager: TestUser;
  let admin: TestUser;
  let document: OpenApiDocument;

  beforeAll(async () => {
    t = await TestApp.start();
    capture = CapturedQueries.on(t.dataSource);
    manager = await t.createUser('manager');
    admin = await t.admin();
    // A notice, a document and a script, so that the lists under one (a notice's unread-by,
    // a document's or a script's versions) have a parent item to walk into.
    await t
      .post('/api/bulletin', manager.accessToken, {
        title: '索引检查',
        body: '正文',
        category: 'company',
        audience: 'all',
      })
      .expect(201);
    await createDocument(t, manager, { title: '索引检查' });
    await writeScript(t, manager.accessToken, null);
    document = (await t.get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  /** The GET operations whose answer is a page or holds one, as `/api/x/{id}/y` templates. */
  function listEndpoints(): string[] {
    return Object.entries(document.paths)
      .filter(([, methods]) => {
        const content = methods.get?.responses['200']?.content?.['application/json'];
        return holdsPage(content?.schema, document.components.schemas);
      })
      .map(([template]) => template);
  }

  /** The answer of the first caller allowed to read the list. */
  async function asSomeoneAllowed(path: string) {
    for (const caller of [manager, admin]) {
      const answer = await t.get(path, caller.accessToken);
      if (answer.status !== 403) return answer;
    }
    throw new Error(`${path}: neither a manager nor an admin may read it`);
  }

  /**
   * A path parameter's value, taken from the first item of the list one level up
   * (`/api/admin/jobs/{name}/runs` ← `/api/admin/jobs`): a new nested list needs no example.
   */
  async function fillPath(template: string): Promise<string> {
    let path = template;
    for (const [placeholder, name] of template.matchAll(/\{([^}]+)\}/g)) {
      const parent = path.slice(0, path.indexOf(placeholder) - 1);
      const answer = await asSomeoneAllowed(parent);
      const body = answer.body as { items?: unknown[] } | unknown[];
      const first = (Array.isArray(body) ? body : (body.items ?? []))[0] as
        Record<string, unknown> | undefined;
      if (first?.[name] === undefined)
        throw new Error(`${template}: no value for {${name}} in the first item of ${parent}`);
      path = path.replace(placeholder, encodeURIComponent(String(first[name])));
    }
    return path;
  }

  function describeFault(what: string, query: CapturedQuery, plan: PlanNode): string {
    return `${what}\n  SQL: ${query.sql}\n  parameters: ${JSON.stringify(query.parameters)}\n${outline(plan, 2)}`;
  }

  it('finds every list endpoint in the API document', () => {
    const templates = listEndpoints();
    // The lists there were when this check was written; new ones join by themselves.
    expect(templates).toEqual(
      expect.arrayContaining([
        '/api/customers',
        '/api/interactions',
        '/api/plans',
        '/api/work',
        '/api/care/upcoming',
        '/api/notifications',
        '/api/admin/audit-logs',
        '/api/admin/users',
        '/api/admin/sms-outbox',
        '/api/admin/jobs/{name}/runs',
      ]),
    );
  });

  /**
   * Calls a GET as someone allowed and explains the statements it ran that `pick` selects;
   * `judge` says what is wrong with a plan, if anything.
   */
  async function faultsOf(
    path: string,
    pick: RegExp,
    judge: (plan: PlanNode) => string | null,
  ): Promise<string[]> {
    let status = 0;
    const queries = await capture.during(async () => {
      status = (await asSomeoneAllowed(path)).status;
    });
    if (status !== 200) return [`GET ${path}: answered ${status}`];
    const picked = queries.filter((query) => pick.test(query.sql));
    if (!picked.length) return [`GET ${path}: ran no statement matching ${pick}`];
    const faults: string[] = [];
    for (const query of picked) {
      const plan = await planWithoutSortsOrScans(t.dataSource, query);
      const fault = judge(plan);
      if (fault) faults.push(describeFault(`GET ${path} ${fault}:`, query, plan));
    }
    return faults;
  }

  const sortsItsRows = (plan: PlanNode) =>
    nodesOf(plan).some((node) => SORTS.has(node['Node Type'])) ? 'sorts its rows' : null;

  it('reads each list’s default order from an index, never sorting its rows', async () => {
    const faults: string[] = [];
    for (const template of listEndpoints())
      faults.push(...(await faultsOf(await fillPath(template), PAGE_READ, sortsItsRows)));
    expect(faults.join('\n\n')).toBe('');
  });

  /**
   * The to-do's counts (at every sign-in, in /api/auth/me) and the work results' counts are
   * answered from an index alone (Index Only Scan), never from the table's rows.
   */
  it.each([
    ['the to-do', '/api/auth/me'],
    // A period the list check above did not ask for: work results keep their counts a few
    // seconds (WorkCounts), and a count that is not run cannot be explained.
    ['the work results', '/api/work?from=2025-01-01&to=2025-12-31'],
  ])('counts %s from covering indexes', async (_what, path) => {
    const faults = await faultsOf(path, COUNT, (plan) =>
      nodesOf(plan).every(
        (node) => !node['Relation Name'] || node['Node Type'] === 'Index Only Scan',
      )
        ? null
        : 'reads the table to count',
    );
    expect(faults.join('\n\n')).toBe('');
  });

  it('reads the to-do’s buckets in their order from indexes', async () => {
    const faults = await faultsOf('/api/todo', PAGE_READ, sortsItsRows);
    expect(faults.join('\n\n')).toBe('');
  });
});
