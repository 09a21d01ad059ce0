import { Parser } from 'node-sql-parser';

/**
 * Valid T-SQL that node-sql-parser (pinned at 5.4.0) does not parse in its `transactsql`
 * dialect. Each entry matches the construct exactly, as TypeORM's SQL Server query runner
 * writes it (a strict pattern is itself a check of that piece); the rest of the statement
 * still goes to the parser. Nothing else is let through: a statement the parser refuses and
 * no entry covers fails the test. An entry no statement needs any longer fails it too, so the
 * list only shrinks as the parser learns.
 */
export interface TsqlAllowance {
  name: string;
  /** why the statement is valid T-SQL although the parser refuses it */
  reason: string;
  pattern: RegExp;
  /** what the matched text is replaced with before parsing; `whole` checks the statement by the pattern alone */
  replacement: string | 'whole';
}

const NAME = '"[A-Za-z0-9_]+"';
const NAMES = `\\(${NAME}(?:, ${NAME})*\\)`;
const ACTION = '(?:CASCADE|NO ACTION|SET NULL|SET DEFAULT)';

export const TSQL_ALLOWANCES: readonly TsqlAllowance[] = [
  {
    name: 'named default constraint',
    reason:
      'CREATE TABLE / ALTER TABLE ADD column_constraint allows `CONSTRAINT name DEFAULT expr` ' +
      '(SQL Server docs, "column_definition"); the parser takes only CHECK after a constraint name. ' +
      'TypeORM names every default so that it can drop it later.',
    pattern: new RegExp(` CONSTRAINT ${NAME} DEFAULT `, 'g'),
    replacement: ' DEFAULT ',
  },
  {
    name: 'foreign key table constraint',
    reason:
      'CREATE TABLE allows `CONSTRAINT name FOREIGN KEY (cols) REFERENCES table (cols) ' +
      '[ON DELETE action] [ON UPDATE action]` (SQL Server docs, "table_constraint"); the ' +
      "parser's transactsql grammar has no FOREIGN KEY clause nor referential actions.",
    pattern: new RegExp(
      `, CONSTRAINT ${NAME} FOREIGN KEY ${NAMES} REFERENCES ${NAME} ${NAMES}(?: ON DELETE ${ACTION})?(?: ON UPDATE ${ACTION})?(?=, |\\)$)`,
      'g',
    ),
    replacement: '',
  },
  {
    name: 'drop constraint',
    reason:
      '`ALTER TABLE table DROP CONSTRAINT name` is how SQL Server drops a foreign key or a named ' +
      'default (SQL Server docs, "ALTER TABLE"); the parser has no DROP CONSTRAINT.',
    pattern: new RegExp(`^ALTER TABLE ${NAME} DROP CONSTRAINT ${NAME}$`),
    replacement: 'whole',
  },
];

/**
 * Other dialects' syntax that the parser lets through in its lenient `transactsql` grammar
 * but SQL Server refuses; looked for outside string literals.
 */
export const NOT_TSQL: readonly { name: string; pattern: RegExp }[] = [
  { name: 'LIMIT (SQL Server: TOP or OFFSET … FETCH)', pattern: /\bLIMIT\s+\d/i },
  { name: 'RETURNING (SQL Server: OUTPUT)', pattern: /\bRETURNING\b/i },
  { name: 'ON CONFLICT (SQL Server: MERGE)', pattern: /\bON\s+CONFLICT\b/i },
  { name: 'ILIKE', pattern: /\bILIKE\b/i },
  { name: '$n or ? placeholders (SQL Server: @n)', pattern: /\$\d+|\?/ },
  { name: 'backtick quoting', pattern: /`/ },
  { name: ':: casts', pattern: /::/ },
  { name: 'AUTOINCREMENT or SERIAL', pattern: /\b(AUTOINCREMENT|SERIAL)\b/i },
  { name: "now() or datetime('now')", pattern: /\b(now|datetime)\s*\(/i },
  { name: 'TRUE or FALSE literals (SQL Server: 1 or 0)', pattern: /\b(TRUE|FALSE)\b/i },
  { name: 'trailing comma in a list', pattern: /,\s*\)/ },
];

const parser = new Parser();

/**
 * Parses one statement as T-SQL after the allowances; returns the parser's tree (undefined
 * when an allowance checked the whole statement) and the allowances used. Throws when the
 * statement holds another dialect's syntax (NOT_TSQL) or the parser refuses it.
 */
export function parseTsql(sql: string): { ast: unknown; used: string[] } {
  let text = sql.trim();
  const outsideLiterals = text.replace(/'(?:[^']|'')*'/g, "''");
  const foreign = NOT_TSQL.find((syntax) => syntax.pattern.test(outsideLiterals));
  if (foreign) throw new Error(`not T-SQL: ${foreign.name}`);
  const used: string[] = [];
  for (const allowance of TSQL_ALLOWANCES) {
    allowance.pattern.lastIndex = 0;
    if (!allowance.pattern.test(text)) continue;
    used.push(allowance.name);
    if (allowance.replacement === 'whole') return { ast: undefined, used };
    text = text.replace(allowance.pattern, allowance.replacement);
  }
  return { ast: parser.astify(text, { database: 'transactsql' }), used };
}
