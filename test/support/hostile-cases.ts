/**
 * Hostile requests generated from the OpenAPI document (DESIGN.md §10: every write endpoint
 * and list parameter tried with missing, wrong-typed, oversized, unknown and hostile values).
 * Nothing here names a route: a new route is covered by being in the document.
 */

export interface Schema {
  type?: string;
  $ref?: string;
  allOf?: Schema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: string;
  /** OpenAPI form, `/api/customers/{id}` */
  path: string;
  parameters: Parameter[];
  /** the JSON body's schema, resolved; undefined when the operation takes no JSON body */
  body?: Schema;
  public: boolean;
}

/** One hostile request: what is sent instead of the valid values. */
export interface HostileCase {
  name: string;
  /** about the whole request rather than one field: always tried */
  always?: boolean;
  path?: Record<string, string>;
  /** query values replacing the valid ones (an array repeats the parameter; raw text as given) */
  query?: Record<string, string | string[]>;
  rawQuery?: string;
  /** the body to send, or a raw JSON text */
  body?: unknown;
  rawBody?: string;
}

const DEPTH = 10_000;
/** about 40 KB of nesting: what overflowed the stack in class-transformer */
export const DEEP_ARRAY = `${'['.repeat(2 * DEPTH)}${']'.repeat(2 * DEPTH)}`;
export const DEEP_OBJECT = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
const LONE_SURROGATE = 'a\ud800b';
const NUL = 'a\u0000b';
const HOSTILE_TEXT = `=cmd|' /C calc'!A0 <script>alert(1)</script> ' OR 1=1; DROP TABLE customer;--`;
const ODD_NUMBERS: [string, number][] = [
  ['above 2^31-1', 2_147_483_648],
  ['huge', 1e308],
  ['negative', -1],
  ['fractional', 1.5],
  ['unsafe integer', 2 ** 53 + 1],
];
const ODD_IDS = [
  '0',
  '-1',
  '1.5',
  '2147483648',
  '99999999999999999999',
  '1e3',
  'constructor',
  '__proto__',
  '%00',
  '%ED%A0%80',
];
const SORT_NAMES = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
  '-constructor',
  'id,constructor',
];

export function resolve(
  schema: Schema | undefined,
  components: Record<string, Schema>,
): Schema | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolve(components[schema.$ref.split('/').pop() as string], components);
  if (schema.allOf?.length === 1)
    return { ...resolve(schema.allOf[0], components), ...schema, allOf: undefined };
  return schema;
}

let serial = 0;

/** Values that commonly satisfy a pattern; the first one that does is used. */
const PATTERN_CANDIDATES = [
  'phone',
  'visit',
  'a1',
  'abc_test',
  'run-now',
  '13800138000',
  '110000',
  '01-15',
  '2030-01-15',
  'A',
  'hostile',
];

/** A value the schema accepts, as far as the document tells (dates and ids by the field's name). */
export function validValue(
  name: string,
  schema: Schema | undefined,
  components: Record<string, Schema>,
  ids: (name: string) => number,
): unknown {
  const resolved = resolve(schema, components) ?? {};
  if (resolved.enum?.length) return resolved.enum[0];
  switch (resolved.type) {
    case 'boolean':
      return false;
    case 'integer':
    case 'number':
      if (/id$/i.test(name)) return ids(name);
      return Math.max(resolved.minimum ?? 1, Math.min(resolved.maximum ?? 1, 1));
    case 'array':
      return [];
    case 'object':
      return validObject(resolved, components, ids);
    default:
      break;
  }
  if (resolved.properties) return validObject(resolved, components, ids);
  if (resolved.format === 'email') return 'hostile.suite@example.com';
  if (resolved.pattern) {
    const pattern = new RegExp(resolved.pattern);
    return PATTERN_CANDIDATES.find((candidate) => pattern.test(candidate)) ?? 'hostile';
  }
  // unique, so that creating again makes another record
  if (/mobile|phone/i.test(name)) return `139${String((serial += 1)).padStart(8, '0')}`;
  if (/At$|^from$|^to$|From$|To$/.test(name)) return '2030-01-15';
  if (/reason/i.test(name)) return 'hostile suite reason';
  // a word that is also a dictionary code of the default data (channel `phone`)
  return 'phone';
}

function validObject(
  schema: Schema,
  components: Record<string, Schema>,
  ids: (name: string) => number,
): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const key of schema.required ?? [])
    value[key] = validValue(key, schema.properties?.[key], components, ids);
  return value;
}

/** Wrong-typed values for a field of this type. */
function wrongTypes(type: string | undefined): [string, unknown][] {
  const all: [string, string, unknown][] = [
    ['string', 'a string', 'text'],
    ['number', 'a number', 12],
    ['boolean', 'a boolean', true],
    ['array', 'an array', []],
    ['object', 'an object', {}],
  ];
  const own = type === 'integer' ? 'number' : (type ?? 'string');
  return all.filter(([kind]) => kind !== own).map(([, label, value]) => [label, value]);
}

