import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import type { DictionaryType } from '../dictionary/dictionary-type';
import {
  IMPORT_COLUMNS,
  REASON_TITLE,
  normalizeTitle,
  titleOfField,
  type Choice,
  type ImportColumn,
  type ImportField,
} from './customer-sheet';
import { CreateCustomerDto } from './dto/create-customer.dto';
import { unescapeFormula } from '../../common/spreadsheet/formula-escape';
import type { SheetRow } from '../../common/spreadsheet/sheet-row-reader';
import { validationDetails } from '../../common/http/validation-details';
import { msg, type Msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';

/** A column of the uploaded file: where it is, what it holds, and its title as uploaded. */
export interface HeaderColumn {
  index: number;
  title: string;
  column: ImportColumn;
}

/** Label (or code) → code, per dictionary: what a clerk may type in a coded column. */
export type DictionaryLabels = Map<DictionaryType, Map<string, string>>;

export interface ParsedRow {
  number: number;
  /** the row's cells in header order, as uploaded: what the rejected-rows file shows */
  original: string[];
  dto: Partial<CreateCustomerDto>;
  /** the owner's user name, when the row names one */
  owner?: string;
  problems: ErrorDetail[];
}

const BY_TITLE = new Map(IMPORT_COLUMNS.map((column) => [column.title, column]));

/**
 * The columns of the header row, matched by title. Optional columns may be missing; a
 * missing required one, an unknown or a repeated title refuses the file before any row is
 * read, so that data never lands in the wrong field.
 */
export function readHeader(cells: string[]): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  cells.forEach((cell, index) => {
    const title = normalizeTitle(cell);
    if (!title || title === REASON_TITLE) return;
    const column = BY_TITLE.get(title);
    if (!column) unknown.push(cell.trim().slice(0, 40));
    else if (columns.some((known) => known.column === column)) repeated.push(title);
    else columns.push({ index, title: cell.trim(), column });
  });
  const missing = IMPORT_COLUMNS.filter(
    (column) => column.required && !columns.some((known) => known.column === column),
  ).map((column) => column.title);
  const details: ErrorDetail[] = [
    ...missing.map((title) => ({
      field: title,
      messages: [msg('customers.import.missingColumnDetail')],
    })),
    ...unknown.map((title) => ({
      field: title,
      messages: [msg('customers.import.unknownColumnDetail')],
    })),
    ...repeated.map((title) => ({
      field: title,
      messages: [msg('customers.import.repeatedColumnDetail')],
    })),
  ];
  if (details.length) {
    const problems = [
      ...(missing.length ? [msg('customers.import.missingColumns', { titles: missing })] : []),
      ...(unknown.length ? [msg('customers.import.unknownColumns', { titles: unknown })] : []),
      ...(repeated.length ? [msg('customers.import.repeatedColumns', { titles: repeated })] : []),
    ];
    throw DomainError.badRequest(
      msg('customers.import.header', { problems }),
      details,
      'IMPORT_HEADER',
    );
  }
  return columns;
}

/**
 * Turns one spreadsheet row into the fields of a new customer, with the checks the API's
 * DTO makes (lengths, formats) done by the same class-validator rules. Dictionary and
 * region codes, phones and dates are checked afterwards by CustomerInput, as for the API.
 */
export class ImportRowParser {
  constructor(
    private readonly header: HeaderColumn[],
    private readonly labels: DictionaryLabels,
  ) {}

  /** null for a row with nothing in the known columns: spreadsheets end in blank rows. */
  parse(row: SheetRow): ParsedRow | null {
    const original = this.header.map(({ index }) => row.cells[index] ?? '');
    if (original.every((text) => !text.trim())) return null;
    const problems: ErrorDetail[] = [];
    const plain: Record<string, unknown> = {};
    let owner: string | undefined;
    this.header.forEach(({ column }, i) => {
      const text = unescapeFormula(original[i].trim());
      if (!text) return;
      if (column.field === 'owner') {
        owner = text;
        return;
      }
      const value = this.value(column, text);
      if (value === undefined)
        problems.push({ field: column.field, messages: [this.choiceMessage(column, text)] });
      else plain[column.field] = value;
    });
    for (const column of IMPORT_COLUMNS) {
      if (
        column.required &&
        plain[column.field] === undefined &&
        !problems.some((p) => p.field === column.field)
      ) {
        problems.push({ field: column.field, messages: [msg('customers.import.required')] });
      }
    }
    const dto = plainToInstance(CreateCustomerDto, plain);
    const flagged = new Set(problems.map((problem) => problem.field));
    // Targets kept: they name the DTO, whose rules give the messages (validationDetails).
    for (const error of validateSync(dto, { validationError: { target: true, value: false } })) {
      if (flagged.has(error.property)) continue;
      problems.push({
        field: error.property,
        messages: validationDetails([error]).flatMap((detail) => detail.messages),
      });
      flagged.add(error.property);
    }
    // A field the DTO refused is not passed on, so that it is reported once.
    const accepted: Partial<CreateCustomerDto> = dto;
    for (const field of flagged) delete accepted[field as keyof CreateCustomerDto];
    return { number: row.number, original, dto: accepted, owner, problems };
  }

  /** The value for the DTO, or undefined when a fixed-choice cell holds none of the choices. */
  private value(column: ImportColumn, text: string): unknown {
    switch (column.field as ImportField) {
      case 'otherPhones':
        return text
          .split(/[,，;；、/\n]+/)
          .map((phone) => phone.trim())
          .filter(Boolean);
      case 'birthday':
        return dateText(text);
      default:
        if (column.choices) return choose(column.choices, text);
        if (column.dictionary) return this.code(column.dictionary, text);
        return text;
    }
  }

  private code(type: DictionaryType, text: string): string {
    const codes = this.labels.get(type);
    return codes?.get(text) ?? codes?.get(text.toLowerCase()) ?? text;
  }

  private choiceMessage(column: ImportColumn, text: string): Msg {
    const choices = (column.choices ?? []).map((choice) => `${choice.label} (${choice.code})`);
    return msg('customers.import.unknownChoice', { text: text.slice(0, 40), choices });
  }
}

/**
 * Label or code → code, from the active entries of a dictionary. Codes also match in lower
 * case (`a` for `A`); a label two entries share matches neither.
 */
export function labelMap(entries: { code: string; label: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  const shared = new Set<string>();
  for (const { code, label } of entries) {
    if (map.has(label) && map.get(label) !== code) shared.add(label);
    map.set(label, code);
  }
  for (const label of shared) map.delete(label);
  for (const { code } of entries) {
    map.set(code, code);
    if (!map.has(code.toLowerCase())) map.set(code.toLowerCase(), code);
  }
  return map;
}

function choose(choices: readonly Choice[], text: string): string | undefined {
  const lower = text.toLowerCase();
  return choices.find(
    (choice) =>
      choice.code === text || choice.label === text || choice.code.toLowerCase() === lower,
  )?.code;
}

/** `2024/5/1`, `2024.05.01`, `2024年5月1日` → `2024-05-01`; anything else as typed, for the DTO to refuse. */
function dateText(text: string): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return text;
  return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
}

/** `手机：必须是 11 位中国大陆手机号码` — a reason a person can match to a cell, in their language. */
export function reasonText(problem: ErrorDetail): string {
  return translate(
    msg('customers.import.reason', {
      title: titleOfField(problem.field),
      messages: problem.messages,
    }),
  );
}
