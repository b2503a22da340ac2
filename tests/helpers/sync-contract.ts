// Contract checks on real traffic: validates one HTTP exchange between a desk and a central against
// docs/sync-openapi.yaml with Ajv (JSON Schema 2020-12, which OpenAPI 3.1 schemas are). The path and
// method must be documented, the query parameters and the body must match, the answer's status must be
// documented for the operation, and its required headers and body must match. Used by the recording
// proxy (fault-proxy.ts) in front of every central of the sync tests.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

type Json = { [key: string]: unknown };

export const SPEC_FILE = path.resolve(__dirname, '../../docs/sync-openapi.yaml');

/**
 * A request may carry this header to say it breaks the protocol on purpose (a test probing
 * central's error answers): then the request itself is not checked, and central's answer must be a
 * 4xx that matches the contract.
 */
export const EXPECT_INVALID_HEADER = 'x-contract-expect-invalid';

export interface HttpExchange {
  method: string;
  /** Path with the query string, as sent. */
  path: string;
  requestHeaders: Record<string, string | string[] | undefined>;
  /** Raw request body ('' when none). */
  requestBody: string;
  /** Absent when no answer came (the connection was dropped). */
  response?: {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  };
}

interface Operation {
  method: string;
  template: string;
  match: RegExp;
  params: Array<{ name: string; required: boolean; validate: ValidateFunction }>;
  body?: { required: boolean; mediaType: string; validate: ValidateFunction };
  responses: Map<string, Answer>;
}
interface Answer {
  headers: Array<{ name: string; required: boolean; validate: ValidateFunction }>;
  mediaType?: string;
  validate?: ValidateFunction;
}

const BASE = 'https://privacy-desk.invalid/sync-openapi';

