// Breach register words: categories, states and the countdown, from the i18n files.
import type { TFunction } from 'i18next';
import type { BreachDataCategory, BreachState } from '../../../../common/breaches/schemas';

export function categoryName(t: TFunction, c: BreachDataCategory): string {
  return t(`breach.category.${c}`);
}

export function breachStateName(t: TFunction, s: BreachState): string {
  return t(`breach.state.${s}`);
}
