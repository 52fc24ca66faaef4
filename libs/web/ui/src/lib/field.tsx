import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/** Props a field passes to its control so that label, hint and error are tied to it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Marks the label with "(optioneel)". */
  optional?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** The ids that tie a control (or a fieldset) to its hint and error message. */
function useDescriptionIds(hint: ReactNode, error: string | undefined) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { id, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

/** A field's hint and error message, with the ids its control points to; `errorPrefix` reads "Fout: " before the error to screen readers. */
function HintAndError({ hint, hintId, error, errorId, errorPrefix = false }: { hint: ReactNode; hintId?: string; error?: string; errorId?: string; errorPrefix?: boolean }) {
  return (
    <>
      {hint && (
        <p className="vb-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="vb-field__error" id={errorId}>
          {errorPrefix && <span className="vb-visually-hidden">Fout: </span>}
          {error}
        </p>
      )}
    </>
  );
}

export function Field({ label, hint, error, optional, className, children }: FieldProps) {
  const { id, hintId, errorId, describedBy } = useDescriptionIds(hint, error);
  return (
    <div className={['vb-field', error ? 'vb-field--error' : '', className].filter(Boolean).join(' ')}>
      <label className="vb-field__label" htmlFor={id}>
        {label}
        {optional && <span className="vb-field__optional"> (optioneel)</span>}
      </label>
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} errorPrefix />
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

interface CommonFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}

export type TextInputProps = CommonFieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export function TextInput({ label, hint, error, optional, className, ...input }: TextInputProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(control) => <input className="vb-input" {...input} {...control} />}
    </Field>
  );
}

export type TextAreaProps = CommonFieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextArea({ label, hint, error, optional, className, rows = 4, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(control) => <textarea className="vb-input" rows={rows} {...textarea} {...control} />}
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** Options for things with an id and a name (schools, people, regions), in the order given. */
export function namedOptions(items: readonly { id: string; name: string }[]): SelectOption[] {
  return items.map((item) => ({ value: item.id, label: item.name }));
}

export type SelectProps = CommonFieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
    options: readonly SelectOption[];
    /** Adds a first, empty option with this text (for optional choices). */
    emptyOption?: string;
  };

export function Select({ label, hint, error, optional, className, options, emptyOption, ...select }: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(control) => (
        <select className="vb-input vb-select" {...select} {...control}>
          {emptyOption !== undefined && <option value="">{emptyOption}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

export function Checkbox({ label, hint, error, className, ...input }: CheckboxProps) {
  const { id, hintId, errorId, describedBy } = useDescriptionIds(hint, error);
  return (
    <div className={['vb-checkbox', error ? 'vb-field--error' : '', className].filter(Boolean).join(' ')}>
      <input type="checkbox" id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...input} />
      <div>
        <label htmlFor={id}>{label}</label>
        <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      </div>
    </div>
  );
}

export interface CheckboxGroupProps {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly SelectOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Shown instead of the boxes when there is nothing to choose from. */
  emptyText?: string;
}

/** A multi-select as a group of checkboxes (accessible and usable on phones). */
export function CheckboxGroup({ legend, hint, error, options, value, onChange, emptyText }: CheckboxGroupProps) {
  const { hintId, errorId, describedBy } = useDescriptionIds(hint, error);
  const toggle = (optionValue: string, checked: boolean) => onChange(checked ? [...value, optionValue] : value.filter((v) => v !== optionValue));
  return (
    <fieldset className={['vb-fieldset', 'vb-checkbox-group', error ? 'vb-field--error' : ''].filter(Boolean).join(' ')} aria-describedby={describedBy}>
      <legend className="vb-field__label">{legend}</legend>
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {options.length === 0 && emptyText ? <p className="vb-muted">{emptyText}</p> : null}
      {options.map((option) => (
        <Checkbox key={option.value} label={option.label} checked={value.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
      ))}
    </fieldset>
  );
}

export interface FieldsetProps {
  legend: ReactNode;
  children: ReactNode;
}

export function Fieldset({ legend, children }: FieldsetProps) {
  return (
    <fieldset className="vb-fieldset">
      <legend className="vb-fieldset__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}