function header(h: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = h[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : v;
}

export class SyncContract {
  private readonly ajv: Ajv2020;
  private readonly doc: Json;
  readonly operations: Operation[] = [];

  constructor(doc: Json) {
    this.doc = doc;
    // Ajv's discriminator support picks the branch by the tag (clear errors; unknown tags refused).
    this.ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, discriminator: true });
    addFormats(this.ajv);
    this.ajv.addKeyword({ keyword: 'example' });
    const schemas = ((doc.components as Json).schemas ?? {}) as Json;
    for (const [name, s] of Object.entries(schemas))
      this.ajv.addSchema(this.absolute(s) as Json, `${BASE}/${name}`);
    for (const [template, item] of Object.entries(doc.paths as Json))
      for (const [method, op] of Object.entries(item as Json))
        this.operations.push(this.operation(template, method, op as Json));
  }

  static load(file = SPEC_FILE): SyncContract {
    return new SyncContract(parse(readFileSync(file, 'utf8')) as Json);
  }

  /** Resolves a local `$ref` of the document (parameters, responses, headers). */
  private deref<T = Json>(n: unknown): T {
    let cur = n as Json;
    while (
      cur &&
      typeof cur.$ref === 'string' &&
      cur.$ref.startsWith('#/components/') &&
      !cur.$ref.startsWith('#/components/schemas/')
    )
      cur = cur.$ref
        .slice(2)
        .split('/')
        .reduce<Json>((o, k) => o[k] as Json, this.doc);
    return cur as T;
  }

  /**
   * Schema refs point at the component schemas registered with Ajv. A discriminator's mapping is
   * left out: Ajv finds the branch from each branch's `const` tag (the mapping says the same).
   */
  private absolute(n: unknown): unknown {
    if (Array.isArray(n)) return n.map((x) => this.absolute(x));
    if (!n || typeof n !== 'object') return n;
    return Object.fromEntries(
      Object.entries(n as Json).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')
          ? `${BASE}/${v.slice('#/components/schemas/'.length)}`
          : k === 'discriminator'
            ? { propertyName: (v as Json).propertyName }
            : this.absolute(v),
      ]),
    );
  }

  private compile(schema: unknown): ValidateFunction {
    return this.ajv.compile(this.absolute(schema) as Json);
  }

  private operation(template: string, method: string, op: Json): Operation {
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    const params = ((op.parameters as unknown[]) ?? []).map((p) => this.deref<Json>(p));
    const body = this.deref<Json | undefined>(op.requestBody);
    const bodyMedia = body ? Object.entries(body.content as Json)[0] : undefined;
    const responses = new Map<string, Answer>();
    for (const [status, r] of Object.entries(op.responses as Json)) {
      const res = this.deref<Json>(r);
      const media = res.content ? Object.entries(res.content as Json)[0] : undefined;
      responses.set(status, {
        headers: Object.entries((res.headers as Json) ?? {}).map(([name, h]) => {
          const hd = this.deref<Json>(h);
          return { name, required: hd.required === true, validate: this.compile(hd.schema ?? {}) };
        }),
        ...(media ? { mediaType: media[0], validate: this.compile((media[1] as Json).schema) } : {}),
      });
    }
    return {
      method: method.toUpperCase(),
      template,
      match: new RegExp(`^${pattern}$`),
      params: params
        .filter((p) => p.in === 'query')
        .map((p) => ({
          name: p.name as string,
          required: p.required === true,
          validate: this.compile(p.schema),
        })),
      ...(body && bodyMedia
        ? {
            body: {
              required: body.required === true,
              mediaType: bodyMedia[0],
              validate: this.compile((bodyMedia[1] as Json).schema),
            },
          }
        : {}),
      responses,
    };
  }

  /** The problems of one exchange (empty when it matches the contract). Never quotes values. */
  check(x: HttpExchange): string[] {
    const url = new URL(x.path, 'http://central');
    const label = `${x.method} ${url.pathname}${x.response ? ` → ${x.response.status}` : ''}`;
    const op = this.operations.find((o) => o.method === x.method && o.match.test(url.pathname));
    if (!op) return [`${label}: no such operation in the contract`];
    const request = this.checkRequest(op, url, x);
    const expectInvalid = header(x.requestHeaders, EXPECT_INVALID_HEADER) !== undefined;
    const problems = !expectInvalid
      ? request
      : x.response && (x.response.status < 400 || x.response.status > 499)
        ? [`a deliberately invalid request was answered ${x.response.status}, not 4xx`]
        : [];
    if (x.response) problems.push(...this.checkResponse(op, x.response));
    return problems.map((p) => `${label}: ${p}`);
  }

  private checkRequest(op: Operation, url: URL, x: HttpExchange): string[] {
    const out: string[] = [];
    for (const p of op.params) {
      const v = url.searchParams.get(p.name);
      if (v === null) {
        if (p.required) out.push(`query parameter ${p.name} is missing`);
      } else if (!p.validate(v))
        out.push(`query parameter ${p.name}: ${this.ajv.errorsText(p.validate.errors)}`);
    }
    for (const name of url.searchParams.keys())
      if (!op.params.some((p) => p.name === name)) out.push(`query parameter ${name} is not in the contract`);
    if (!/^Bearer \S+$/.test(header(x.requestHeaders, 'authorization') ?? ''))
      out.push('no bearer token (security: deskToken)');
    if (!op.body) {
      if (x.requestBody) out.push('a body where the contract has none');
      return out;
    }
    if (!x.requestBody) return op.body.required ? [...out, 'the request body is missing'] : out;
    const type = header(x.requestHeaders, 'content-type') ?? '';
    if (!type.toLowerCase().startsWith(op.body.mediaType))
      out.push(`content-type is not ${op.body.mediaType}`);
    return [...out, ...this.json('request body', x.requestBody, op.body.validate)];
  }

  private checkResponse(op: Operation, res: NonNullable<HttpExchange['response']>): string[] {
    const answer = op.responses.get(String(res.status)) ?? op.responses.get(`${String(res.status)[0]}XX`);
    if (!answer) return [`status ${res.status} is not documented for this operation`];
    const out: string[] = [];
    for (const h of answer.headers) {
      const v = header(res.headers, h.name);
      if (v === undefined) {
        if (h.required) out.push(`response header ${h.name} is missing`);
      } else if (!h.validate(v))
        out.push(`response header ${h.name}: ${this.ajv.errorsText(h.validate.errors)}`);
    }
    if (!answer.validate) return out;
    const type = header(res.headers, 'content-type') ?? '';
    if (!type.toLowerCase().startsWith(answer.mediaType!))
      out.push(`content-type is not ${answer.mediaType}`);
    return [...out, ...this.json('response body', res.body, answer.validate)];
  }

  private json(what: string, text: string, validate: ValidateFunction): string[] {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return [`${what} is not JSON`];
    }
    if (validate(value)) return [];
    // Paths and keywords only: a value may be personal data (synthetic here, but not in general).
    return (validate.errors ?? []).map(
      (e) => `${what}${e.instancePath || ''} ${e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    );
  }
}

let shared: SyncContract | null = null;
/** The contract as committed (parsed and compiled once per test file). */
export function syncContract(): SyncContract {
  return (shared ??= SyncContract.load());
}
