// The contract checker itself, on the recorded v1 traffic (tests/fixtures/sync-v1): every recorded
// exchange still matches docs/sync-openapi.yaml; a desk request or a central answer with one field
// broken does not; and /v1 may only change in ways that keep clients built against the recording
// working — anything else needs a new version path.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_DIR,
  readFixtures,
  SPEC_FILE,
  SURFACE_FILE,
  type RecordedExchange,
} from '../../scripts/sync-spec';
import { breakingChanges, surfaceOf, type Surface } from '../helpers/sync-compat';
import { SyncContract, syncContract, type HttpExchange } from '../helpers/sync-contract';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const fixtures = readFixtures().flatMap((f) => f.exchanges);
const recordedSurface = JSON.parse(readFileSync(path.join(FIXTURE_DIR, SURFACE_FILE), 'utf8')) as Surface;
const specDoc = () => parse(readFileSync(SPEC_FILE, 'utf8')) as Json;

function exchange(r: RecordedExchange): HttpExchange {
  const text = (b: unknown) => (b === undefined ? '' : typeof b === 'string' ? b : JSON.stringify(b));
  return {
    method: r.request.method,
    path: r.request.path,
    requestHeaders: r.request.headers,
    requestBody: text(r.request.body),
    response: { status: r.response.status, headers: r.response.headers, body: text(r.response.body) },
  };
}
/** A recorded exchange, deep-copied and edited. */
function mutated(pred: (r: RecordedExchange) => boolean, edit: (r: Json) => void): HttpExchange {
  const r = structuredClone(fixtures.find(pred));
  expect(r, 'the fixture has such an exchange').toBeDefined();
  edit(r as Json);
  return exchange(r!);
}
const isPush = (r: RecordedExchange) =>
  r.request.method === 'POST' && r.response.status === 200 && (r.request.body as Json).events.length > 2;

describe('recorded v1 traffic (tests/fixtures/sync-v1)', () => {
  it('covers every endpoint, and every exchange still matches the contract', () => {
    const endpoints = new Set(fixtures.map((r) => `${r.request.method} ${r.request.path.split('?')[0]}`));
    expect(endpoints).toEqual(
      new Set(['GET /v1/health', 'POST /v1/events', 'GET /v1/events', 'GET /v1/results']),
    );
    for (const r of fixtures) expect(syncContract().check(exchange(r)), `${r.title}`).toEqual([]);
  });

  it('fails a desk request with a broken payload field, naming the field and not the value', () => {
    const renamed = mutated(isPush, (r) => {
      const p = r.request.body.events[0].payload;
      p.receivedDate = p.receivedOn;
      delete p.receivedOn;
    });
    const problems = syncContract().check(renamed);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/request body\/events\/0\/payload required .*receivedOn/),
        expect.stringMatching(/request body\/events\/0\/payload additionalProperties .*receivedDate/),
      ]),
    );
    expect(problems.join()).not.toContain('2026-03-02');
    const badCode = mutated(isPush, (r) => void (r.request.body.events[0].payload.channel = 'pigeon'));
    expect(syncContract().check(badCode)).toEqual([
      expect.stringMatching(/events\/0\/payload\/channel enum/),
    ]);
    const unknownType = mutated(isPush, (r) => void (r.request.body.events[0].type = 'letter.burned'));
    expect(syncContract().check(unknownType)).toEqual([expect.stringMatching(/events\/0 discriminator/)]);
    const wrongRecord = mutated(isPush, (r) => void (r.request.body.events[0].recordType = 'request'));
    expect(syncContract().check(wrongRecord)).toEqual([expect.stringMatching(/events\/0\/recordType const/)]);
  });

  it('fails a central answer with a broken field, a missing header or an undocumented status', () => {
    const noTime = mutated(isPush, (r) => void delete r.response.body.receivedAt);
    expect(syncContract().check(noTime)).toEqual([
      expect.stringMatching(/response body required .*receivedAt/),
    ]);
    const badStatus = mutated(isPush, (r) => void (r.response.body.results[0].status = 'maybe'));
    expect(syncContract().check(badStatus)).toEqual([expect.stringMatching(/results\/0\/status enum/)]);
    const result = (r: RecordedExchange) => ((r.response.body as Json).results ?? []).length > 0;
    const isResults = (r: RecordedExchange) => r.request.path.startsWith('/v1/results') && result(r);
    const noCursor = mutated(isResults, (r) => void delete r.response.body.results[0].cursor);
    expect(syncContract().check(noCursor)).toEqual([expect.stringMatching(/results\/0 required .*cursor/)]);
    const isBusy = (r: RecordedExchange) => r.response.status === 429;
    const badRetry = mutated(isBusy, (r) => void (r.response.headers['retry-after'] = 'soon'));
    expect(syncContract().check(badRetry)).toEqual([expect.stringMatching(/header Retry-After/)]);
    const noDate = mutated(isBusy, (r) => void delete r.response.headers.date);
    expect(syncContract().check(noDate)).toEqual([expect.stringMatching(/header Date is missing/)]);
    const teapot = mutated(isBusy, (r) => void (r.response.status = 418));
    expect(syncContract().check(teapot)).toEqual([expect.stringMatching(/status 418 is not documented/)]);
    const is401 = (r: RecordedExchange) => r.response.status === 401 && r.request.method === 'GET';
    const noChallenge = mutated(is401, (r) => void delete r.response.headers['www-authenticate']);
    expect(syncContract().check(noChallenge)).toEqual([expect.stringMatching(/WWW-Authenticate is missing/)]);
  });
});

