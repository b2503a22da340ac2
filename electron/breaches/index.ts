// The breach register: service, notices. See service.ts.
import type { z } from 'zod';
import type { BreachNotice } from '../../common/contract/breaches';
import type { breachNoticeSchema } from '../../common/breaches/schemas';
import { readLetterhead } from '../letters';
import { almatyDay } from '../../common/time/almaty';
import type { Server } from '../sql/server';
import { renderNotice } from './notice';
import { getBreach } from './service';

export {
  decideSubjectsNotice,
  getBreach,
  listBreaches,
  notifyAuthority,
  openBreach,
  updateMeasures,
} from './service';

/** The notice to the authorized body or to the subjects, as a DOCX (nothing is stored). */
export async function breachNotice(
  server: Server,
  input: z.output<typeof breachNoticeSchema>,
): Promise<BreachNotice> {
  const b = getBreach(server, input.id);
  const lh = server.read((db) => readLetterhead(db));
  const kind = input.kind === 'authority' ? 'breach_notice' : 'breach_subject_notice';
  return renderNotice(b, kind, input.lang, lh, input.date ?? almatyDay(server.now()));
}
export { registerBreaches } from './cli';
export { breachHandlers } from './handlers';
