/** The company of a request, as the duplicate banner compares it. */
export interface BannerCompany {
  name: string;
  kvk: string;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ') === b.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

/**
 * The opening of the duplicate banner: who already has an open request. Only the same KvK number
 * is the same company; under another KvK number it is a company with the same name, or one that
 * matched on its e-mail domain.
 */
export function duplicateOwnerText(mine: BannerCompany, other: BannerCompany): string {
  if (mine.kvk === other.kvk) return `Hetzelfde bedrijf (${other.name}, KvK ${other.kvk}) heeft al een open aanvraag:`;
  if (sameName(mine.name, other.name)) return `Een bedrijf met dezelfde naam maar een ander KvK-nummer (${other.name}, KvK ${other.kvk}) heeft al een open aanvraag:`;
  return `Een bedrijf met hetzelfde e-maildomein maar een ander KvK-nummer (${other.name}, KvK ${other.kvk}) heeft al een open aanvraag:`;
}
