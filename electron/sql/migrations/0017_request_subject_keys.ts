import type { Migration } from './index';

/**
 * The requests list searched by a common name at 100,000 requests (issue 18): the name and IIN
 * indexes held the subject's rowid, so each match read its subject row (the whole record: name,
 * address, contacts) only to learn the request's number, and every write in between (each list
 * leaves an audit entry) makes a reader read those pages again. With the request number in the
 * index the search's set of numbers is read from the index alone; the new indexes serve every
 * query the old ones did (duplicates by name and address, by IIN), so the old ones go.
 */
export const m0017_request_subject_keys: Migration = {
  version: 17,
  name: 'requests: the request number in the subject name and IIN indexes',
  up(db) {
    db.exec(`DROP INDEX request_subjects_name;
      DROP INDEX request_subjects_iin;
      CREATE INDEX request_subjects_name ON request_subjects(name_key, address_key, request_id);
      CREATE INDEX request_subjects_iin ON request_subjects(iin, request_id) WHERE iin IS NOT NULL;`);
  },
};
