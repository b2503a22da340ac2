// The breach register's page: #/breaches (list), #/breaches/new (form), #/breaches/<id> (detail).
import type { PageComponentProps } from '../../app/pages/types';
import { BreachDetail } from './BreachDetail';
import { BreachForm } from './BreachForm';
import { BreachList } from './BreachList';

export function BreachesPage({ params }: PageComponentProps) {
  const [first] = params;
  if (first === 'new') return <BreachForm />;
  if (first) return <BreachDetail id={first} />;
  return <BreachList />;
}
