// The form kit: import fields from here. Two ways to bind the same framed controls —
// react-hook-form registration (TextInput, SelectInput, …) or a state value with onChange
// (InputField, ChoiceField, …) — plus checkboxes and the frame for a hand-made control.
export { ChoiceSet, FieldError, FieldFrame, Options, type ControlIds, type FrameProps } from './field';
export { FreeTextInput, RadioGroup, SelectInput, TextArea, TextInput } from './fields';
export { ChoiceField, DateField, InputField, LabeledField, TextAreaField } from './controls';
export { CheckField, CheckGroup } from './checks';
export { DateInput, DateTimeInput, RegisteredDateInput } from './DateInput';
