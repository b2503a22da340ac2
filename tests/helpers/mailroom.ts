// Helpers for mailroom tests: parse inputs through the contract schemas (as dispatch does) and
// run the core functions inside Server.write, as the handlers do.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  intakeCreateSchema,
  outgoingCreateSchema,
  type IntakeCreateInput,
  type OutgoingCreateInput,
} from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import { registerIncoming } from '../../electron/mailroom/intake';
import { registerOutgoing } from '../../electron/mailroom/outgoing';
import type { Server } from '../../electron/sql/server';
import { diskBytes } from './tmpdb';

export const ACTOR = 'clerk.test';

/** The exact JSON issue 4 says `intake add` must accept. */
export const ISSUE_SAMPLE = {
  receivedAt: '2026-11-23T10:05:00+05:00',
  channel: 'registered_mail',
  trackingNumber: 'RR123456785KZ',
  sender: { name: 'Айгерім Сейтқали', iin: '900115300122', address: 'Алматы қ., Абай даңғылы 10, 25 пәтер' },
  summary: 'Келісімді қайтарып алу туралы өтініш',
  language: 'kk',
  sheets: 1,
} as const;

export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  return schema.parse(input);
}

export function addIncoming(server: Server, input: IntakeCreateInput) {
  const parsed = parse(intakeCreateSchema, input);
  return registerIncoming(server, ACTOR, parsed);
}

export function addOutgoing(server: Server, input: OutgoingCreateInput) {
  const parsed = parse(outgoingCreateSchema, input);
  return registerOutgoing(server, ACTOR, parsed);
}

/** The thrown PdError (code and details), or undefined when nothing was thrown. */
export function errorOf(fn: () => unknown): { code: string; details?: Record<string, unknown> } | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof PdError) return { code: e.code, ...(e.details ? { details: e.details } : {}) };
    throw e;
  }
  return undefined;
}

export function fileHash(file: string): string {
  return createHash('sha256').update(diskBytes(file)).digest('hex');
}

/** A fixed clock. */
export function at(iso: string): () => Date {
  return () => new Date(iso);
}

/** A minimal real PDF (one empty page) and PNG (1×1 pixel). */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** The first bytes of a Windows executable ("MZ" header). */
export const FAKE_EXE = Buffer.concat([
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
  Buffer.alloc(256, 0x41),
]);
