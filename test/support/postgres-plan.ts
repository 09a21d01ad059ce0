import type { DataSource } from 'typeorm';
import type { CapturedQuery } from './captured-queries';

/** One node of PostgreSQL's `EXPLAIN (FORMAT JSON)` plan. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Sort Key'?: string[];
  Plans?: PlanNode[];
}

/**
 * The plan PostgreSQL makes for a captured statement when a sequential scan and a sort are
 * the last resort (`enable_seqscan`, `enable_sort`, `enable_bitmapscan` off for the one
 * transaction): what remains of either is what no index can give, however large or small the
 * tables and whatever their statistics. (Test scaffolding speaks the server's dialect.)
 */
export async function planWithoutSortsOrScans(
  dataSource: DataSource,
  query: CapturedQuery,
): Promise<PlanNode> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query('SET LOCAL enable_seqscan = off');
    await runner.query('SET LOCAL enable_sort = off');
    await runner.query('SET LOCAL enable_bitmapscan = off');
    const rows: { 'QUERY PLAN': [{ Plan: PlanNode }] }[] = await runner.query(
      `EXPLAIN (FORMAT JSON) ${query.sql}`,
      query.parameters,
    );
    return rows[0]['QUERY PLAN'][0].Plan;
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}

/** Every node of a plan, the root first. */
export function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

/** The plan as an indented outline, for a failure message. */
export function outline(plan: PlanNode, depth = 0): string {
  const on = plan['Relation Name'] ? ` on ${plan['Relation Name']}` : '';
  const using = plan['Index Name'] ? ` using ${plan['Index Name']}` : '';
  const keys = plan['Sort Key'] ? ` by ${plan['Sort Key'].join(', ')}` : '';
  return [
    `${'  '.repeat(depth)}${plan['Node Type']}${using}${on}${keys}`,
    ...(plan.Plans ?? []).map((child) => outline(child, depth + 1)),
  ].join('\n');
}
