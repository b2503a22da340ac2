// Numbered migrations, applied in order inside one transaction and tracked with user_version.
// A migration, once released, is never edited: add the next number instead.
import type Database from 'better-sqlite3-multiple-ciphers';
import { m0001_foundation } from './0001_foundation';
import { m0002_sync } from './0002_sync';
import { m0003_mailroom } from './0003_mailroom';
import { m0004_requests } from './0004_requests';
import { m0005_letters } from './0005_letters';
import { m0006_accounts } from './0006_accounts';
import { m0007_mailroom_search } from './0007_mailroom_search';
import { m0008_breaches } from './0008_breaches';
import { m0009_audit_guard } from './0009_audit_guard';
import { m0010_counts } from './0010_counts';
import { m0011_mail_corrections } from './0011_mail_corrections';
import { m0012_search_fold } from './0012_search_fold';
import { m0013_audit_action } from './0013_audit_action';
import { m0014_request_kind } from './0014_request_kind';
import { m0015_dashboard_due } from './0015_dashboard_due';
import { m0016_request_list_order } from './0016_request_list_order';
import { m0017_request_list_keys } from './0017_request_list_keys';
import { m0018_fts_secure_purge } from './0018_fts_secure_purge';
import { m0019_fts_merge_off_commit } from './0019_fts_merge_off_commit';
import { m0020_fts_prefix_four } from './0020_fts_prefix_four';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  m0001_foundation,
  m0002_sync,
  m0003_mailroom,
  m0004_requests,
  m0005_letters,
  m0006_accounts,
  m0007_mailroom_search,
  m0008_breaches,
  m0009_audit_guard,
  m0010_counts,
  m0011_mail_corrections,
  m0012_search_fold,
  m0013_audit_action,
  m0014_request_kind,
  m0015_dashboard_due,
  m0016_request_list_order,
  m0017_request_list_keys,
  m0018_fts_secure_purge,
  m0019_fts_merge_off_commit,
  m0020_fts_prefix_four,
];

export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
