// Generates the schemas of docs/sync-openapi.yaml from the zod source of truth
// (common/sync/payloads.ts, common/sync/protocol.ts) with zod's own z.toJSONSchema, so the event
// union, the payloads and the wire shapes cannot drift from what the desk and the reference central
// validate. `npm run spec` rewrites components.schemas (and the examples in docs/sync-protocol.md);
// tests/unit/sync-openapi.test.ts fails when the committed files differ from what this produces.
// Paths, responses, headers and prose in the YAML stay hand-written.
import { z } from 'zod';
import {
  SYNC_ACTIONS,
  SYNC_CHANNELS,
  SYNC_EVENT_RECORD_TYPES,
  SYNC_EVENT_TYPES,
  SYNC_LANGUAGES,
  SYNC_PAYLOAD_SCHEMAS,
  SYNC_REQUEST_TYPES,
  type SyncEventType,
} from '../common/sync/payloads';
import { anchorReceipt, auditHead } from '../common/sync/anchor';
import {
  actionResult,
  errorResponse,
  eventAnswer,
  healthResponse,
  pushRequest,
  pushResponse,
  reasonCode,
  resultsResponse,
  wireEvent,
} from '../common/sync/protocol';

export type JsonSchema = { [key: string]: unknown };

const REF = (name: string) => `#/components/schemas/${name}`;

/** 'letter.registered' → 'LetterRegistered' (component names follow the wire names). */
export function pascal(name: string): string {
  return name
    .split(/[._-]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** The component name of an event type's payload and of its event envelope. */
export const payloadSchemaName = (type: string) => pascal(type);
export const eventSchemaName = (type: string) => `${pascal(type)}Event`;

/**
 * Shared vocabularies get one named schema each, so code generators make one type (`Channel`)
 * instead of one per field. A field whose enum is exactly one of these lists becomes a $ref.
 */
const VOCABULARIES: Record<string, readonly string[]> = {
  RequestType: SYNC_REQUEST_TYPES,
  Channel: SYNC_CHANNELS,
  Language: SYNC_LANGUAGES,
  Action: SYNC_ACTIONS,
};

/**
 * Prose the zod schemas cannot carry as code (their rules live in refinements). Keys are
 * `Component` or `Component.property`. A `.meta({ description })` on a zod schema also flows through.
 */
const DESCRIPTIONS: Record<string, string> = {
  Error: 'Body of every non-2xx answer.',
  ReasonCode: 'A machine code, never text that could carry personal data.',
  HealthResponse: 'Central is up and the token is valid for this desk.',
  PushRequest: 'A batch: events in strictly ascending seq, at most one event per record.',
  'PushRequest.events': 'Ascending seq, at most one event per record.',
  PushResponse: 'One answer per event, in the order sent.',
  EventAnswer:
    '`duplicate` (the event id is already stored, same desk, seq and payload) counts as delivered; ' +
    '`rejected` is permanent for the event as sent.',
  'EventAnswer.reason':
    'With `rejected` only. Known codes: invalid_envelope, idempotency_key_conflict, seq_reused, ' +
    'unknown_event_type, record_type_mismatch, event_type_not_enabled, invalid_payload, out_of_order. ' +
    'A desk treats an unknown code as a rejection too.',
  'EventAnswer.detail': 'With `rejected` only: field paths and issue codes, never values.',
  ActionResult: 'A result of an action.requested event, e.g. "erase executed at T".',
  'ActionResult.cursor': 'Opaque, ascending; pass the last one seen as `after`.',
  'ActionResult.eventId': 'The action.requested event.',
  'ActionResult.executedAt': 'Central time.',
  'ActionResult.note': "Operator's note (a code or short text); no personal data by contract.",
  ResultsResponse: 'Results, oldest first.',
  'ResultsResponse.nextCursor': 'The cursor to pass next time (unchanged when there was nothing new).',
  EventType: 'The event types of protocol version 1.',
  Event:
    'One outbox event. `type` selects the branch; each branch fixes `recordType` and the payload schema.',
  RequestChanged: 'The fields central tracks after the change; pauseReason is set exactly while paused.',
  RequestDecided: 'refusalGround is null exactly when the request is granted in full.',
  ActionRequested: 'An action central must carry out; `action` selects the branch.',
  'EraseAction.iin': 'A valid IIN (check digit verified); biometric and KYC data are keyed by it.',
  SuppressAction: 'At least one of subjectAccountId and phone is not null.',
  LetterRegistered:
    'A letter entered the incoming register. Not the sender, the address or the summary. ' +
    'requestType is null when the letter is not a subject request.',
  LetterSent: 'A reply (or other outgoing letter) left the office. Not the addressee or the letter text.',
};

/** Envelope fields, described once for every event branch. */
const ENVELOPE_DESCRIPTIONS: Record<string, string> = {
  eventId: 'Idempotency key: identical on every retry.',
  seq: 'Per-desk sequence number.',
  occurredAt: 'When the desk committed the change (desk clock).',
};

interface Discriminated {
  def: { discriminator: string; options: z.ZodType[] };
}
function discriminatedUnion(s: z.ZodType): Discriminated['def'] | null {
  const def = (s as unknown as { _zod: { def: Partial<Discriminated['def']> } })._zod.def;
  return typeof def.discriminator === 'string' && Array.isArray(def.options)
    ? (def as Discriminated['def'])
    : null;
}
function literalOf(s: z.ZodType, key: string): string {
  const shape = (s as unknown as z.ZodObject).shape as Record<string, z.ZodLiteral<string>>;
  return [...shape[key]!.values][0]!;
}

/** Every zod schema that becomes a component, with its name, in the order they appear in the file. */
function registry() {
  const reg = z.registry<{ id: string }>();
  const unions = new Map<string, { key: string; mapping: Record<string, string> }>();
  const add = (s: z.ZodType, id: string) => {
    if (!reg.has(s)) reg.add(s, { id });
    return s;
  };
  const addUnion = (s: z.ZodType, id: string, nameOf: (value: string, key: string) => string) => {
    const d = discriminatedUnion(s);
    if (!d) return add(s, id);
    const mapping: Record<string, string> = {};
    for (const o of d.options) {
      const value = literalOf(o, d.discriminator);
      mapping[value] = REF(nameOf(value, d.discriminator));
      add(o, nameOf(value, d.discriminator));
    }
    unions.set(id, { key: d.discriminator, mapping });
    return add(s, id);
  };

  add(errorResponse, 'Error');
  add(reasonCode, 'ReasonCode');
  add(healthResponse, 'HealthResponse');
  add(pushRequest, 'PushRequest');
  add(pushResponse, 'PushResponse');
  add(eventAnswer, 'EventAnswer');
  add(resultsResponse, 'ResultsResponse');
  add(actionResult, 'ActionResult');
  add(auditHead, 'AuditHead');
  add(anchorReceipt, 'AnchorReceipt');
  add(z.enum(SYNC_EVENT_TYPES), 'EventType');
  const branches = SYNC_EVENT_TYPES.map((type: SyncEventType) =>
    add(
      wireEvent.extend({
        type: z.literal(type),
        recordType: z.literal(SYNC_EVENT_RECORD_TYPES[type]),
        payload: SYNC_PAYLOAD_SCHEMAS[type],
      }),
      eventSchemaName(type),
    ),
  );
  addUnion(
    z.discriminatedUnion('type', branches as unknown as [z.ZodObject, ...z.ZodObject[]]),
    'Event',
    (value) => eventSchemaName(value),
  );
  for (const type of SYNC_EVENT_TYPES)
    addUnion(SYNC_PAYLOAD_SCHEMAS[type], payloadSchemaName(type), (v, k) => pascal(v) + pascal(k));
  return { reg, unions };
}

function isObject(v: unknown): v is JsonSchema {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
const sameList = (a: unknown, b: readonly string[]) =>
  Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);

/** Tidies zod's output for OpenAPI readers; `top` is false below a component's root. */
function tidy(node: unknown, top: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => tidy(n, false));
  if (!isObject(node)) return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$schema' || k === 'id' || k === '$id') continue;
    // zod spells out the date and date-time grammars as regexes; the format says the same.
    if (k === 'pattern' && (node.format === 'date' || node.format === 'date-time')) continue;
    out[k] = tidy(v, false);
  }
  if (!top && out.type === 'string')
    for (const [name, list] of Object.entries(VOCABULARIES))
      if (sameList(out.enum, list)) return { $ref: REF(name) };
  return out;
}

