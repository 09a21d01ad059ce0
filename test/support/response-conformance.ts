import Ajv2019, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';

type Schema = Record<string, unknown>;

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

/** The parts of an OpenAPI 3.0 document the check reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** One answer of the application, as a test received it. */
export interface ObservedResponse {
  method: string;
  /** the request path, with or without its query string */
  path: string;
  status: number;
  contentType?: string;
  body: unknown;
}

const ROOT = 'openapi';
const COMPONENT_REF = '#/components/schemas/';
/** OpenAPI formats that say how a value is stored, not what it may be: not checked. */
const STORAGE_FORMATS = ['binary', 'byte', 'int32', 'int64', 'float', 'double', 'password'];

/**
 * An unexpected failure is a fault, not something an operation promises: no operation
 * documents 500, but its body must still be the error envelope (with the request's reference).
 */
const UNEXPECTED_FAILURE = {
  content: { 'application/json': { schema: { $ref: `${COMPONENT_REF}ErrorBodyDto` } } },
};

const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An OpenAPI 3.0 schema as a JSON Schema 2019-09 one: `nullable` becomes "or null", and an
 * object with declared properties is closed (`unevaluatedProperties: false`), so that an
 * answer with a property the document does not know fails. An `allOf` is closed as a whole
 * (its parts stay open, or the parts would refuse each other's properties).
 */
function convert(node: unknown, open = false): unknown {
  if (Array.isArray(node)) return node.map((item) => convert(item));
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string') {
    const name = node.$ref.slice(COMPONENT_REF.length);
    return { $ref: `${ROOT}#/$defs/${open ? `${name}__open` : name}` };
  }
  const { nullable, ...rest } = node;
  const out: Schema = { ...rest };
  if (isObject(rest.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(rest.properties).map(([key, value]) => [key, convert(value)]),
    );
  }
  if (rest.items !== undefined) out.items = convert(rest.items);
  if (isObject(rest.additionalProperties))
    out.additionalProperties = convert(rest.additionalProperties);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(rest[keyword]))
      out[keyword] = (rest[keyword] as unknown[]).map((part) => convert(part));
  }
  if (Array.isArray(rest.allOf)) {
    out.allOf = (rest.allOf as unknown[]).map((part) => convert(part, true));
    if (!open) out.unevaluatedProperties = false;
  } else if (!open && out.properties && rest.additionalProperties === undefined) {
    out.unevaluatedProperties = false;
  }
  if (nullable === true) {
    // A null enum member is allowed by nullable in 3.0; the enum itself lists only values.
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(body)';
  const extra =
    error.keyword === 'unevaluatedProperties'
      ? ` '${String(error.params.unevaluatedProperty)}'`
      : error.keyword === 'enum'
        ? ` ${JSON.stringify(error.params.allowedValues)}, got ${JSON.stringify(error.data)}`
        : ['type', 'format'].includes(error.keyword)
          ? `, got ${JSON.stringify(error.data)?.slice(0, 60)}`
          : '';
  return `${where} ${error.message ?? error.keyword}${extra}`;
}

/** `/api/plans/{id}` as a pattern, and how specific it is (a literal segment beats `{id}`). */
function templateOf(path: string): { path: string; pattern: RegExp; rank: string } {
  const segments = path.split('/');
  const pattern = new RegExp(
    `^${segments
      .map((segment) =>
        /^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
      )
      .join('/')}/?$`,
  );
  const rank = segments.map((segment) => (segment.startsWith('{') ? '1' : '0')).join('');
  return { path, pattern, rank };
}

/**
 * Checks answers against the OpenAPI document the application serves: the status must be one
 * the operation documents, and a JSON body must conform to that status's schema, with no
 * property the schema does not name. The document is what the browser's client is generated
 * from, so a wrong schema is a wrong type in the browser.
 */
export class ResponseConformance {
  private readonly ajv = new Ajv2019({ strict: false, allErrors: true, verbose: true });
  private readonly templates: ReturnType<typeof templateOf>[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    for (const format of STORAGE_FORMATS) this.ajv.addFormat(format, true);
    const $defs: Schema = {};
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      $defs[name] = convert(schema);
      $defs[`${name}__open`] = convert(schema, true);
    }
    this.ajv.addSchema({ $id: ROOT, $defs });
    this.templates = Object.keys(document.paths)
      .map(templateOf)
      .sort((a, b) => a.rank.localeCompare(b.rank));
  }

  /** The documented path template a request path is an instance of, if any. */
  templateFor(path: string): string | undefined {
    const bare = path.split('?')[0];
    return this.templates.find((template) => template.pattern.test(bare))?.path;
  }

  /** What is wrong with one answer, in words; empty when it conforms or is not documented. */
  check(response: ObservedResponse): string[] {
    const template = this.templateFor(response.path);
    const method = response.method.toLowerCase();
    const operation = template ? this.document.paths[template][method] : undefined;
    if (!template || !operation) return [];
    const status = String(response.status);
    const responses = operation.responses ?? {};
    const documented =
      responses[status] ??
      responses[`${status[0]}XX`] ??
      responses.default ??
      (status === '500' ? UNEXPECTED_FAILURE : undefined);
    if (!documented) {
      return [
        `status ${status} is not documented (documented: ${Object.keys(responses).join(', ')})`,
      ];
    }
    const mediaType = (response.contentType ?? '').split(';')[0].trim().toLowerCase();
    // An answer documented without any content is an operation without @ApiDoc: a test's own
    // route (test/support/*.controller.ts); the completeness suite keeps real routes from it.
    if (!documented.content) return [];
    if (!/^application\/([\w.+-]+\+)?json$/.test(mediaType)) {
      // A file is not read, but a successful download must be of the type documented.
      const types = Object.keys(documented.content);
      return status.startsWith('2') && mediaType && !types.includes(mediaType)
        ? [`answered ${mediaType}, documented as ${types.join(', ')}`]
        : [];
    }
    const schema = documented.content['application/json']?.schema;
    if (!schema) {
      return [`answered JSON, documented as ${Object.keys(documented.content).join(', ')}`];
    }
    const validate = this.validatorFor(`${method} ${template} ${status}`, schema);
    if (validate(response.body)) return [];
    return (validate.errors ?? []).map(describe);
  }

  private validatorFor(key: string, schema: Schema): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(convert(schema) as Schema);
      this.validators.set(key, validate);
    }
    return validate;
  }
}
