/**
 * Where an activity is, in one line: the host school and the address, with the school's name
 * said once. An address made from a school location already starts with the school's name
 * ("Morgen College, Nunspeet"), so the name is not put in front of it again.
 */
export function placeText(schoolName: string | null | undefined, address: string | null | undefined, separator = ', '): string {
  const school = schoolName?.trim() || null;
  const where = address?.trim() || null;
  if (!school || !where) return school ?? where ?? '';
  const named = where
    .split(',')
    .map((part) => part.trim().toLocaleLowerCase('nl'))
    .includes(school.toLocaleLowerCase('nl'));
  return named ? where : `${school}${separator}${where}`;
}
