/** The columns of the actieagenda CSV (export and import), in order; shared by API and web app. */
export const ACTIEAGENDA_CSV_COLUMNS = [
  'actielijn',
  'actielijn_titel',
  'actie',
  'omschrijving',
  'doel',
  'trekker',
  'partners',
  'eigenaren',
  'start',
  'eind',
  'cadans_dagen',
  'status',
  'voortgang',
  'publiek',
] as const;
