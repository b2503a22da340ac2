// The two registers (incoming Вх. №, outgoing Исх. №) as data: their table, number, statuses,
// sort keys, filters and columns. The shared SQL (electron/mailroom/sql/register.ts), the
// services and the CLI read this; incoming and outgoing code keeps only what truly differs.
// Adding a plain field to a register is one checked column here plus a migration: its input
// check, stored value and types follow (see README, "Adding a field to the incoming register").
import { z } from 'zod';
import {
  CHANNELS,
  LANGUAGES,
  REGISTER_SORT_KEYS,
  REGISTER_STATUSES,
  isoDateSchema,
  optText,
  reqText,
  type Register,
} from '../contract/mailroom-vocab';
import { DEFAULT_INCOMING_FORMAT, DEFAULT_OUTGOING_FORMAT } from './number-format';

/** One stored column of a register table. */
export interface RegisterColumn {
  /** Name in the stored record (what an insert takes). */
  field: string;
  column: string;
  /** Name when read, if not `field`. */
  as?: string;
  /** Read into list rows and entries ('row'), into entries only ('entry'), or never ('none'). */
  read: 'row' | 'entry' | 'none';
  /** Written by an insert ('insert'), also changeable by an edit ('update'), or read-only ('none'). */
  write: 'insert' | 'update' | 'none';
  /** Read under the same name into rows/entries; false: the register's SQL module shapes it. */
  flat: boolean;
  /**
   * A plain field's input check: the call takes it under its name, stores what the check gives
   * (NFC, absent as null) and reads it back as is. Fields checked by hand have none.
   */
  schema?: z.ZodType;
}

export interface RegisterDescriptor {
  register: Register;
  table: string;
  /** SQL alias of the table in reads. */
  alias: string;
  /** Audit entity type, and the NOT_FOUND entity. */
  entity: string;
  /** Audit action prefix (`intake.cancel`, `outgoing.cancel`). */
  action: string;
  /** How the number is called on paper, and its default format (settings may change it). */
  numberLabel: string;
  numberFormat: string;
  /** Record field and column of the register number. */
  numberField: string;
  numberColumn: string;
  /** mail_scans column pointing at this register. */
  scanColumn: string;
  statuses: readonly string[];
  sortKeys: readonly string[];
  /** The register day: `instant` columns hold a time (days are Almaty days), else a calendar date. */
  day: { column: string; instant: boolean };
  /** The sort key ordering by the other party (sender, addressee), and its sort column. */
  partySort: { key: string; column: string };
  /** The two filters beyond period and status: the channel and the responsible person. */
  filters: { channel: Filter; party: Filter };
  columns: readonly RegisterColumn[];
}

interface Filter {
  /** Key in the contract's filter, CLI flag, column. */
  key: string;
  flag: string;
  column: string;
  description: string;
}

type Read = RegisterColumn['read'];
type Write = RegisterColumn['write'];
/** Fields grouped by how they are read and written: `{ row: { update: ['summary'] } }`. */
type Access = { readonly [R in Read]?: { readonly [W in Write]?: readonly string[] } };
type Group<A extends Access, R extends Read> = NonNullable<A[R]>;
/** The columns of an Access, each with its own field, read and write as literal types. */
type ColumnsOf<A extends Access> = {
  [R in keyof A & Read]: {
    [W in keyof Group<A, R> & Write]: RegisterColumn & {
      field: NonNullable<Group<A, R>[W]>[number];
      read: R;
      write: W;
    };
  }[keyof Group<A, R> & Write];
}[keyof A & Read];

/** The stored column of a field: its name in snake_case (`senderIin` → `sender_iin`). */
const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Columns from fields grouped by access. `shaped`: the register's SQL module reads them into a
 * nested value (the sender, the cancellation) instead of under their names; `renamed`: read as.
 */
function columns<const A extends Access>(
  access: A,
  { shaped = false, renamed = {} }: { shaped?: boolean; renamed?: Readonly<Record<string, string>> } = {},
): ColumnsOf<A>[] {
  const out: RegisterColumn[] = [];
  for (const [read, byWrite] of Object.entries(access) as [Read, Access[Read]][])
    for (const [write, fields] of Object.entries(byWrite ?? {}) as [Write, readonly string[]][])
      for (const field of fields) {
        const as = renamed[field];
        out.push({ field, column: snakeCase(field), read, write, flat: !shaped, ...(as ? { as } : {}) });
      }
  return out as ColumnsOf<A>[];
}