function describe(schemas: Record<string, JsonSchema>): void {
  for (const [key, text] of Object.entries(DESCRIPTIONS)) {
    const [name, prop] = key.split('.');
    const s = schemas[name!];
    if (!s) continue;
    const target = prop ? (s.properties as Record<string, JsonSchema> | undefined)?.[prop] : s;
    if (target) target.description = text;
  }
  for (const type of SYNC_EVENT_TYPES) {
    const props = schemas[eventSchemaName(type)]!.properties as Record<string, JsonSchema>;
    for (const [k, text] of Object.entries(ENVELOPE_DESCRIPTIONS)) if (props[k]) props[k].description = text;
  }
}

/** components.schemas of docs/sync-openapi.yaml, generated. */
export function generateSyncSchemas(): Record<string, JsonSchema> {
  const { reg, unions } = registry();
  const out = z.toJSONSchema(reg, { uri: REF, io: 'input', target: 'draft-2020-12' }) as {
    schemas: Record<string, JsonSchema>;
  };
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, s] of Object.entries(out.schemas)) schemas[name] = tidy(s, true) as JsonSchema;
  for (const [name, list] of Object.entries(VOCABULARIES))
    schemas[name] = { type: 'string', enum: [...list] };

  // The wire schema of a batch leaves events open (central answers per event); the document says what they are.
  const events = (schemas.PushRequest!.properties as Record<string, JsonSchema>).events!;
  events.items = { $ref: REF('Event') };
  for (const [name, u] of unions) {
    const s = schemas[name]!;
    s.type = 'object';
    s.oneOf = Object.values(u.mapping).map(($ref) => ({ $ref }));
    delete s.anyOf;
    s.discriminator = { propertyName: u.key, mapping: u.mapping };
  }
  describe(schemas);
  return schemas;
}
