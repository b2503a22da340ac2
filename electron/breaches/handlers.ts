import type { breachCalls } from '../../common/contract/breaches';
import * as br from '.';
import { readOneAudited } from '../app/viewed';
import type { Handler } from '../app/dispatch';

type BreachHandlers = { [K in keyof typeof breachCalls]: Handler<K> };

export const breachHandlers: BreachHandlers = {
  'breaches.open': (i, { core, actor }) => br.openBreach(core.db(), actor, i),
  'breaches.list': (i, { core }) => br.listBreaches(core.db(), i),
  'breaches.get': (i, { core, actor }) =>
    readOneAudited(core.db(), actor, 'breach', i.id, () => br.getBreach(core.db(), i.id)),
  'breaches.updateMeasures': (i, { core, actor }) => br.updateMeasures(core.db(), actor, i),
  'breaches.notifyAuthority': (i, { core, actor }) => br.notifyAuthority(core.db(), actor, i),
  'breaches.decideSubjects': (i, { core, actor }) => br.decideSubjectsNotice(core.db(), actor, i),
  'breaches.notice': (i, { core }) => br.breachNotice(core.db(), i),
};