type Checks = { readonly [R in Read]?: { readonly [W in Write]?: Readonly<Record<string, z.ZodType>> } };
type CheckGroup<A extends Checks, R extends Read, W extends Write> = NonNullable<NonNullable<A[R]>[W]>;
/** The columns of checked fields, each with its field, access and schema as literal types. */
type CheckedColumnsOf<A extends Checks> = {
  [R in keyof A & Read]: {
    [W in keyof NonNullable<A[R]> & Write]: {
      [F in keyof CheckGroup<A, R, W> & string]: RegisterColumn & {
        field: F;
        read: R;
        write: W;
        schema: CheckGroup<A, R, W>[F];
      };
    }[keyof CheckGroup<A, R, W> & string];
  }[keyof NonNullable<A[R]> & Write];
}[keyof A & Read];

/** Columns of plain fields with their input checks, grouped by access like `columns`. */
export function checked<const A extends Checks>(access: A): CheckedColumnsOf<A>[] {
  const out: RegisterColumn[] = [];
  for (const [read, byWrite] of Object.entries(access) as [Read, Checks[Read]][])
    for (const [write, fields] of Object.entries(byWrite ?? {}) as [Write, Record<string, z.ZodType>][])
      for (const [field, schema] of Object.entries(fields))
        out.push({ field, column: snakeCase(field), read, write, flat: true, schema });
  return out as CheckedColumnsOf<A>[];
}

/**
 * What a register says of itself; the rest of its descriptor follows from its name and these
 * (statuses and sort keys from the contract, the default number format from number-format.ts).
 */
interface Own {
  register: Register;
  /** Audit action prefix and call prefix (`intake.cancel`), and the table's SQL alias in reads. */
  action: string;
  alias: string;
  /** The register day's column; `instant` when it holds a time (days are then Almaty days). */
  day: { column: string; instant?: boolean };
  /** How the number is called on paper. */
  numberLabel: string;
  /** Sort key by the other party (its column is `<key>_sort`). */
  partySort: string;
  /** The channel filter's key (and flag and column). */
  channel: string;
  /** The person filter: its key (column in snake_case) and CLI flag (default: the key). */
  party: { key: string; flag?: string; description: string };
}

const DEFAULT_FORMATS = { incoming: DEFAULT_INCOMING_FORMAT, outgoing: DEFAULT_OUTGOING_FORMAT };

/** A register's descriptor: its own settings, the names that follow from its name, its columns. */
function describe<const O extends Own, C extends RegisterColumn>(own: O, cols: C[]) {
  type R = O['register'];
  const { day, partySort, channel, party, ...rest } = own;
  const register: R = own.register;
  return {
    ...rest,
    table: `${register}_letters`,
    entity: `${register}_letter`,
    numberField: `${register}No` as `${R}No`,
    numberColumn: `${register}_no`,
    scanColumn: `${register}_id`,
    numberFormat: DEFAULT_FORMATS[register],
    statuses: REGISTER_STATUSES[register] as (typeof REGISTER_STATUSES)[R],
    sortKeys: REGISTER_SORT_KEYS[register] as (typeof REGISTER_SORT_KEYS)[R],
    day: { column: day.column, instant: day.instant ?? false },
    partySort: { key: partySort, column: `${partySort}_sort` },
    filters: {
      channel: { key: channel, flag: channel, column: channel, description: CHANNELS.join(', ') },
      party: {
        key: party.key,
        flag: party.flag ?? party.key,
        column: snakeCase(party.key),
        description: party.description,
      },
    },
    columns: [...SHARED_COLUMNS, ...cols],
  } as const satisfies RegisterDescriptor;
}

/** Columns both tables have, under the same names. */
const SHARED_COLUMNS = [
  ...columns({
    row: { insert: ['year', 'seq'], update: ['trackingNumber'] },
    entry: { insert: ['uid', 'createdBy'], update: ['trackingWarning'] },
  }),
  ...checked({
    row: { update: { summary: reqText(2000), sheets: z.number().int().min(0).max(100_000).nullish() } },
    entry: { update: { courierCompany: optText(100), waybill: optText(100), notes: optText(4000) } },
  }),
  ...columns({ entry: { none: ['updatedAt'] } }),
  ...columns({ entry: { none: ['cancelledAt', 'cancelledBy', 'cancelReason'] } }, { shaped: true }),
];

