// Offline proof that the payloads the bot sends are acceptable to Discord.
// validateRequest checks a body against Discord's public OpenAPI description (a verbatim copy lives in
// tests/fixtures/discord-api-spec/); checkDiscordLimits checks the documented limits the spec leaves out.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';

type JsonObject = { [key: string]: unknown };

const SPEC_URL = new URL('../fixtures/discord-api-spec/openapi.json', import.meta.url);
/** The id the spec is registered under, so `#/components/schemas/X` refs inside it resolve. */
const SPEC_ID = 'https://github.com/discord/discord-api-spec/specs/openapi.json';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const SNOWFLAKE = /^(0|[1-9][0-9]*)$/;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Escapes one JSON Pointer segment (RFC 6901). */
function pointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

// ---------------------------------------------------------------------------------------------------------
// Loading the spec, with the few semantics-preserving (or documented) adjustments it needs.
// ---------------------------------------------------------------------------------------------------------

interface Spec {
  paths: Record<string, JsonObject>;
  components: { schemas: Record<string, JsonObject> };
}

interface Route {
  template: string;
  segments: string[];
  item: JsonObject;
}

interface Loaded {
  spec: Spec;
  ajv: Ajv2020;
  routes: Route[];
  validators: Map<string, ValidateFunction>;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const spec = JSON.parse(readFileSync(SPEC_URL, 'utf8')) as Spec;
  if (!isObject(spec.paths) || !isObject(spec.components?.schemas)) {
    throw new Error(`${SPEC_URL.pathname} does not look like an OpenAPI description (no paths or schemas)`);
  }
  adjustSpec(spec);

  // strict: false lets the OpenAPI extras (x-discord-union, contentEncoding on form fields) pass as annotations.
  // validateSchema: false skips meta-validating the (trusted, vendored) spec, which costs ~50 ms per test file.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  // ajv-formats is CommonJS; its default export is the plugin under `.default` when typed through NodeNext.
  formatsModule.default(ajv);
  // Formats the spec invents: a snowflake is a decimal string (its schema also carries the pattern), a nonce
  // is any short string (its schema carries maxLength 25).
  ajv.addFormat('snowflake', SNOWFLAKE);
  ajv.addFormat('nonce', /^/);
  ajv.addSchema({ ...spec, $id: SPEC_ID });

  const routes = Object.entries(spec.paths).map(([template, item]) => ({
    template,
    segments: template.split('/').filter((segment) => segment !== ''),
    item,
  }));
  loaded = { spec, ajv, routes, validators: new Map() };
  return loaded;
}

/** Request fields the spec types as integers although Discord documents (and every client sends) strings. */
const STRING_ENCODED_BITFIELDS = new Set(['default_member_permissions', 'permissions', 'allow', 'deny']);

function adjustSpec(spec: Spec): void {
  const { schemas } = spec.components;
  const resolve = (schema: unknown): JsonObject | undefined => {
    if (!isObject(schema)) return undefined;
    const ref = schema.$ref;
    if (typeof ref !== 'string') return schema;
    const prefix = '#/components/schemas/';
    return ref.startsWith(prefix) ? schemas[ref.slice(prefix.length)] : undefined;
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isObject(node)) return;
    acceptStringBitfields(node);
    constUnionToEnum(node);
    discriminateUnion(node, 'anyOf', resolve);
    discriminateUnion(node, 'oneOf', resolve);
    Object.values(node).forEach(visit);
  };
  visit(spec.components.schemas);
  visit(spec.paths);
}

/**
 * Permission bit sets (`default_member_permissions`, role `permissions`, overwrite `allow`/`deny`) are typed
 * `integer` in the spec's request schemas but `string` in its responses and in Discord's docs, because they
 * exceed 2^53; the spec's README says "Our API accepts strings for int fields if they are parseable as ints".
 * Accept a decimal string as well, and nothing looser.
 */
function acceptStringBitfields(node: JsonObject): void {
  const { properties } = node;
  if (!isObject(properties)) return;
  for (const [name, schema] of Object.entries(properties)) {
    if (!STRING_ENCODED_BITFIELDS.has(name) || !isObject(schema)) continue;
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.includes('integer')) continue;
    properties[name] = { anyOf: [schema, { type: 'string', pattern: SNOWFLAKE.source }] };
  }
}

