/**
 * Light Dutch stemming for the taalbrug search, on the query side: each word without its plural or
 * inflection ending ("stages" → "stag", "leerlingen" → "leerling", "bedrijfs" → "bedrijf"), to be
 * matched as a prefix of the stored Dutch stems. PostgreSQL's Dutch stemmer alone keeps "stages"
 * (a vowel before the s) while it cuts "stage" to "stag", so "stages" did not find "Stage"; with the
 * light stem as a prefix both words find both terms. At least three letters stay.
 */
export function glossarySearchPrefixes(search: string): string[] {
  const words =
    search
      .toLocaleLowerCase('nl')
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+(?:'s)?/gu) ?? [];
  return [...new Set(words.map(lightDutchStem))].slice(0, 20);
}

function lightDutchStem(word: string): string {
  let stem = word.replace(/'s$/, '');
  if (stem.length > 4 && stem.endsWith('en')) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('s')) stem = stem.slice(0, -1);
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}