export const INCOMING_REGISTER = describe(
  {
    register: 'incoming',
    action: 'intake',
    alias: 'l',
    day: { column: 'received_at', instant: true },
    numberLabel: 'Вх. №',
    partySort: 'sender',
    channel: 'channel',
    party: { key: 'assignedTo', flag: 'officer', description: 'assigned officer' },
  },
  [
    ...columns({
      row: {
        insert: ['incomingNo'],
        update: ['receivedAt', 'receivedDate', 'requestKind'],
        none: ['replyOutgoingNo'],
      },
      entry: { insert: ['createdAt'] },
      none: { update: ['senderSort'] },
    }),
    ...checked({
      row: {
        update: {
          channel: z.enum(CHANNELS),
          /** The paper's own title (free text). */
          documentType: optText(100),
          language: z.enum(LANGUAGES),
          /** The officer the letter is assigned to (login or name of a staff member). */
          assignedTo: optText(100),
          /** YYYY-MM-DD; normally set by the requests feature from the legal deadline. */
          dueDate: isoDateSchema.nullish(),
        },
      },
      entry: { update: { enclosures: optText(1000) } },
    }),
    // The sender, read into `sender` by electron/mailroom/sql/incoming.ts.
    ...columns(
      {
        row: { update: ['senderKind', 'senderName', 'senderIin', 'senderAddress'] },
        entry: { update: ['senderRefNumber', 'senderRefDate'] },
      },
      { shaped: true },
    ),
  ],
);

export const OUTGOING_REGISTER = describe(
  {
    register: 'outgoing',
    action: 'outgoing',
    alias: 'o',
    day: { column: 'date' },
    numberLabel: 'Исх. №',
    partySort: 'addressee',
    channel: 'method',
    party: { key: 'signatory', description: 'who signed' },
  },
  [
    ...columns(
      {
        row: {
          insert: ['outgoingNo', 'status', 'sentAt'],
          update: ['date', 'signatory', 'inReplyToNo', 'method', 'language'],
        },
        entry: {
          insert: ['requestId'],
          update: ['inReplyToId'],
          none: ['returnedAt', 'statusNote', 'createdAt'],
        },
        none: { insert: ['registeredAt'], update: ['addresseeSort'] },
      },
      { renamed: { inReplyToNo: 'inReplyTo' } },
    ),
    // The addressee, read into `addressee` by electron/mailroom/sql/outgoing.ts.
    ...columns({ row: { update: ['addresseeKind', 'addresseeName', 'addresseeAddress'] } }, { shaped: true }),
  ],
);

export const REGISTER_DESCRIPTORS = { incoming: INCOMING_REGISTER, outgoing: OUTGOING_REGISTER } as const;

type ColumnOf<D extends RegisterDescriptor> = D['columns'][number];
/** Record fields an edit may change. */
export type UpdatableField<D extends RegisterDescriptor> = Extract<ColumnOf<D>, { write: 'update' }>['field'];

/** The checked (plain) columns of a descriptor. */
type CheckedColumn<D extends RegisterDescriptor> = Extract<ColumnOf<D>, { schema: z.ZodType }>;
/** The reads a level takes in: all, list rows, or entries (rows' columns and their own). */
type Level = 'all' | 'row' | 'entry';
type Reads<L extends Level> = L extends 'all' ? Read : L extends 'entry' ? 'row' | 'entry' : L;
/** A checked field as stored and read: what its check gives, absent as null. */
type Stored<S extends z.ZodType> =
  undefined extends z.output<S> ? Exclude<z.output<S>, undefined> | null : z.output<S>;

/** The input checks of a descriptor's plain fields, by field (spread into the call's schema). */
export type CheckedShape<D extends RegisterDescriptor> = {
  [C in CheckedColumn<D> as C['field']]: C['schema'];
};
/** The plain fields' stored values (all, or those a list row or an entry reads). */
export type CheckedValues<D extends RegisterDescriptor, L extends Level = 'all'> = {
  [C in CheckedColumn<D> as C['read'] extends Reads<L> ? C['field'] : never]: Stored<C['schema']>;
};

function checkedColumns(d: RegisterDescriptor) {
  return d.columns.filter((c): c is RegisterColumn & { schema: z.ZodType } => c.schema !== undefined);
}

export function checkedShape<D extends RegisterDescriptor>(d: D): CheckedShape<D> {
  return Object.fromEntries(checkedColumns(d).map((c) => [c.field, c.schema])) as CheckedShape<D>;
}

/** What to store for the plain fields of a checked input: text in NFC, absent as null. */
export function checkedValues<D extends RegisterDescriptor>(
  d: D,
  input: { readonly [F in keyof CheckedShape<D>]?: unknown },
): CheckedValues<D> {
  const values = input as Record<string, unknown>;
  return Object.fromEntries(
    checkedColumns(d).map((c) => {
      const v = values[c.field];
      return [c.field, typeof v === 'string' ? v.normalize('NFC') : (v ?? null)];
    }),
  ) as CheckedValues<D>;
}

/** The plain fields of a read entry (they are read under their own names). */
export function checkedOf<D extends RegisterDescriptor>(
  d: D,
  entry: CheckedValues<D, 'entry'>,
): CheckedValues<D> {
  const values = entry as Record<string, unknown>;
  return Object.fromEntries(checkedColumns(d).map((c) => [c.field, values[c.field]])) as CheckedValues<D>;
}
