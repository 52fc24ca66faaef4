import { useId, useRef, useState, type ReactNode } from 'react';
import { useApolloClient, useMutation } from '@apollo/client';
import { Button, CsvImportFailureAlert, FormErrorSummary, Notice, plural } from '@verbinder/web/ui';
import { useExport } from '@verbinder/web/forms';
import { EXPORT_ACTIEAGENDA_CSV, IMPORT_ACTIEAGENDA_CSV } from '../graphql/operations';
import { ACTIEAGENDA_CSV_COLUMNS } from '@verbinder/shared/contracts';
import type { ImportResult } from '../graphql/types';
import { csvRowErrors, type CsvRowError } from '@verbinder/web/api-client';
import { describeError } from '../shared/errors';
import { useRefreshActieData } from '../shared/refresh';

export const CSV_COLUMNS = ACTIEAGENDA_CSV_COLUMNS;

export function importSummary(result: ImportResult): string {
  return `${plural(result.created, 'actie', 'acties')} toegevoegd, ${result.updated} bijgewerkt`;
}

type ImportFeedback = { kind: 'done'; result: ImportResult; fileName: string } | { kind: 'invalid'; rows: CsvRowError[]; message: string; fileName: string } | { kind: 'error'; message: string };

/**
 * "CSV exporteren" (query exportActieagendaCsv → actieagenda-<slug>.csv) and "CSV importeren"
 * (file → text → importActieagendaCsv; all or nothing). Returns the buttons and the feedback separately,
 * so the buttons can sit in the page header.
 */
export function useCsvTools({ agendaId, slug, canEdit }: { agendaId: string; slug: string; canEdit: boolean }): {
  buttons: ReactNode;
  feedback: ReactNode;
  /** Which columns an import needs (only for those who may import). */
  help: ReactNode;
} {
  const client = useApolloClient();
  const refresh = useRefreshActieData();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [feedback, setFeedback] = useState<ImportFeedback | null>(null);
  const [importCsv, { loading: importing }] = useMutation(IMPORT_ACTIEAGENDA_CSV);

  const csvExport = useExport(async () => {
    const { data } = await client.query({ query: EXPORT_ACTIEAGENDA_CSV, variables: { agendaId }, fetchPolicy: 'network-only' });
    return { text: data.exportActieagendaCsv, fileName: `actieagenda-${slug}.csv`, type: 'text/csv;charset=utf-8' };
  }, describeError);

  const importFile = async (file: File) => {
    setFeedback(null);
    let csv: string;
    try {
      csv = await file.text();
    } catch {
      setFeedback({ kind: 'error', message: `Het bestand ${file.name} kon niet worden gelezen.` });
      return;
    }
    if (csv.trim() === '') {
      setFeedback({ kind: 'error', message: `Het bestand ${file.name} is leeg.` });
      return;
    }
    try {
      const result = await importCsv({ variables: { agendaId, csv } });
      if (result.data) setFeedback({ kind: 'done', result: result.data.importActieagendaCsv, fileName: file.name });
      await refresh();
    } catch (error) {
      const rows = csvRowErrors(error);
      setFeedback(rows.length > 0 ? { kind: 'invalid', rows, message: describeError(error), fileName: file.name } : { kind: 'error', message: describeError(error) });
    }
  };

  const buttons = (
    <>
      <Button variant="secondary" busy={csvExport.exporting} onClick={() => void csvExport.run()}>
        CSV exporteren
      </Button>
      {canEdit && (
        <>
          <Button variant="secondary" busy={importing} onClick={() => inputRef.current?.click()}>
            CSV importeren
          </Button>
          <label htmlFor={inputId} className="vb-visually-hidden">
            CSV-bestand om te importeren
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            className="vb-visually-hidden"
            tabIndex={-1}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </>
      )}
    </>
  );

  const feedbackNode = (
    <div className="vb-csv-feedback">
      {csvExport.error && <FormErrorSummary title="Exporteren is niet gelukt" message={csvExport.error} />}
      {importing && (
        <Notice tone="info">
          <p>CSV wordt geïmporteerd…</p>
        </Notice>
      )}
      {feedback?.kind === 'done' && (
        <Notice>
          <p className="vb-alert__title">{importSummary(feedback.result)}</p>
          <p>
            Geïmporteerd uit {feedback.fileName} ({plural(feedback.result.lines, 'actielijn', 'actielijnen')}).
          </p>
        </Notice>
      )}
      {feedback && feedback.kind !== 'done' && (
        <CsvImportFailureAlert
          title="Importeren is niet gelukt"
          failure={feedback}
          caption="Fouten in het CSV-bestand"
          advice={(invalid) => (
            <>
              Verbeter {invalid.rows.length === 1 ? 'deze regel' : 'deze regels'} in {invalid.fileName} en importeer het bestand opnieuw.
            </>
          )}
        />
      )}
    </div>
  );

  const help = canEdit ? (
    <details className="vb-csv-help">
      <summary>Welke kolommen heeft het CSV-bestand?</summary>
      <p>
        Gebruik een export als voorbeeld. Kolommen (gescheiden door een puntkomma): <code>{CSV_COLUMNS.join(';')}</code>
      </p>
      <ul>
        <li>trekker en partners: namen van scholen; meerdere partners scheiden met |</li>
        <li>eigenaren: e-mailadressen, gescheiden met |</li>
        <li>start en eind: jjjj-mm-dd</li>
        <li>status: op koers, risico, achter of gepauzeerd; voortgang: 0 tot en met 100; publiek: ja of nee</li>
      </ul>
      <p>Het importeren gaat helemaal of helemaal niet: bij één fout wordt er niets gewijzigd.</p>
    </details>
  ) : null;

  return { buttons, feedback: feedbackNode, help };
}
