// Renders the generated parts of the sync contract's documents: components.schemas of
// docs/sync-openapi.yaml (from the zod schemas, scripts/sync-openapi.ts) and the examples section of
// docs/sync-protocol.md (from the recorded v1 traffic, tests/fixtures/sync-v1). Everything else in
// both files is hand-written and kept as it is. Run by `npm run spec` (scripts/spec.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { generateSyncSchemas } from './sync-openapi';

export const ROOT = path.resolve(__dirname, '..');
export const SPEC_FILE = path.join(ROOT, 'docs', 'sync-openapi.yaml');
export const PROTOCOL_FILE = path.join(ROOT, 'docs', 'sync-protocol.md');
export const FIXTURE_DIR = path.join(ROOT, 'tests', 'fixtures', 'sync-v1');
/** What v1 clients rely on (tests/helpers/sync-compat.ts), recorded with the traffic. */
export const SURFACE_FILE = 'surface.json';

async function prettier(text: string, file: string): Promise<string> {
  const config = (await resolveConfig(file)) ?? {};
  return format(text, { ...config, filepath: file });
}

/** Short collections of plain values read best on one line, as in the hand-written part. */
function compact(node: unknown): boolean {
  const short = (n: { toJSON(): unknown }) => JSON.stringify(n.toJSON()).length <= 90;
  if (isSeq(node)) return short(node) && node.items.every((i) => isScalar(i));
  if (isMap(node))
    return short(node) && node.items.every((p) => isScalar(p.value) || (isSeq(p.value) && compact(p.value)));
  return false;
}

/** Example name from a situation's title: "A wrong token" → "a-wrong-token". */
const slug = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);

/**
 * Named examples for the documented JSON bodies that are not shared responses, from the recorded
 * traffic: what the central IT team's mock servers and docs show (Redocly checks them too).
 */
function examplesFromFixtures(fixtures: ReturnType<typeof readFixtures>) {
  const out = new Map<string, Record<string, { summary: string; value: unknown }>>();
  const put = (where: string[], title: string, value: unknown) => {
    const k = JSON.stringify(where);
    const named = out.get(k) ?? {};
    if (Object.keys(named).length < 3 && !Object.values(named).some((e) => e.summary === title))
      named[slug(title)] = { summary: title, value };
    out.set(k, named);
  };
  const shown = new Set<string>();
  for (const x of fixtures.flatMap((f) => f.exchanges)) {
    if (x.request.headers[INVALID] !== undefined || x.response.status !== 200) continue;
    const op = ['paths', x.request.path.split('?')[0]!, x.request.method.toLowerCase()];
    const kind = `${op.join(' ')}|${answerKinds(x)}`;
    if (shown.has(kind)) continue;
    shown.add(kind);
    if (x.request.body !== undefined)
      put([...op, 'requestBody', 'content', 'application/json', 'examples'], x.title, x.request.body);
    put([...op, 'responses', '200', 'content', 'application/json', 'examples'], x.title, x.response.body);
  }
  return [...out].map(([k, v]) => [JSON.parse(k) as string[], v] as const);
}

/**
 * docs/sync-openapi.yaml with components.schemas regenerated from the zod schemas and the
 * examples from the recorded traffic; the rest (and its comments) kept.
 */
export async function renderSyncOpenApi(current: string, fixtures = readFixtures()): Promise<string> {
  const doc = parseDocument(current);
  const schemas = doc.createNode(generateSyncSchemas());
  visit(schemas, {
    Map: (_, n) => void (n.flow = compact(n)),
    Seq: (_, n) => void (n.flow = compact(n)),
  });
  doc.setIn(['components', 'schemas'], schemas);
  for (const [where, examples] of examplesFromFixtures(fixtures)) {
    const node = doc.createNode(examples);
    // Quoted, so YAML 1.1 readers (many generators) keep "2026-03-02" a string, not a date.
    visit(node, {
      Scalar: (k, n) => void (k !== 'key' && typeof n.value === 'string' && (n.type = 'QUOTE_SINGLE')),
    });
    doc.setIn(where, node);
  }
  return prettier(doc.toString({ lineWidth: 0 }), SPEC_FILE);
}

