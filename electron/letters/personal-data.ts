// The letters feature's personal data: what a generated letter said about its addressee (the
// form data, the composed text and the DOCX). A purge clears all three for every version of the
// request's letters; the number, kind, dates, size and hash stay as proof of what was sent.
import type { PurgeFeature } from '../core/purge-pipeline';
import { purgeRequestLetters } from './service';
import { requestLetterOutgoingIds } from './sql/letters';

export const LETTERS_PERSONAL_DATA: PurgeFeature = {
  name: 'letters',
  personalData: { letter_versions: ['input', 'composed', 'docx'] },
  purge: purgeRequestLetters,
  replies: requestLetterOutgoingIds,
};
