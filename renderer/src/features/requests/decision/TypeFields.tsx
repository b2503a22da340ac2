// The fields that differ per request type; a withdrawal has none beyond the outcome's.
import type { ComponentType } from 'react';
import type { RequestType } from '../../../../../common/requests/vocab';
import { AccessFields } from './AccessFields';
import { BlockingFields } from './BlockingFields';
import { ComplaintFields } from './ComplaintFields';
import { MinorFields } from './MinorFields';
import { ObjectionFields } from './ObjectionFields';
import { RectificationFields } from './RectificationFields';
import { StopMessagesFields } from './StopMessagesFields';
import type { TypeFieldsProps } from './values';

const FIELDS: Record<RequestType, ComponentType<TypeFieldsProps> | null> = {
  access: AccessFields,
  rectification: RectificationFields,
  blocking: BlockingFields,
  stop_messages: StopMessagesFields,
  complaint: ComplaintFields,
  objection: ObjectionFields,
  minor_deletion: MinorFields,
  withdrawal: null,
};

export function TypeFields(props: TypeFieldsProps) {
  const Fields = FIELDS[props.type];
  return Fields ? <Fields {...props} /> : null;
}