/**
 * Enumerations are written as `oneOf: [{title, const}, …]`; an `enum` of the same distinct values means the
 * same and reports one readable error instead of one per value.
 */
function constUnionToEnum(node: JsonObject): void {
  const branches = node.oneOf;
  if (!Array.isArray(branches) || branches.length === 0 || 'enum' in node) return;
  const annotations = new Set(['title', 'description', 'const']);
  const values: unknown[] = [];
  for (const branch of branches) {
    if (!isObject(branch) || !('const' in branch)) return;
    if (!Object.keys(branch).every((key) => annotations.has(key))) return;
    values.push(branch.const);
  }
  if (new Set(values).size !== values.length) return;
  delete node.oneOf;
  node.enum = values;
}

/**
 * Unions of object schemas told apart by disjoint `type` values (interaction callbacks, components, command
 * options) become "type must be one of all values; if type is in branch i's values, branch i applies". That
 * accepts exactly what the union accepts, and an invalid body gets the errors of the branch its `type`
 * selects instead of the errors of every branch.
 */
function discriminateUnion(
  node: JsonObject,
  keyword: 'anyOf' | 'oneOf',
  resolve: (schema: unknown) => JsonObject | undefined,
): void {
  const branches = node[keyword];
  if (!Array.isArray(branches) || branches.length < 2) return;
  const valuesPerBranch: unknown[][] = [];
  for (const branch of branches) {
    const target = resolve(branch);
    if (!target || target.type !== 'object') return;
    if (!Array.isArray(target.required) || !target.required.includes('type')) return;
    const typeSchema = isObject(target.properties) ? target.properties.type : undefined;
    if (!isObject(typeSchema)) return;
    if (Array.isArray(typeSchema.enum)) valuesPerBranch.push(typeSchema.enum);
    else if ('const' in typeSchema) valuesPerBranch.push([typeSchema.const]);
    else return;
  }
  const all = valuesPerBranch.flat();
  if (new Set(all).size !== all.length) return;
  delete node[keyword];
  const existing = Array.isArray(node.allOf) ? node.allOf : [];
  node.allOf = [
    ...existing,
    { type: 'object', required: ['type'], properties: { type: { enum: all } } },
    ...branches.map((branch: unknown, index) => ({
      if: { type: 'object', required: ['type'], properties: { type: { enum: valuesPerBranch[index] } } },
      then: branch,
    })),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Finding the operation for a concrete request.
// ---------------------------------------------------------------------------------------------------------

function pathSegments(path: string): string[] {
  let pathname = path;
  if (/^https?:\/\//i.test(pathname)) pathname = new URL(pathname).pathname;
  pathname = pathname.split(/[?#]/, 1)[0] ?? '';
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments[0] === 'api') segments.shift();
  if (segments[0] === 'v10') segments.shift();
  return segments.map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
}

const isParameter = (segment: string): boolean => /^\{[^}]+\}$/.test(segment);

function matches(route: Route, segments: string[]): boolean {
  return (
    route.segments.length === segments.length &&
    route.segments.every((part, index) => isParameter(part) || part === segments[index])
  );
}

/** More literal segments first; on a tie, the template whose first literal comes earlier. */
function moreSpecific(a: Route, b: Route): number {
  const literals = (route: Route) => route.segments.filter((segment) => !isParameter(segment)).length;
  const byCount = literals(b) - literals(a);
  if (byCount !== 0) return byCount;
  for (let index = 0; index < a.segments.length; index += 1) {
    const aParam = isParameter(a.segments[index] ?? '');
    const bParam = isParameter(b.segments[index] ?? '');
    if (aParam !== bParam) return aParam ? 1 : -1;
  }
  return 0;
}

interface Operation {
  method: string;
  template: string;
  operation: JsonObject;
}

function findOperation(method: string, path: string): Operation {
  const { routes } = load();
  const verb = method.toLowerCase();
  const segments = pathSegments(path);
  const candidates = routes.filter((route) => matches(route, segments)).sort(moreSpecific);
  const label = `${method.toUpperCase()} ${path}`;
  if (candidates.length === 0) {
    throw new Error(
      `No path in the Discord OpenAPI spec matches ${label} (looked up /${segments.join('/')}; ` +
        'paths are relative to /api/v10)',
    );
  }
  const route = candidates.find((candidate) => isObject(candidate.item[verb]));
  if (!route) {
    const offered = candidates
      .map((candidate) => {
        const methods = HTTP_METHODS.filter((name) => isObject(candidate.item[name]));
        return `${candidate.template} (${methods.map((name) => name.toUpperCase()).join(', ')})`;
      })
      .join('; ');
    throw new Error(
      `The Discord OpenAPI spec has no ${verb.toUpperCase()} operation for ${label}: ${offered}`,
    );
  }
  return { method: verb, template: route.template, operation: route.item[verb] as JsonObject };
}

function isEmptyBody(body: unknown): boolean {
  return (
    body === undefined || body === null || body === '' || (isObject(body) && Object.keys(body).length === 0)
  );
}

// ---------------------------------------------------------------------------------------------------------
// Validation and readable errors.
// ---------------------------------------------------------------------------------------------------------

/** `/data/embeds/0/title` becomes `$.data.embeds[0].title`. */
function location(pointer: string): string {
  if (pointer === '') return '$';
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => {
      if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(segment)) return `${path}.${segment}`;
      return `${path}[${JSON.stringify(segment)}]`;
    }, '$');
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) value = value[Number(segment)];
    else if (isObject(value)) value = value[segment];
    else return undefined;
  }
  return value;
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function describeError(error: ErrorObject, data: unknown): string {
  const where = location(error.instancePath);
  const params = error.params as Record<string, unknown>;
  let message = error.message ?? error.keyword;
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    message = `must be one of ${params.allowedValues.map((value) => shortJson(value)).join(', ')}`;
  } else if (error.keyword === 'const') {
    message = `must be ${shortJson(params.allowedValue)}`;
  } else if (error.keyword === 'type') {
    // params.type is "string" or, for nullable fields, ["string", "null"].
    message = `must be ${[params.type].flat().join(' or ')}`;
  } else if (error.keyword === 'additionalProperties') {
    message = `must not have the property ${shortJson(params.additionalProperty)}`;
  }
  const showValue = ['enum', 'const', 'type', 'format', 'pattern', 'minimum', 'maximum'];
  const got = showValue.includes(error.keyword)
    ? ` (got ${shortJson(valueAt(data, error.instancePath))})`
    : '';
  return `${where}: ${message}${got}`;
}

