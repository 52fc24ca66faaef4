import { ApolloError } from '@apollo/client';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router-dom';
import type { SchoolInput } from '../graphql/types';
import { SchoolForm } from './school-form';

function renderForm(onSave: (input: SchoolInput) => Promise<unknown>) {
  render(
    <MemoryRouter>
      <SchoolForm submitLabel="School toevoegen" cancelTo="/regio/noord" onSave={onSave} />
    </MemoryRouter>,
  );
  return screen.getByRole('form', { name: 'Nieuwe school' });
}

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });
const submit = async (form: HTMLElement) => {
  await act(async () => {
    fireEvent.click(within(form).getByRole('button', { name: 'School toevoegen' }));
  });
};

describe('SchoolForm', () => {
  it('refuses an empty school with a message at each missing field, without saving', async () => {
    const onSave = jest.fn(async () => undefined);
    const form = renderForm(onSave);
    await submit(form);
    expect(onSave).not.toHaveBeenCalled();
    expect(within(form).getByRole('alert').textContent).toContain('Controleer de gemarkeerde velden.');
    const name = within(form).getByLabelText('Naam', { exact: true }) as HTMLInputElement;
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')?.split(' ').pop() ?? '')?.textContent).toBe('Fout: Vul de naam van de school in.'); // the field's description, as a screen reader reads it
    const location = within(form).getByRole('group', { name: 'Locatie 1' });
    expect(location.textContent).toContain('Geef de locatie een naam.');
    expect(location.textContent).toContain('Vul de plaats in.');
  });

  it('saves trimmed values, with empty optional fields as null, and says so', async () => {
    const onSave = jest.fn(async () => undefined);
    const form = renderForm(onSave);
    type(within(form).getByLabelText('Naam', { exact: true }), '  Morgen College ');
    type(within(form).getByLabelText(/BRIN-nummer/), '12AB');
    const location = within(form).getByRole('group', { name: 'Locatie 1' });
    type(within(location).getByLabelText('Naam locatie'), 'Hoofdgebouw');
    type(within(location).getByLabelText('Plaats'), ' Harderwijk ');
    await submit(form);
    expect(onSave).toHaveBeenCalledWith({
      name: 'Morgen College',
      kind: 'VO',
      koepel: null,
      brin: '12AB',
      website: null,
      locations: [{ name: 'Hoofdgebouw', address: null, city: 'Harderwijk' }],
    });
    expect(within(form).queryByRole('alert')).toBeNull();
    expect(within(form).getByRole('status').textContent).toBe('Opgeslagen');
  });

  it('shows the server’s field errors at the field, a row’s at its row', async () => {
    const refusal = new ApolloError({
      graphQLErrors: [
        new GraphQLError('Ongeldige invoer', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'brin', message: 'Dit BRIN-nummer bestaat al.' },
              { field: 'locations.0.city', message: 'Onbekende plaats.' },
            ],
          },
        }),
      ],
    });
    const onSave = jest.fn(async () => {
      throw refusal;
    });
    const form = renderForm(onSave);
    type(within(form).getByLabelText('Naam', { exact: true }), 'Morgen College');
    const location = within(form).getByRole('group', { name: 'Locatie 1' });
    type(within(location).getByLabelText('Naam locatie'), 'Hoofdgebouw');
    type(within(location).getByLabelText('Plaats'), 'Nergens');
    await submit(form);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(within(form).getByRole('alert').textContent).toContain('Controleer de gemarkeerde velden.');
    expect((within(form).getByLabelText(/BRIN-nummer/) as HTMLInputElement).getAttribute('aria-invalid')).toBe('true');
    expect(form.textContent).toContain('Dit BRIN-nummer bestaat al.');
    expect(location.textContent).toContain('Onbekende plaats.');
    expect(within(form).getByRole('status').textContent).toBe('');
  });
});
