// docs/sync-openapi.yaml mirrors common/sync/payloads.ts: same event types, same fields, same
// required fields and the same codes. The zod schemas are authoritative; this keeps the doc honest.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  blockActionPayload,
  eraseActionPayload,
  exportActionPayload,
  rectifyActionPayload,
  suppressActionPayload,
  SYNC_EVENT_TYPES,
  SYNC_PAYLOAD_SCHEMAS,
  unblockActionPayload,
} from '../../common/sync/payloads';

type Node = Record<string, unknown>;
const doc = parse(readFileSync(path.resolve(__dirname, '../../docs/sync-openapi.yaml'), 'utf8')) as Node;
const schemas = ((doc.components as Node).schemas as Node) ?? {};

function resolve(n: unknown, root: Node): unknown {
  if (n && typeof n === 'object' && '$ref' in (n as Node)) {
    const ref = (n as Node).$ref as string;
    return resolve(
      ref
        .split('/')
        .slice(1)
        .reduce<unknown>((o, k) => (o as Node)[k], root),
      root,
    );
  }
  return n;
}

/** Every enum/const value anywhere under a schema node. */
function codes(n: unknown, root: Node, out = new Set<string>()): Set<string> {
  const r = resolve(n, root);
  if (Array.isArray(r)) r.forEach((x) => codes(x, root, out));
  else if (r && typeof r === 'object') {
    for (const [k, v] of Object.entries(r as Node)) {
      if (k === 'enum' && Array.isArray(v)) v.forEach((x) => typeof x === 'string' && out.add(x));
      else if (k === 'const' && typeof v === 'string') out.add(v);
      else codes(v, root, out);
    }
  }
  return out;
}

function shape(n: unknown, root: Node) {
  const r = resolve(n, root) as Node;
  const props = (r.properties ?? {}) as Node;
  return {
    properties: Object.keys(props).sort(),
    required: [...((r.required as string[]) ?? [])].sort(),
    codes: Object.fromEntries(
      Object.keys(props)
        .sort()
        .map((k) => [k, [...codes(props[k], root)].sort()]),
    ),
  };
}

const OPENAPI_NAMES = {
  'letter.registered': 'LetterRegistered',
  'request.opened': 'RequestOpened',
  'request.changed': 'RequestChanged',
  'request.decided': 'RequestDecided',
  'request.closed': 'RequestClosed',
  'letter.sent': 'LetterSent',
} as const;

describe('docs/sync-openapi.yaml', () => {
  it('is OpenAPI 3.1 and lists exactly the contract event types', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect((schemas.EventType as Node).enum).toEqual([...SYNC_EVENT_TYPES]);
  });

  it('describes every payload with the same fields, required fields and codes as the zod schemas', () => {
    for (const [type, name] of Object.entries(OPENAPI_NAMES)) {
      const fromZod = z.toJSONSchema(SYNC_PAYLOAD_SCHEMAS[type as keyof typeof OPENAPI_NAMES]) as Node;
      expect(shape(schemas[name], doc), type).toEqual(shape(fromZod, fromZod));
    }
    const actions = {
      BlockAction: blockActionPayload,
      UnblockAction: unblockActionPayload,
      EraseAction: eraseActionPayload,
      RectifyAction: rectifyActionPayload,
      SuppressAction: suppressActionPayload,
      ExportAction: exportActionPayload,
    };
    for (const [name, schema] of Object.entries(actions)) {
      const fromZod = z.toJSONSchema(schema) as Node;
      expect(shape(schemas[name], doc), name).toEqual(shape(fromZod, fromZod));
    }
  });
});
