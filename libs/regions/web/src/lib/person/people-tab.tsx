import { Link } from 'react-router-dom';
import { PageHeader, buttonClassName } from '@verbinder/web/ui';
import { useRegion } from '../region/region-page';
import { PeopleList } from './people-list';

export function PeopleTab() {
  const region = useRegion();
  return (
    <PeopleList
      key={region.id}
      regionId={region.id}
      caption={`Mensen in ${region.name}`}
      emptyMessage="Nog geen mensen in deze regio."
      addAction={
        region.canManage ? (
          <Link className={buttonClassName('primary')} to={`/regio/${region.slug}/mensen/nieuw`}>
            Persoon toevoegen of uitnodigen
          </Link>
        ) : undefined
      }
    />
  );
}

/** /mensen: everyone the viewer may see, across regions. */
export function PeoplePage() {
  return (
    <>
      <PageHeader title="Mensen" description={<p>Iedereen in de regio's waar je toegang toe hebt. Voeg mensen toe vanuit een regio.</p>} />
      <PeopleList caption="Mensen" emptyMessage="Er zijn nog geen mensen die je kunt zien." />
    </>
  );
}
