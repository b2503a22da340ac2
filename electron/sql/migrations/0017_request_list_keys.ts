import type { Migration } from './index';

/**
 * The requests list searched by a common name at 100,000 requests (issue 18): the name and IIN
 * indexes held the subject's rowid, so each match read its subject row (the whole record: name,
 * address, contacts) only to learn the request's number, and every write in between (each list
 * leaves an audit entry) makes a reader read those pages again. With the request number in the
 * index the search's set of numbers is read from the index alone; the new indexes serve every
 * query the old ones did (duplicates by name and address, by IIN), so the old ones go.
 *
 * The indexes in the list's sort orders end with the request number, the list's tie-break: a due
 * date is shared by a thousand requests, and a change of the calendar stamps every running request
 * with the same time of change (30,000 at once in the bench), so an order index without the number
 * made SQLite read and sort every row of the first tie before it could show a page (190 ms).
 */
export const m0017_request_list_keys: Migration = {
  version: 17,
  name: 'requests: the request number in the subject indexes and at the end of the sort indexes',
  up(db) {
    db.exec(`DROP INDEX request_subjects_name;
      DROP INDEX request_subjects_iin;
      CREATE INDEX request_subjects_name ON request_subjects(name_key, address_key, request_id);
      CREATE INDEX request_subjects_iin ON request_subjects(iin, request_id) WHERE iin IS NOT NULL;
      DROP INDEX requests_due;
      DROP INDEX requests_received_at;
      DROP INDEX requests_updated_at;
      DROP INDEX requests_officer;
      DROP INDEX requests_officer_received;
      DROP INDEX requests_officer_updated;
      CREATE INDEX requests_due ON requests(due_on, id);
      CREATE INDEX requests_received_at ON requests(received_at, id);
      CREATE INDEX requests_updated_at ON requests(updated_at, id);
      CREATE INDEX requests_officer ON requests(officer, due_on, id);
      CREATE INDEX requests_officer_received ON requests(officer, received_at, id);
      CREATE INDEX requests_officer_updated ON requests(officer, updated_at, id);`);
  },
};