/**
 * Drops the noise of unions: the "must be null" of every nullable `oneOf`, the "must match then" wrapper of
 * discriminated unions, and a union's "must match a schema" summary when its branches said something more
 * specific at or below the same place.
 */
function readableErrors(errors: readonly ErrorObject[], data: unknown): string[] {
  const isUnion = (error: ErrorObject) => error.keyword === 'anyOf' || error.keyword === 'oneOf';
  const kept = errors.filter(
    (error) => error.keyword !== 'if' && !(error.keyword === 'type' && error.params.type === 'null'),
  );
  const specific = kept.filter((error) => !isUnion(error));
  const result = kept.filter(
    (error) =>
      !isUnion(error) ||
      !specific.some(
        (other) =>
          other.instancePath === error.instancePath ||
          other.instancePath.startsWith(`${error.instancePath}/`),
      ),
  );
  return [...new Set(result.map((error) => describeError(error, data)))];
}

function validatorFor(operation: Operation, contentType: string): ValidateFunction {
  const { ajv, validators } = load();
  const pointer = [
    'paths',
    operation.template,
    operation.method,
    'requestBody',
    'content',
    contentType,
    'schema',
  ]
    .map(pointerSegment)
    .join('/');
  const key = `${SPEC_ID}#/${pointer}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ $ref: key });
    validators.set(key, validate);
  }
  return validate;
}

/**
 * Validates `body` against the request schema of the spec operation for `method` and a concrete `path`
 * (`/api/v10/channels/5/messages`, `/interactions/1/tok/callback?with_response=true`, or a full URL).
 * Returns readable errors, empty when the body is valid; throws when no operation matches.
 */
export function validateRequest(method: string, path: string, body: unknown): string[] {
  const operation = findOperation(method, path);
  const label = `${operation.method.toUpperCase()} ${operation.template}`;
  const requestBody = operation.operation.requestBody;
  if (!isObject(requestBody)) {
    return isEmptyBody(body) ? [] : [`$: ${label} takes no request body`];
  }
  if (body === undefined) {
    return requestBody.required === true ? [`$: ${label} requires a request body`] : [];
  }
  const content = isObject(requestBody.content) ? requestBody.content : {};
  const contentType = 'application/json' in content ? 'application/json' : Object.keys(content)[0];
  if (contentType === undefined) throw new Error(`${label} declares a request body without a schema`);
  const validate = validatorFor(operation, contentType);
  if (validate(body)) return [];
  return readableErrors(validate.errors ?? [], body);
}

/** An interaction response: POST /interactions/{interaction.id}/{interaction.token}/callback. */
export function validateInteractionCallback(body: unknown): string[] {
  return validateRequest('POST', '/interactions/1/token/callback', body);
}

/** The bulk overwrite of global commands: PUT /applications/{application.id}/commands (an array). */
export function validateCommandsPut(body: unknown): string[] {
  return validateRequest('PUT', '/applications/1/commands', body);
}

/** A new message: POST /channels/{channel.id}/messages. */
export function validateMessageCreate(body: unknown): string[] {
  return validateRequest('POST', '/channels/1/messages', body);
}

// ---------------------------------------------------------------------------------------------------------
// Documented limits the spec leaves out (or states more loosely than Discord enforces them).
// Lengths are UTF-16 code units (String#length), which is never less than Discord's character count.
// ---------------------------------------------------------------------------------------------------------

const COMMAND_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const IS_COMPONENTS_V2 = 1 << 15;
const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);
const CHAT_INPUT = 1;
const OPTION_SUBCOMMAND = 1;
const OPTION_SUBCOMMAND_GROUP = 2;

const MESSAGE_KEYS = ['content', 'embeds', 'components', 'attachments', 'poll', 'allowed_mentions'];

function looksLikeCommand(value: unknown): value is JsonObject {
  if (!isObject(value) || typeof value.name !== 'string') return false;
  if (MESSAGE_KEYS.some((key) => key in value)) return false;
  return 'description' in value || 'options' in value || value.type === 2 || value.type === 3;
}

function looksLikeCallback(value: JsonObject): boolean {
  return typeof value.type === 'number' && !('name' in value) && !MESSAGE_KEYS.some((key) => key in value);
}

class LimitChecker {
  readonly errors: string[] = [];

  private fail(path: string, message: string): void {
    this.errors.push(`${path}: ${message}`);
  }

  /** A string of min–max characters; absent (undefined/null) is an error only when min > 0 or required. */
  private text(value: unknown, path: string, min: number, max: number, required = min > 0): number {
    if (value === undefined || value === null) {
      if (required) this.fail(path, `is required (${min}–${max} characters)`);
      return 0;
    }
    if (typeof value !== 'string') {
      this.fail(path, `must be a string (got ${shortJson(value)})`);
      return 0;
    }
    if (value.length < min || value.length > max) {
      const range = min === 0 ? `at most ${max}` : `${min}–${max}`;
      this.fail(path, `must be ${range} characters (got ${value.length})`);
    }
    return value.length;
  }

  private list(value: unknown, path: string, max: number, what: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.fail(path, `must be an array of ${what}`);
      return [];
    }
    if (value.length > max) this.fail(path, `at most ${max} ${what} (got ${value.length})`);
    return value;
  }

  payload(body: unknown, path: string): void {
    if (Array.isArray(body)) {
      if (body.every(looksLikeCommand)) this.commands(body, path);
      else body.forEach((item, index) => this.payload(item, `${path}[${index}]`));
      return;
    }
    if (!isObject(body)) return;
    if (looksLikeCommand(body)) this.command(body, path);
    else if (looksLikeCallback(body)) this.callback(body, path);
    else this.message(body, path);
  }

  private callback(body: JsonObject, path: string): void {
    const { data } = body;
    if (!isObject(data)) return;
    const dataPath = `${path}.data`;
    if (body.type === 8) this.autocomplete(data, dataPath);
    else if (body.type === 9) this.modal(data, dataPath);
    else this.message(data, dataPath);
  }

  private autocomplete(data: JsonObject, path: string): void {
    this.list(data.choices, `${path}.choices`, 25, 'choices').forEach((choice, index) =>
      this.choice(choice, `${path}.choices[${index}]`),
    );
  }

  private modal(data: JsonObject, path: string): void {
    this.text(data.custom_id, `${path}.custom_id`, 1, 100);
    this.text(data.title, `${path}.title`, 1, 45);
    const customIds = new Map<string, string>();
    this.list(data.components, `${path}.components`, 5, 'components').forEach((component, index) =>
      this.component(component, `${path}.components[${index}]`, customIds),
    );
  }

  private message(message: JsonObject, path: string): void {
    this.text(message.content, `${path}.content`, 0, 2000);

    const embeds = this.list(message.embeds, `${path}.embeds`, 10, 'embeds');
    let total = 0;
    embeds.forEach((embed, index) => {
      total += this.embed(embed, `${path}.embeds[${index}]`);
    });
    if (total > 6000) {
      this.fail(`${path}.embeds`, `the embeds' text must total at most 6000 characters (got ${total})`);
    }

    const components = this.list(message.components, `${path}.components`, 40, 'components');
    const flags = typeof message.flags === 'number' ? message.flags : 0;
    if ((flags & IS_COMPONENTS_V2) === 0) {
      const rows = components.filter((component) => isObject(component) && component.type === 1).length;
      if (rows > 5) this.fail(`${path}.components`, `at most 5 action rows (got ${rows})`);
    } else {
      const count = (items: unknown[]): number =>
        items.reduce<number>((sum, item) => {
          if (!isObject(item)) return sum;
          const children = Array.isArray(item.components) ? item.components : [];
          return sum + 1 + count(children) + (isObject(item.accessory) ? 1 : 0);
        }, 0);
      const totalComponents = count(components);
      if (totalComponents > 40) {
        this.fail(`${path}.components`, `at most 40 components in total (got ${totalComponents})`);
      }
    }
    const customIds = new Map<string, string>();
    components.forEach((component, index) =>
      this.component(component, `${path}.components[${index}]`, customIds),
    );
  }

  /** Checks one embed and returns the characters it adds to the message's 6,000-character embed total. */
  private embed(embed: unknown, path: string): number {
    if (!isObject(embed)) return 0;
    let total = 0;
    total += this.text(embed.title, `${path}.title`, 0, 256);
    total += this.text(embed.description, `${path}.description`, 0, 4096);
    this.list(embed.fields, `${path}.fields`, 25, 'fields').forEach((field, index) => {
      const fieldPath = `${path}.fields[${index}]`;
      if (!isObject(field)) return;
      total += this.text(field.name, `${fieldPath}.name`, 1, 256);
      total += this.text(field.value, `${fieldPath}.value`, 1, 1024);
    });
    if (isObject(embed.footer)) total += this.text(embed.footer.text, `${path}.footer.text`, 1, 2048);
    if (isObject(embed.author)) total += this.text(embed.author.name, `${path}.author.name`, 1, 256);
    return total;
  }

  private component(component: unknown, path: string, customIds: Map<string, string>): void {
    if (!isObject(component)) return;
    const { type } = component;
    if (type === 1) {
      const children = this.list(component.components, `${path}.components`, 5, 'components');
      const buttons = children.filter((child) => isObject(child) && child.type === 2).length;
      if (buttons > 5) this.fail(`${path}.components`, `at most 5 buttons per action row (got ${buttons})`);
      const selects = children.filter((child) => isObject(child) && SELECT_TYPES.has(child.type as number));
      if (selects.length > 0 && children.length > 1) {
        this.fail(`${path}.components`, 'a select menu must be alone in its action row');
      }
    } else if (type === 2) {
      this.button(component, path, customIds);
    } else if (SELECT_TYPES.has(type as number)) {
      this.customId(component.custom_id, `${path}.custom_id`, customIds);
      this.text(component.placeholder, `${path}.placeholder`, 0, 150);
      if (type === 3) {
        const options = this.list(component.options, `${path}.options`, 25, 'options');
        if (options.length === 0) this.fail(`${path}.options`, 'a string select needs 1–25 options');
        options.forEach((option, index) => {
          const optionPath = `${path}.options[${index}]`;
          if (!isObject(option)) return;
          this.text(option.label, `${optionPath}.label`, 1, 100);
          this.text(option.value, `${optionPath}.value`, 1, 100);
          this.text(option.description, `${optionPath}.description`, 0, 100);
        });
      }
    } else if (type === 4) {
      // A modal text input.
      this.customId(component.custom_id, `${path}.custom_id`, customIds);
    }
    // Action rows hold buttons and selects; Components V2 layouts (containers, sections, …) nest further.
    if (Array.isArray(component.components)) {
      component.components.forEach((child, index) =>
        this.component(child, `${path}.components[${index}]`, customIds),
      );
    }
    if (isObject(component.accessory)) this.component(component.accessory, `${path}.accessory`, customIds);
  }

  private button(button: JsonObject, path: string, customIds: Map<string, string>): void {
    this.text(button.label, `${path}.label`, 0, 80);
    if (button.style === 5) {
      if (typeof button.url !== 'string') this.fail(`${path}.url`, 'a link button (style 5) needs a url');
      if (button.custom_id != null) this.fail(`${path}.custom_id`, 'a link button (style 5) cannot have one');
    } else if (button.style === 6) {
      if (button.sku_id == null) this.fail(`${path}.sku_id`, 'a premium button (style 6) needs a sku_id');
      if (button.custom_id != null) {
        this.fail(`${path}.custom_id`, 'a premium button (style 6) cannot have one');
      }
    } else {
      this.customId(button.custom_id, `${path}.custom_id`, customIds);
    }
  }

  /** custom_id: 1–100 characters and unique within the message. */
  private customId(value: unknown, path: string, seen: Map<string, string>): void {
    this.text(value, path, 1, 100, true);
    if (typeof value !== 'string') return;
    const first = seen.get(value);
    if (first !== undefined) this.fail(path, `duplicates the custom_id at ${first} (${shortJson(value)})`);
    else seen.set(value, path);
  }

  private choice(choice: unknown, path: string): number {
    if (!isObject(choice)) return 0;
    let total = this.text(choice.name, `${path}.name`, 1, 100);
    for (const [locale, name] of Object.entries(
      isObject(choice.name_localizations) ? choice.name_localizations : {},
    )) {
      this.text(name, `${path}.name_localizations[${JSON.stringify(locale)}]`, 1, 100);
    }
    if (typeof choice.value === 'string') total += this.text(choice.value, `${path}.value`, 0, 100);
    return total;
  }

  private commands(commands: JsonObject[], path: string): void {
    const perType = new Map<number, Map<string, string>>();
    commands.forEach((command, index) => {
      const commandPath = `${path}[${index}]`;
      this.command(command, commandPath);
      const type = typeof command.type === 'number' ? command.type : CHAT_INPUT;
      const names = perType.get(type) ?? new Map<string, string>();
      perType.set(type, names);
      const name = String(command.name);
      const first = names.get(name);
      if (first !== undefined) this.fail(`${commandPath}.name`, `duplicates the command at ${first}`);
      else names.set(name, commandPath);
    });
    for (const [type, max] of [
      [CHAT_INPUT, 100],
      [2, 5],
      [3, 5],
    ] as const) {
      const count = perType.get(type)?.size ?? 0;
      if (count > max) this.fail(path, `at most ${max} commands of type ${type} (got ${count})`);
    }
  }

  private command(command: JsonObject, path: string): void {
    const type = command.type ?? CHAT_INPUT;
    let total = 0;
    if (type === CHAT_INPUT) {
      total += this.chatInputName(command.name, `${path}.name`);
      this.localizedNames(command, path, (name, namePath) => this.chatInputName(name, namePath));
      total += this.text(command.description, `${path}.description`, 1, 100);
      this.localizedDescriptions(command, path);
      total += this.options(command.options, `${path}.options`);
    } else {
      total += this.text(command.name, `${path}.name`, 1, 32);
      this.localizedNames(command, path, (name, namePath) => this.text(name, namePath, 1, 32));
      if (typeof command.description === 'string' && command.description !== '') {
        this.fail(`${path}.description`, `must be empty for a context-menu command (type ${String(type)})`);
      }
      if (Array.isArray(command.options) && command.options.length > 0) {
        this.fail(`${path}.options`, `a context-menu command (type ${String(type)}) takes no options`);
      }
    }
    if (total > 4000) {
      this.fail(
        path,
        `names, descriptions and choice values must total at most 4000 characters (got ${total})`,
      );
    }
  }

  /** Command and option names of slash commands: the documented pattern, lowercase. */
  private chatInputName(name: unknown, path: string): number {
    if (typeof name !== 'string') {
      this.fail(path, `is required (a name matching ${COMMAND_NAME.source})`);
      return 0;
    }
    if (!COMMAND_NAME.test(name))
      this.fail(path, `must match ${COMMAND_NAME.source} (got ${shortJson(name)})`);
    if (name !== name.toLowerCase()) this.fail(path, `must be lowercase (got ${shortJson(name)})`);
    return name.length;
  }

  private localizedNames(
    owner: JsonObject,
    path: string,
    check: (name: unknown, namePath: string) => unknown,
  ): void {
    if (!isObject(owner.name_localizations)) return;
    for (const [locale, name] of Object.entries(owner.name_localizations)) {
      check(name, `${path}.name_localizations[${JSON.stringify(locale)}]`);
    }
  }

  private localizedDescriptions(owner: JsonObject, path: string): void {
    if (!isObject(owner.description_localizations)) return;
    for (const [locale, text] of Object.entries(owner.description_localizations)) {
      this.text(text, `${path}.description_localizations[${JSON.stringify(locale)}]`, 1, 100);
    }
  }

  /** Checks an options array (recursing into subcommands) and returns its characters toward the 4,000. */
  private options(value: unknown, path: string): number {
    let total = 0;
    let sawOptional = false;
    this.list(value, path, 25, 'options').forEach((option, index) => {
      const optionPath = `${path}[${index}]`;
      if (!isObject(option)) return;
      total += this.chatInputName(option.name, `${optionPath}.name`);
      this.localizedNames(option, optionPath, (name, namePath) => this.chatInputName(name, namePath));
      total += this.text(option.description, `${optionPath}.description`, 1, 100);
      this.localizedDescriptions(option, optionPath);
      if (option.type === OPTION_SUBCOMMAND || option.type === OPTION_SUBCOMMAND_GROUP) {
        total += this.options(option.options, `${optionPath}.options`);
        return;
      }
      if (option.required === true && sawOptional) {
        this.fail(`${optionPath}.required`, 'required options must come before optional ones');
      }
      if (option.required !== true) sawOptional = true;
      const choices = this.list(option.choices, `${optionPath}.choices`, 25, 'choices');
      if (option.autocomplete === true && choices.length > 0) {
        this.fail(`${optionPath}.autocomplete`, 'an option with choices cannot also autocomplete');
      }
      choices.forEach((choice, choiceIndex) => {
        total += this.choice(choice, `${optionPath}.choices[${choiceIndex}]`);
      });
    });
    return total;
  }
}

/**
 * Checks the limits Discord documents but the OpenAPI spec leaves out, on an interaction callback, a
 * message body (create or webhook edit), one command definition or a PUT array of them. Returns readable
 * errors with a JSON-path-like location, empty when every limit holds. Use it alongside validateRequest.
 */
export function checkDiscordLimits(body: unknown): string[] {
  const checker = new LimitChecker();
  checker.payload(body, '$');
  return checker.errors;
}
