import { useCallback, useMemo, useState } from 'react';
import { errorMessage, fieldErrors } from '@verbinder/web/api-client';

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];
type ListKeys<V> = { [K in keyof V]: V[K] extends readonly string[] ? K : never }[keyof V];

export type Validate<V> = (values: V) => Record<string, string>;

/**
 * Form state shared by every feature's forms: values, saving/saved flags, and errors from the
 * client-side check and from the server (BAD_USER_INPUT `extensions.fields`, a rule violation's
 * `extensions.field`). Error keys are input field names; "locations.0.city" targets a row of the
 * `locations` value, and "evidenceLinks" also shows a message for "evidenceLinks.1".
 */
export function useForm<V extends object>(initial: V) {
  const [values, setValues] = useState<V>(initial);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [serverError, setServerError] = useState<unknown>();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setSaved(false);
  }, []);

  const serverFields = useMemo(() => fieldErrors(serverError), [serverError]);

  /** The message for a field; "evidenceLinks" also shows a server message for "evidenceLinks.1". */
  const error = (name: string): string | undefined => localErrors[name] ?? serverFields[name] ?? Object.entries(serverFields).find(([key]) => key.startsWith(`${name}.`))?.[1];

  /** Props for a text-like control bound to a string value. */
  const text = <K extends StringKeys<V>>(key: K) => ({
    value: values[key] as string,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value as V[K]),
    error: error(String(key)),
  });

  /** Props for a CheckboxGroup bound to a list of strings. */
  const choices = <K extends ListKeys<V>>(key: K) => ({
    value: values[key] as readonly string[],
    onChange: (next: string[]) => set(key, next as V[K]),
    error: error(String(key)),
  });

  const isShownField = (name: string) => name.split('.')[0] in values;

  let summary: string | undefined;
  if (Object.keys(localErrors).length > 0) {
    summary = 'Controleer de gemarkeerde velden.';
  } else if (serverError) {
    const unmatched = Object.entries(serverFields).filter(([name]) => !isShownField(name));
    if (Object.keys(serverFields).length > 0 && unmatched.length === 0) {
      summary = 'Controleer de gemarkeerde velden.';
    } else {
      summary = [...new Set([errorMessage(serverError), ...unmatched.map(([, message]) => message)])].join(' ');
    }
  }

  /** Run the client-side check, then the save action; never throws. Returns whether it saved. */
  const submit = async (action: (values: V) => Promise<unknown>, validate?: Validate<V>): Promise<boolean> => {
    const problems = validate?.(values) ?? {};
    setLocalErrors(problems);
    setServerError(undefined);
    setSaved(false);
    if (Object.keys(problems).length > 0) return false;
    setSaving(true);
    try {
      await action(values);
      setSaved(true);
      return true;
    } catch (err) {
      setServerError(err);
      return false;
    } finally {
      setSaving(false);
    }
  };

  /** Back to `next` (or the initial values) after a save, keeping the "Opgeslagen" state. */
  const reset = (next: V = initial) => {
    setValues(next);
    setLocalErrors({});
    setServerError(undefined);
  };

  return { values, set, text, choices, error, submit, reset, saving, saved, summary, serverError };
}

export function requireText(problems: Record<string, string>, name: string, value: string, message: string) {
  if (value.trim() === '') problems[name] = message;
}

export function requireInteger(
  problems: Record<string, string>,
  name: string,
  value: string,
  message: string,
  { optional = false, min, max }: { optional?: boolean; min?: number; max?: number } = {},
) {
  if (optional && value.trim() === '') return;
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || (min !== undefined && number < min) || (max !== undefined && number > max)) {
    problems[name] = message;
  }
}

/** '' → null, otherwise the trimmed text. */
export function optionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Non-empty trimmed lines of a textarea (e.g. evidence links, one per line). */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function optionalInteger(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}
