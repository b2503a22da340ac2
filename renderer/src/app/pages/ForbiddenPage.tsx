import { NoPage } from './NotFoundPage';
import type { PageComponentProps } from './types';

/** A page the signed-in role may not open (typed or bookmarked address). */
export function ForbiddenPage(_props: PageComponentProps) {
  return <NoPage reason="forbidden" />;
}
