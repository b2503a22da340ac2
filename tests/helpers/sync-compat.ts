// What a deployed v1 desk or central relies on in docs/sync-openapi.yaml (its "surface"), and the
// rule that keeps /v1 compatible: operations and statuses are never removed; a request never gains
// a required field nor loses an allowed code; a response never stops sending a required field.
// Anything else is a breaking change and needs a new version path (/v2/...).
type Json = { [key: string]: unknown };

export interface Surface {
  /** "METHOD /path STATUS" for every documented answer. */
  operations: string[];
  /** Required fields per place in a request body ("POST /v1/events /events/[]/<type=…>/payload"). */
  requestRequired: Record<string, string[]>;
  /** Allowed codes per place in a request body. */
  requestEnums: Record<string, string[]>;
  /** Required fields per place in a 2xx response body. */
  responseRequired: Record<string, string[]>;
}

function resolver(doc: Json) {
  return (n: unknown): Json => {
    let cur = n as Json;
    for (let i = 0; cur && typeof cur.$ref === 'string' && i < 20; i++)
      cur = cur.$ref
        .slice(2)
        .split('/')
        .reduce<Json>((o, k) => o[k.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, doc);
    return cur ?? {};
  };
}

/** Walks a schema, calling `visit` with each place (a readable pointer) and its resolved schema. */
function walk(doc: Json, schema: unknown, place: string, visit: (place: string, s: Json) => void, depth = 0) {
  if (depth > 30) return;
  const s = resolver(doc)(schema);
  visit(place, s);
  const disc = (s.discriminator as Json | undefined)?.propertyName as string | undefined;
  for (const branch of (s.oneOf as unknown[] | undefined) ?? []) {
    const b = resolver(doc)(branch);
    const tag = disc
      ? (resolver(doc)((b.properties as Json | undefined)?.[disc]).const as string)
      : undefined;
    walk(doc, b, tag ? `${place}/<${disc}=${tag}>` : place, visit, depth + 1);
  }
  for (const branch of (s.anyOf as unknown[] | undefined) ?? []) walk(doc, branch, place, visit, depth + 1);
  for (const [k, v] of Object.entries((s.properties as Json | undefined) ?? {}))
    walk(doc, v, `${place}/${k}`, visit, depth + 1);
  if (s.items) walk(doc, s.items, `${place}/[]`, visit, depth + 1);
}

const add = (map: Record<string, string[]>, key: string, values: unknown) => {
  if (!Array.isArray(values)) return;
  map[key] = [...new Set([...(map[key] ?? []), ...values.map(String)])].sort();
};

export function surfaceOf(doc: Json): Surface {
  const out: Surface = { operations: [], requestRequired: {}, requestEnums: {}, responseRequired: {} };
  const resolve = resolver(doc);
  for (const [p, item] of Object.entries(doc.paths as Json)) {
    for (const [method, raw] of Object.entries(item as Json)) {
      const op = raw as Json;
      const name = `${method.toUpperCase()} ${p}`;
      const body = resolve(op.requestBody);
      const reqSchema = ((body.content as Json | undefined)?.['application/json'] as Json | undefined)
        ?.schema;
      if (reqSchema)
        walk(doc, reqSchema, name, (place, s) => {
          add(out.requestRequired, place, s.required);
          add(out.requestEnums, place, s.enum);
          if (s.const !== undefined) add(out.requestEnums, place, [s.const]);
        });
      for (const [status, r] of Object.entries(op.responses as Json)) {
        out.operations.push(`${name} ${status}`);
        const resSchema = ((resolve(r).content as Json | undefined)?.['application/json'] as Json | undefined)
          ?.schema;
        if (resSchema && status.startsWith('2'))
          walk(doc, resSchema, `${name} ${status}`, (place, s) =>
            add(out.responseRequired, place, s.required),
          );
      }
    }
  }
  out.operations.sort();
  return out;
}

/** Why `current` breaks clients built against `recorded` (empty when it does not). */
export function breakingChanges(recorded: Surface, current: Surface): string[] {
  const problems: string[] = [];
  for (const op of recorded.operations)
    if (!current.operations.includes(op)) problems.push(`${op}: the answer is no longer documented`);
  for (const [place, fields] of Object.entries(current.requestRequired)) {
    const before = recorded.requestRequired[place];
    if (!before) continue; // a new place (e.g. a new event type) may require what it likes
    for (const f of fields)
      if (!before.includes(f)) problems.push(`${place}: ${f} became required in requests`);
  }
  for (const [place, codes] of Object.entries(recorded.requestEnums)) {
    const now = current.requestEnums[place];
    if (!now) problems.push(`${place}: no longer accepted in requests`);
    else for (const c of codes) if (!now.includes(c)) problems.push(`${place}: code ${c} no longer accepted`);
  }
  for (const [place, fields] of Object.entries(recorded.responseRequired)) {
    const now = current.responseRequired[place];
    if (!now) problems.push(`${place}: no longer in responses`);
    else
      for (const f of fields) if (!now.includes(f)) problems.push(`${place}: ${f} no longer always answered`);
  }
  return problems;
}
