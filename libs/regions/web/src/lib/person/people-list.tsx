import { useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { EmptyState, TextInput, Table, SearchForm } from '@verbinder/web/ui';
import { PEOPLE_QUERY } from '../graphql/operations';
import type { PersonSummary } from '../graphql/types';
import { RoleBadge } from '../shared/badges';
import { QueryState } from '@verbinder/web/forms';
import { useDebouncedValue } from '../shared/use-debounced-value';

export interface PeopleListProps {
  /** Limit to one region (and show only the roles held there). */
  regionId?: string;
  caption: string;
  emptyMessage: string;
  /** Shown next to the search box and in the empty state when the viewer may add people. */
  addAction?: ReactNode;
}

/** Searchable list of people (query people(regionId, search)). */
export function PeopleList({ regionId, caption, emptyMessage, addAction }: PeopleListProps) {
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim());
  const { data, previousData, loading, error, refetch } = useQuery(PEOPLE_QUERY, {
    variables: { regionId, search: debouncedSearch || undefined },
    fetchPolicy: 'cache-and-network',
  });
  const people = data?.people ?? (loading ? previousData?.people : undefined);

  return (
    <div className="vb-stack">
      <div className="vb-toolbar">
        <SearchForm className="vb-toolbar__search">
          <TextInput label="Zoek op naam of e-mailadres" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </SearchForm>
        {addAction}
      </div>
      <QueryState data={people} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Mensen laden…">
        {(rows) =>
          rows.length === 0 ? (
            debouncedSearch ? (
              <EmptyState message={`Niemand gevonden voor “${debouncedSearch}”. Probeer een andere naam of een deel van het e-mailadres.`} />
            ) : (
              <EmptyState message={emptyMessage} action={addAction} />
            )
          ) : (
            <>
              <p className="vb-muted" role="status">
                {rows.length === 1 ? '1 persoon' : `${rows.length} mensen`}
                {debouncedSearch ? ` gevonden voor “${debouncedSearch}”` : ''}
              </p>
              <Table<PersonSummary>
                caption={caption}
                hideCaption
                rows={rows}
                columns={[
                  { header: 'Naam', isRowHeader: true, cell: (person) => <Link to={`/persoon/${person.id}`}>{person.name}</Link> },
                  { header: 'Functie', cell: (person) => person.jobTitle ?? '—' },
                  {
                    header: 'Rollen',
                    cell: (person) => {
                      const memberships = person.memberships.filter((m) => !regionId || m.region.id === regionId);
                      return memberships.length === 0 ? (
                        '—'
                      ) : (
                        <ul className="vb-plain-list">
                          {memberships.map((membership) => (
                            <li key={membership.id}>
                              <RoleBadge role={membership.role} layer={membership.layer} /> <span className="vb-muted">{membership.school?.name ?? membership.region.name}</span>
                            </li>
                          ))}
                        </ul>
                      );
                    },
                  },
                  { header: 'E-mail', cell: (person) => (person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : '—') },
                ]}
              />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
