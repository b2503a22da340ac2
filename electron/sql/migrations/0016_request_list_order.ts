import type { Migration } from './index';

/**
 * The requests list at 100,000 requests (issue 18, calls bench): sorted by receipt or by last
 * change it sorted every request (0.1-0.4 s), an officer's list sorted all of that officer's
 * requests, and a search by Вх. № read every link. With an index in each sort order (and per
 * officer) the list walks the order it shows and stops after a page; the link search is a lookup.
 * The purge looked up a request's replies by reading every outgoing letter: 40-150 ms a request.
 */
export const m0016_request_list_order: Migration = {
  version: 16,
  name: 'requests: indexes in the list orders, on linked letter numbers and on replies by request',
  up(db) {
    db.exec(`
      CREATE INDEX requests_received_at ON requests(received_at);
      CREATE INDEX requests_updated_at ON requests(updated_at);
      CREATE INDEX requests_officer_received ON requests(officer, received_at);
      CREATE INDEX requests_officer_updated ON requests(officer, updated_at);
      CREATE INDEX requests_officer_number ON requests(officer, year, seq);
      CREATE INDEX request_letters_number ON request_letters(incoming_no);
      CREATE INDEX outgoing_request ON outgoing_letters(request_id) WHERE request_id IS NOT NULL;`);
  },
};
