import { useEffect, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { ErrorCode, errorCode, errorMessage } from '@verbinder/web/api-client';
import {
  Button,
  Card,
  ConfirmDialog,
  DescriptionList,
  EmptyState,
  ErrorMessage,
  Form,
  FormActions,
  FormErrorSummary,
  Notice,
  PageHeader,
  Select,
  Table,
  TextArea,
  TextInput,
  formatDateTime,
  plural,
  fileNamePart,
  namedOptions,
  SearchForm,
} from '@verbinder/web/ui';
import { QueryState, optionalText, useExport, useForm } from '@verbinder/web/forms';
import type { LoketAccess } from './access';
import { amsterdamDate } from '@verbinder/shared/time';
import { channelLabels } from './labels';
import {
  ERASE_LOKET_COMPANY,
  LOG_COMPANY_CONTACT,
  LOKET_COMPANIES_QUERY,
  LOKET_COMPANY_CONTACTS_QUERY,
  LOKET_EXPORT_COMPANY_QUERY,
  LOKET_MY_SCHOOLS_QUERY,
  type LoketCompany,
  type LoketRegion,
  type Named,
} from './operations';
import { LoketPage, LoketTabs, type LoketPageProps } from './shared';
import { schoolOptions } from './staff';

/** /regio/:slug/loket/bedrijven — find a company, see who approached it this month, log an approach. */
export function LoketLedgerPage() {
  return <LoketPage loadingLabel="Bedrijven laden…" page={Ledger} />;
}

function Ledger({ region, access }: LoketPageProps) {
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<LoketCompany | null>(null);

  // Search a moment after typing stops.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);

  const { data, previousData, loading, error, refetch } = useQuery(LOKET_COMPANIES_QUERY, {
    variables: { regionId: region.id, search: query || null },
    fetchPolicy: 'cache-and-network',
  });
  const result = data ?? (loading ? previousData : undefined);

  return (
    <>
      <PageHeader
        title="Bedrijvencontact"
        eyebrow={access.isStaff ? <Link to={`/regio/${region.slug}/loket`}>Bedrijvenloket {region.name}</Link> : <Link to={`/regio/${region.slug}`}>{region.name}</Link>}
        description="Kijk voordat je een bedrijf benadert wie dat deze maand al deed, en leg je eigen contact vast. Zo overspoelen de scholen samen geen bedrijven."
      />
      {access.isStaff && <LoketTabs slug={region.slug} />}
      <div className="vb-with-aside vb-loket-ledger">
        <div className="vb-stack">
          {selected ? (
            <CompanyPanel key={selected.id} region={region} company={selected} access={access} onClose={() => setSelected(null)} />
          ) : (
            <EmptyState message="Kies een bedrijf om te zien wie het deze maand benaderde." />
          )}
        </div>
        <Card title="Bedrijf zoeken">
          <SearchForm
            aria-label="Bedrijf zoeken"
            onSearch={() => {
              setQuery(search.trim());
            }}
          >
            <TextInput label="Naam of KvK-nummer" type="search" maxLength={100} value={search} onChange={(event) => setSearch(event.target.value)} />
          </SearchForm>
          <QueryState data={result} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Zoeken…">
            {({ loketCompanies }) =>
              loketCompanies.length === 0 ? (
                <p className="vb-muted" role="status">
                  {query ? `Geen bedrijf gevonden voor ‘${query}’.` : 'Het loket kent nog geen bedrijven in deze regio. Bedrijven komen erbij via het loketformulier.'}
                </p>
              ) : (
                <ul className="vb-plain-list vb-loket-companies" aria-label="Gevonden bedrijven">
                  {loketCompanies.map((company) => (
                    <li key={company.id}>
                      <button type="button" className="vb-loket-company-button" aria-pressed={selected?.id === company.id} onClick={() => setSelected(company)}>
                        <span className="vb-loket-company-button__name">{company.name}</span>
                        <span className="vb-muted">
                          KvK {company.kvk}
                          {company.location ? ` · ${company.location}` : ''}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryState>
        </Card>
      </div>
    </>
  );
}

function CompanyPanel({ region, company, access, onClose }: { region: LoketRegion; company: LoketCompany; access: LoketAccess; onClose: () => void }) {
  const contacts = useQuery(LOKET_COMPANY_CONTACTS_QUERY, { variables: { companyId: company.id }, fetchPolicy: 'cache-and-network' });
  const count = contacts.data?.companyContactsThisMonth.length;
  return (
    <>
      <Card
        title={company.name}
        actions={
          <Button variant="quiet" onClick={onClose}>
            Ander bedrijf kiezen
          </Button>
        }
      >
        <DescriptionList
          items={[
            { term: 'KvK-nummer', description: company.kvk },
            { term: 'Sector', description: company.sector ?? <span className="vb-muted">Niet opgegeven</span> },
            { term: 'Plaats', description: company.location ?? <span className="vb-muted">Niet opgegeven</span> },
          ]}
        />
        {access.isBeheerder && <PrivacyActions region={region} company={company} />}
      </Card>
      <Card title="Wie benaderde dit bedrijf deze maand?">
        <QueryState data={contacts.data} loading={contacts.loading} error={contacts.error} onRetry={() => void contacts.refetch()} loadingLabel="Contactmomenten laden…">
          {({ companyContactsThisMonth }) =>
            companyContactsThisMonth.length === 0 ? (
              <p>Niemand heeft dit bedrijf deze kalendermaand benaderd.</p>
            ) : (
              <>
                <p role="status">
                  <strong>{plural(companyContactsThisMonth.length, 'keer', 'keer')}</strong> benaderd deze kalendermaand.
                </p>
                <Table
                  caption="Contactmomenten deze maand"
                  hideCaption
                  rows={companyContactsThisMonth}
                  columns={[
                    { header: 'Wanneer', cell: (contact) => <time dateTime={contact.contactedAt}>{formatDateTime(contact.contactedAt)}</time> },
                    { header: 'School', cell: (contact) => contact.school?.name ?? <span className="vb-muted">Onbekend</span> },
                    { header: 'Wie', cell: (contact) => contact.person?.name ?? <span className="vb-muted">Onbekend</span> },
                    {
                      header: 'Hoe',
                      cell: (contact) =>
                        contact.requestId && access.isStaff ? (
                          <Link to={`/loketaanvraag/${contact.requestId}`}>{channelLabels[contact.channel] ?? contact.channel}</Link>
                        ) : (
                          (channelLabels[contact.channel] ?? contact.channel)
                        ),
                    },
                    { header: 'Notitie', cell: (contact) => (contact.note ? <span className="vb-loket-text">{contact.note}</span> : '') },
                  ]}
                />
              </>
            )
          }
        </QueryState>
      </Card>
      <LogContactCard region={region} company={company} access={access} alreadyThisMonth={count} onLogged={() => void contacts.refetch()} />
    </>
  );
}

function useLoggableSchools(region: LoketRegion, access: LoketAccess): { schools: Named[]; loading: boolean } {
  const mine = useQuery(LOKET_MY_SCHOOLS_QUERY, { skip: access.isStaff });
  if (access.isStaff) return { schools: region.schools, loading: false };
  const seen = new Map<string, Named>();
  for (const membership of mine.data?.viewer.person?.memberships ?? []) {
    if (membership.region.id === region.id && membership.school) seen.set(membership.school.id, membership.school);
  }
  return { schools: [...seen.values()], loading: mine.loading };
}

function LogContactCard({
  region,
  company,
  access,
  alreadyThisMonth,
  onLogged,
}: {
  region: LoketRegion;
  company: LoketCompany;
  access: LoketAccess;
  alreadyThisMonth: number | undefined;
  onLogged: () => void;
}) {
  const { schools, loading } = useLoggableSchools(region, access);
  const [log] = useMutation(LOG_COMPANY_CONTACT);
  const form = useForm({ schoolId: '', note: '' });
  const { values, set } = form;
  const [outcome, setOutcome] = useState<{ warning: string | null } | null>(null);
  const options = access.isStaff ? schoolOptions(region) : namedOptions(schools);
  const schoolId = values.schoolId || (options.length === 1 ? options[0].value : '');
  const limitReached = errorCode(form.serverError) === ErrorCode.CONTACT_LIMIT_REACHED;

  const submit = () => {
    setOutcome(null);
    void form
      .submit(
        async (v) => {
          const result = await log({ variables: { input: { companyId: company.id, schoolId, note: optionalText(v.note) } } });
          setOutcome({ warning: result.data?.logCompanyContact.warning ?? null });
          onLogged();
        },
        (): Record<string, string> => (schoolId ? {} : { schoolId: 'Kies namens welke school je het bedrijf benadert.' }),
      )
      .then((ok) => ok && form.reset({ schoolId: values.schoolId, note: '' }));
  };

  if (!loading && options.length === 0) {
    return (
      <Card title="Contact vastleggen">
        <p className="vb-muted">Je bent aan geen school in deze regio verbonden, dus je kunt hier geen contact namens een school vastleggen.</p>
      </Card>
    );
  }

  return (
    <Card title="Contact vastleggen">
      {alreadyThisMonth !== undefined && alreadyThisMonth > 0 && (
        <Notice tone="warning">Dit bedrijf is deze maand al {plural(alreadyThisMonth, 'keer', 'keer')} benaderd. Stem af met wie het bedrijf al sprak voordat je contact opneemt.</Notice>
      )}
      {outcome && (outcome.warning ? <Notice tone="warning">Vastgelegd, met een waarschuwing: {outcome.warning}</Notice> : <Notice>Het contact is vastgelegd.</Notice>)}
      <Form label="Contact met het bedrijf vastleggen" onSubmit={submit}>
        {limitReached ? (
          <div className="vb-alert vb-alert--error" role="alert">
            <p className="vb-alert__title">Niet vastgelegd: maandgrens bereikt</p>
            <p>{errorMessage(form.serverError)}</p>
          </div>
        ) : (
          <FormErrorSummary message={form.summary} title="Vastleggen is niet gelukt" />
        )}
        <Select
          label="Namens school"
          emptyOption={options.length === 1 ? undefined : 'Kies een school'}
          options={options}
          value={schoolId}
          onChange={(event) => set('schoolId', event.target.value)}
          error={form.error('schoolId')}
        />
        <TextArea label="Notitie" optional rows={3} hint="Bijvoorbeeld waarover je contact opneemt." {...form.text('note')} />
        <FormActions submitLabel="Contact vastleggen" saving={form.saving} />
      </Form>
    </Card>
  );
}

function PrivacyActions({ region, company }: { region: LoketRegion; company: LoketCompany }) {
  const client = useApolloClient();
  const [confirming, setConfirming] = useState(false);
  const [erase, eraseState] = useMutation(ERASE_LOKET_COMPANY);
  const [eraseError, setEraseError] = useState<string | undefined>();
  const [erased, setErased] = useState<number | null>(null);

  const jsonExport = useExport(async () => {
    const { data } = await client.query({ query: LOKET_EXPORT_COMPANY_QUERY, variables: { companyId: company.id }, fetchPolicy: 'network-only' });
    return {
      text: data.exportLoketCompany,
      fileName: `loket-${fileNamePart(region.slug)}-bedrijf-${fileNamePart(company.kvk)}-${amsterdamDate(new Date())}.json`,
      type: 'application/json;charset=utf-8',
    };
  });

  const confirmErase = async () => {
    setEraseError(undefined);
    try {
      const result = await erase({ variables: { companyId: company.id } });
      setErased(result.data?.eraseLoketCompany ?? 0);
      setConfirming(false);
    } catch (problem) {
      setEraseError(errorMessage(problem));
    }
  };

  return (
    <div className="vb-loket-privacy">
      <h3 className="vb-loket-subheading">Privacy (beheerders)</h3>
      <div className="vb-inline">
        <Button variant="secondary" busy={jsonExport.exporting} onClick={() => void jsonExport.run()}>
          Exporteer gegevens
        </Button>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Wis persoonsgegevens
        </Button>
      </div>
      {jsonExport.error && <ErrorMessage title="Exporteren is niet gelukt" message={jsonExport.error} />}
      {erased !== null && (
        <Notice>
          De persoonsgegevens bij {plural(erased, 'aanvraag', 'aanvragen')} van {company.name} zijn gewist.
        </Notice>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Persoonsgegevens van ${company.name} wissen?`}
        confirmLabel="Wis persoonsgegevens"
        destructive
        busy={eraseState.loading}
        error={eraseError}
        onConfirm={() => void confirmErase()}
        onCancel={() => {
          setConfirming(false);
          setEraseError(undefined);
        }}
      >
        <p>Bij alle aanvragen van dit bedrijf:</p>
        <ul>
          <li>worden naam, e-mailadres en telefoonnummer van de contactpersonen vervangen door ‘[verwijderd]’;</li>
          <li>worden de berichten van het bedrijf leeggemaakt en hun gegevens uit de berichten van het loket gehaald;</li>
          <li>worden de notities bij contactmomenten gewist;</li>
          <li>werken de statuslinks van het bedrijf niet meer.</li>
        </ul>
        <p>
          Bedrijfsnaam, KvK-nummer, soorten aanvragen, data en behandelaars blijven bewaard voor de rapportage. Exporteer de gegevens eerst als het bedrijf erom vroeg. Dit kun je niet ongedaan maken.
        </p>
      </ConfirmDialog>
    </div>
  );
}
