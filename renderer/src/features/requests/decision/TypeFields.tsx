// The fields that differ per request type; a withdrawal has none beyond the outcome's.
import { AccessFields } from './AccessFields';
import { BlockingFields } from './BlockingFields';
import { ComplaintFields } from './ComplaintFields';
import { MinorFields } from './MinorFields';
import { ObjectionFields } from './ObjectionFields';
import { RectificationFields } from './RectificationFields';
import { StopMessagesFields } from './StopMessagesFields';
import type { TypeFieldsProps } from './values';

export function TypeFields(props: TypeFieldsProps) {
  switch (props.type) {
    case 'access':
      return <AccessFields {...props} />;
    case 'rectification':
      return <RectificationFields {...props} />;
    case 'blocking':
      return <BlockingFields {...props} />;
    case 'stop_messages':
      return <StopMessagesFields {...props} />;
    case 'complaint':
      return <ComplaintFields {...props} />;
    case 'objection':
      return <ObjectionFields {...props} />;
    case 'minor_deletion':
      return <MinorFields {...props} />;
    case 'withdrawal':
      return null;
  }
}
