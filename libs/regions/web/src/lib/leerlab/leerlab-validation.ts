// Plain checks, no imports: the rules are unit-tested without loading the form components.

/**
 * A leerlab's round is the year of its subsidy round (2021, 2022, …), as the API checks it
 * (libs/regions/core leerlabs.service: 2018–2100); the start year is when the leerlab began.
 */
export const LEERLAB_ROUND = { min: 2018, max: 2100 } as const;
export const LEERLAB_START_YEAR = { min: 2000, max: 2100 } as const;

export interface LeerlabFormValues {
  name: string;
  round: string;
  startYear: string;
  theme: string;
  description: string;
  schoolIds: string[];
}

const isYearIn = (value: string, { min, max }: { min: number; max: number }) => {
  const year = Number(value);
  return value.trim() !== '' && Number.isInteger(year) && year >= min && year <= max;
};

/** The form's checks (the same bounds as the API), as field → message. */
export function validateLeerlab(values: LeerlabFormValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (values.name.trim() === '') problems['name'] = 'Vul de naam van het leerlab in.';
  if (!isYearIn(values.round, LEERLAB_ROUND)) problems['round'] = `Vul het jaar van de subsidieronde in, bijvoorbeeld 2022 (${LEERLAB_ROUND.min} tot en met ${LEERLAB_ROUND.max}).`;
  if (!isYearIn(values.startYear, LEERLAB_START_YEAR)) problems['startYear'] = 'Vul het startjaar in, bijvoorbeeld 2022.';
  return problems;
}