describe('compatibility of /v1', () => {
  it('the current document keeps every operation, answer and field clients of the recorded v1 rely on', () => {
    const problems = breakingChanges(recordedSurface, surfaceOf(specDoc()));
    expect(problems, 'a breaking change: keep /v1 as recorded and add /v2/… next to it').toEqual([]);
    for (const p of Object.keys(specDoc().paths as Json)) expect(p).toMatch(/^\/v\d+\//);
  });

  it('refuses breaking changes to /v1 and lets additive ones through', () => {
    const breaks = (edit: (d: Json) => void) => {
      const d = specDoc();
      edit(d);
      return breakingChanges(recordedSurface, surfaceOf(d));
    };
    const s = (d: Json) => d.components.schemas;
    expect(breaks((d) => s(d).LetterRegistered.required.push('senderName'))).toEqual([
      expect.stringMatching(/<type=letter.registered>\/payload: senderName became required/),
    ]);
    expect(breaks((d) => delete d.paths['/v1/results'])).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/GET \/v1\/results 200: the answer is no longer documented/),
      ]),
    );
    expect(breaks((d) => s(d).Channel.enum.pop())).toEqual(
      expect.arrayContaining([expect.stringMatching(/code e_document no longer accepted/)]),
    );
    expect(breaks((d) => (s(d).PushResponse.required = ['results']))).toEqual([
      expect.stringMatching(/POST \/v1\/events 200: receivedAt no longer always answered/),
    ]);
    // Additive: an optional request field, a new event type, a new response field.
    expect(
      breaks((d) => {
        s(d).PushRequest.properties.anchor = { type: 'object', required: ['seq', 'hash'], properties: {} };
        s(d).EventType.enum.push('breach.recorded');
        s(d).Event.oneOf.push({ $ref: '#/components/schemas/BreachRecordedEvent' });
        s(d).BreachRecordedEvent = {
          type: 'object',
          required: ['type', 'payload'],
          properties: { type: { const: 'breach.recorded' }, payload: { type: 'object', required: ['x'] } },
        };
        s(d).PushResponse.properties.receipt = { type: 'string' };
        s(d).PushResponse.required.push('receipt');
      }),
    ).toEqual([]);
    // And the checker still compiles the changed document.
    expect(() => new SyncContract(specDoc())).not.toThrow();
  });
});
