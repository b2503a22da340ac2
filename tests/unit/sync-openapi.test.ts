// docs/sync-openapi.yaml is generated from the zod source of truth (common/sync/payloads.ts,
// common/sync/protocol.ts) by `npm run spec`: the committed file must be exactly what the generator
// produces, and the event union must be a proper discriminated union over the contract's types.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SYNC_EVENT_RECORD_TYPES, SYNC_EVENT_TYPES, SYNC_PAYLOAD_SCHEMAS } from '../../common/sync/payloads';
import { eventSchemaName, generateSyncSchemas, payloadSchemaName } from '../../scripts/sync-openapi';
import { PROTOCOL_FILE, renderProtocolDoc, renderSyncOpenApi, SPEC_FILE } from '../../scripts/sync-spec';

type Node = Record<string, unknown>;
const text = readFileSync(SPEC_FILE, 'utf8');
const doc = parse(text) as Node;
const schemas = (doc.components as Node).schemas as Record<string, Node>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('docs/sync-openapi.yaml', () => {
  it('is OpenAPI 3.1 with license and contact, and lists exactly the contract event types', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({
      license: { name: expect.any(String), identifier: expect.any(String) },
      contact: { name: expect.any(String), email: expect.stringMatching(/@/) },
    });
    expect(schemas.EventType!.enum).toEqual([...SYNC_EVENT_TYPES]);
  });

  it('has the schemas `npm run spec` generates from the zod schemas, and is up to date', async () => {
    expect(schemas).toEqual(generateSyncSchemas());
    expect(await renderSyncOpenApi(text), 'run npm run spec').toBe(text);
    const md = readFileSync(PROTOCOL_FILE, 'utf8');
    expect(await renderProtocolDoc(md), 'run npm run spec').toBe(md);
  });

  it('events are a discriminated union on type; each branch requires its type, recordType and payload', () => {
    const event = schemas.Event!;
    expect(event.discriminator).toEqual({
      propertyName: 'type',
      mapping: Object.fromEntries(SYNC_EVENT_TYPES.map((t) => [t, ref(eventSchemaName(t)).$ref])),
    });
    expect(event.oneOf).toEqual(SYNC_EVENT_TYPES.map((t) => ref(eventSchemaName(t))));
    for (const t of SYNC_EVENT_TYPES) {
      const branch = schemas[eventSchemaName(t)]!;
      const props = branch.properties as Record<string, Node>;
      expect(branch.required, t).toEqual(
        expect.arrayContaining(['eventId', 'seq', 'type', 'recordType', 'payload']),
      );
      expect(branch.additionalProperties, t).toBe(false);
      expect(props.type!.const, t).toBe(t);
      expect(props.recordType!.const, t).toBe(SYNC_EVENT_RECORD_TYPES[t]);
      expect(props.payload, t).toEqual(ref(payloadSchemaName(t)));
    }
  });

  it('each payload has the fields, required fields and closedness of its zod schema', () => {
    for (const t of SYNC_EVENT_TYPES) {
      const fromZod = z.toJSONSchema(SYNC_PAYLOAD_SCHEMAS[t], { io: 'input' }) as Node;
      const s = schemas[payloadSchemaName(t)]!;
      const branches = (s.oneOf as Node[] | undefined)?.map(
        (b) => schemas[(b.$ref as string).split('/').pop()!]!,
      ) ?? [s];
      const zodBranches = (fromZod.oneOf as Node[] | undefined) ?? [fromZod];
      expect(branches.length, t).toBe(zodBranches.length);
      branches.forEach((b, i) => {
        const zb = zodBranches[i]!;
        expect(Object.keys(b.properties as Node).sort(), t).toEqual(
          Object.keys(zb.properties as Node).sort(),
        );
        expect([...(b.required as string[])].sort(), t).toEqual([...(zb.required as string[])].sort());
        expect(b.additionalProperties, t).toBe(false);
      });
    }
  });
});