export interface RecordedExchange {
  /** What the exchange shows, e.g. "a batch with a rejected event". */
  title: string;
  request: { method: string; path: string; headers: Record<string, string>; body?: unknown };
  response: { status: number; headers: Record<string, string>; body: unknown };
}

/** Endpoints in the order the protocol document presents them. */
const ENDPOINT_FILES = ['health.json', 'events-post.json', 'results-get.json', 'events-get.json'];
const order = (f: string) =>
  (ENDPOINT_FILES.indexOf(f) + ENDPOINT_FILES.length + 1) % (ENDPOINT_FILES.length + 1);

/** The recorded v1 traffic, one file per endpoint (tests/fixtures/sync-v1/*.json). */
export function readFixtures(dir = FIXTURE_DIR): Array<{ file: string; exchanges: RecordedExchange[] }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== SURFACE_FILE)
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((file) => ({
      file,
      exchanges: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as RecordedExchange[],
    }));
}

const BEGIN = '<!-- examples: generated by `npm run spec` from tests/fixtures/sync-v1; do not edit -->';
const END = '<!-- end of examples -->';
const SHOWN_HEADERS = ['content-type', 'authorization', 'date', 'retry-after', 'www-authenticate'];

function http(first: string, headers: Record<string, string>, body: unknown): string {
  const lines = [first];
  for (const h of SHOWN_HEADERS) if (headers[h] !== undefined) lines.push(`${h}: ${headers[h]}`);
  if (body !== undefined) lines.push('', JSON.stringify(body, null, 2));
  return ['```http', ...lines, '```'].join('\n');
}

const INVALID = 'x-contract-expect-invalid';
const errorCode = (x: RecordedExchange) =>
  (x.response.body as { error?: { code?: string } }).error?.code ?? '';

/** The kinds of per-item answers in a body ("accepted,rejected"), to tell examples apart. */
function answerKinds(x: RecordedExchange): string {
  const items = (x.response.body as { results?: Array<{ status?: string }> }).results ?? [];
  return [...new Set(items.map((i) => i.status))].sort().join(',');
}

/**
 * Per endpoint: the first exchange of each status and kind of answer, in full; the requests
 * malformed on purpose only as a list of their answers (their bodies teach nothing).
 */
export function renderExamples(fixtures = readFixtures()): string {
  const parts: string[] = [BEGIN, ''];
  for (const { exchanges } of fixtures) {
    const first = exchanges[0];
    if (!first) continue;
    parts.push(`#### \`${first.request.method} ${first.request.path.split('?')[0]}\``, '');
    const shown = new Set<string>();
    for (const x of exchanges) {
      const k = `${x.response.status}|${answerKinds(x)}`;
      if (x.request.headers[INVALID] !== undefined || shown.has(k)) continue;
      shown.add(k);
      parts.push(`${x.title}:`, '');
      parts.push(
        http(`${x.request.method} ${x.request.path} HTTP/1.1`, x.request.headers, x.request.body),
        '',
      );
      parts.push(http(`HTTP/1.1 ${x.response.status}`, x.response.headers, x.response.body), '');
    }
    const bad = exchanges.filter((x) => x.request.headers[INVALID] !== undefined);
    if (bad.length)
      parts.push(
        'Malformed requests (sent on purpose by the contract test) were answered:',
        '',
        ...bad.map((x) => `- \`${x.response.status}\` \`${errorCode(x)}\``),
        '',
      );
  }
  parts.push(END);
  return parts.join('\n');
}

/** The examples block of docs/sync-protocol.md (between its markers), as committed. */
export function examplesBlock(doc: string): string {
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error('docs/sync-protocol.md: the examples markers are missing');
  return doc.slice(a, b + END.length);
}

/** docs/sync-protocol.md with the examples block regenerated; the prose is left as written. */
export async function renderProtocolDoc(current: string, fixtures = readFixtures()): Promise<string> {
  const block = (await prettier(renderExamples(fixtures), PROTOCOL_FILE)).trimEnd();
  return current.replace(examplesBlock(current), block);
}