/** Hostile values of one body field (also used one level down, in nested objects). */
function fieldCases(
  name: string,
  schema: Schema,
  components: Record<string, Schema>,
): [string, unknown][] {
  const resolved = resolve(schema, components) ?? {};
  const cases: [string, unknown][] = [
    ['null', null],
    ...wrongTypes(resolved.type ?? (resolved.properties ? 'object' : undefined)),
    ['100k characters', 'x'.repeat(100_000)],
    ['a NUL byte', NUL],
    ['a lone surrogate', LONE_SURROGATE],
    ['formula, HTML and SQL', HOSTILE_TEXT],
    ['full-width digits', '１３９８７６５４３２１'],
    ...(resolved.type === 'number' || resolved.type === 'integer'
      ? ODD_NUMBERS
      : ODD_NUMBERS.slice(0, 1)),
  ];
  if (resolved.type === 'array')
    cases.push(
      ['an array of nulls', [null]],
      ['an array of objects', [{}]],
      ['an array of 10,000', new Array(10_000).fill(1)],
    );
  if (resolved.type === 'string' && resolved.format === 'email')
    cases.push(['an email with a lone surrogate', 'a\ud800@example.com']);
  return cases.map(([label, value]) => [`${name}: ${label}`, value]);
}

/** The hostile requests of an operation, around its valid body and parameters. */
export function hostileCases(
  operation: Operation,
  validBody: Record<string, unknown> | undefined,
  components: Record<string, Schema>,
): HostileCase[] {
  const cases: HostileCase[] = [];
  const writes = operation.method !== 'get';
  if (writes) {
    cases.push(
      { name: 'deeply nested array body', rawBody: DEEP_ARRAY, always: true },
      { name: 'deeply nested object body', rawBody: DEEP_OBJECT, always: true },
    );
  }
  if (operation.body && validBody) {
    const properties = operation.body.properties ?? {};
    cases.push(
      { name: 'an array body', body: [], always: true },
      { name: 'a string body', rawBody: '"text"', always: true },
      { name: 'a null body', rawBody: 'null', always: true },
      { name: 'an unknown field', body: { ...validBody, hostileUnknown: 1 }, always: true },
      {
        name: 'a __proto__ field',
        rawBody: JSON.stringify(validBody).replace(/^\{/, '{"__proto__":{"admin":true},'),
        always: true,
      },
      {
        name: 'a constructor field',
        body: { ...validBody, constructor: { prototype: { admin: true } } },
        always: true,
      },
    );
    for (const key of operation.body.required ?? []) {
      const { [key]: _omitted, ...rest } = validBody;
      cases.push({ name: `${key}: missing`, body: rest });
    }
    for (const [index, [key, schema]] of Object.entries(properties).entries()) {
      for (const [name, value] of fieldCases(key, schema, components))
        cases.push({ name, body: { ...validBody, [key]: value } });
      // the depth limit applies to the whole body, whichever field the nesting is in: one field is enough
      if (index === 0)
        cases.push({
          name: `${key}: deeply nested`,
          rawBody: JSON.stringify({ ...validBody, [key]: 0 }).replace(
            `"${key}":0`,
            `"${key}":${DEEP_ARRAY}`,
          ),
          always: true,
        });
      // one level down: the fields of a nested object, inside a valid parent
      const nested = resolve(schema, components);
      if (nested?.properties) {
        const parent = validObject(nested, components, () => 1);
        for (const [inner, innerSchema] of Object.entries(nested.properties)) {
          for (const [name, value] of fieldCases(`${key}.${inner}`, innerSchema, components).slice(
            0,
            8,
          )) {
            cases.push({ name, body: { ...validBody, [key]: { ...parent, [inner]: value } } });
          }
        }
      }
    }
  }
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    const values: [string, string | string[]][] = [
      ['repeated', ['1', '2']],
      ['empty', ''],
      ['10k characters', 'x'.repeat(10_000)],
      ['formula, HTML and SQL', HOSTILE_TEXT],
      ['full-width digits', '１３９８'],
      ['a NUL byte', NUL],
      ...ODD_IDS.filter((id) => !id.startsWith('%')).map((id): [string, string] => [id, id]),
      ['Infinity', 'Infinity'],
      ['NaN', 'NaN'],
    ];
    for (const [label, value] of values)
      cases.push({ name: `?${parameter.name}: ${label}`, query: { [parameter.name]: value } });
    if (parameter.name === 'sort')
      for (const name of SORT_NAMES)
        cases.push({ name: `?sort: ${name}`, query: { sort: name }, always: true });
    cases.push(
      { name: `?${parameter.name}: an object`, rawQuery: `${parameter.name}[a]=1` },
      { name: `?${parameter.name}: __proto__`, rawQuery: `${parameter.name}[__proto__]=1` },
      {
        name: `?${parameter.name}: a lone surrogate (invalid UTF-8)`,
        rawQuery: `${parameter.name}=%ED%A0%80`,
      },
      { name: `?${parameter.name}: an escaped NUL`, rawQuery: `${parameter.name}=a%00b` },
    );
  }
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    for (const id of [...ODD_IDS, 'x'.repeat(500)])
      cases.push({
        name: `:${parameter.name}: ${id.slice(0, 20)}`,
        path: { [parameter.name]: id },
        always: true,
      });
  }
  return cases;
}
