import type { ReactNode } from 'react';
import { Form, FormActions, FormErrorSummary, TextInput } from '@verbinder/web/ui';
import { optionalText, requireText, useForm, type Validate } from '@verbinder/web/forms';
import type { PersonInput, SchoolOption } from '../graphql/types';
import { MembershipFields, emptyMembershipChoice, type MembershipChoice } from './membership-fields';

interface PersonFormValues {
  name: string;
  email: string;
  jobTitle: string;
  password: string;
  membership: MembershipChoice;
}

export interface PersonFormSubmit {
  person: PersonInput;
  password: string | null;
  membership: MembershipChoice;
}

export interface PersonFormProps {
  initial?: PersonInput;
  /** When given, the form also asks for a first role in the region (new people only). */
  membershipSchools?: readonly SchoolOption[];
  /** Offer a password field (new people who will sign in with a local account). */
  withPassword?: boolean;
  submitLabel: string;
  secondary: ReactNode;
  onSave: (values: PersonFormSubmit) => Promise<unknown>;
}

const validate: Validate<PersonFormValues> = (values) => {
  const problems: Record<string, string> = {};
  requireText(problems, 'name', values.name, 'Vul de naam in.');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) {
    problems['email'] = 'Vul een geldig e-mailadres in, zoals naam@school.nl.';
  }
  return problems;
};

export function PersonForm({ initial, membershipSchools, withPassword, submitLabel, secondary, onSave }: PersonFormProps) {
  const form = useForm<PersonFormValues>({
    name: initial?.name ?? '',
    email: initial?.email ?? '',
    jobTitle: initial?.jobTitle ?? '',
    password: '',
    membership: emptyMembershipChoice,
  });

  const save = (values: PersonFormValues) =>
    onSave({
      person: { name: values.name.trim(), email: values.email.trim(), jobTitle: optionalText(values.jobTitle) },
      password: values.password ? values.password : null,
      membership: values.membership,
    });

  return (
    <Form label={initial ? `${initial.name} bewerken` : 'Nieuwe persoon'} onSubmit={() => void form.submit(save, validate)}>
      <FormErrorSummary message={form.summary} />
      <TextInput label="Naam" autoComplete="off" {...form.text('name')} />
      <TextInput label="E-mailadres" type="email" inputMode="email" autoComplete="off" {...form.text('email')} />
      <TextInput label="Functie" optional hint="Bijvoorbeeld: docent Zorg en Welzijn." {...form.text('jobTitle')} />
      {withPassword && (
        <TextInput label="Wachtwoord" optional type="password" autoComplete="new-password" hint="Alleen nodig als deze persoon zonder schoolaccount (Microsoft) inlogt." {...form.text('password')} />
      )}
      {membershipSchools && <MembershipFields schools={membershipSchools} value={form.values.membership} onChange={(membership) => form.set('membership', membership)} error={form.error} />}
      <FormActions submitLabel={submitLabel} saving={form.saving} saved={form.saved} secondary={secondary} />
    </Form>
  );
}
