import { NavLink } from 'react-router-dom';
import { Tabs } from '@verbinder/web/ui';

/** Between the three actieagenda screens of a region. */
export function ActieagendaTabs({ slug }: { slug: string }) {
  return (
    <Tabs label="Onderdelen van de actieagenda">
      <NavLink to={`/regio/${slug}/actieagenda`} end>
        Overzicht
      </NavLink>
      <NavLink to={`/regio/${slug}/overleg`}>Verbindersoverleg</NavLink>
      <NavLink to={`/regio/${slug}/achtje`}>Het achtje</NavLink>
    </Tabs>
  );
}

/** Live indicator, as in the region's activity feed. */
export function LiveStatus({ connected, lastChange }: { connected: boolean; lastChange?: string | null }) {
  return (
    <div className="vb-muted vb-live">
      <span className={connected ? 'vb-dot vb-dot--on' : 'vb-dot'} aria-hidden="true" />
      <span>{connected ? 'Live bijgewerkt' : 'Geen live-verbinding; ververs de pagina voor het laatste nieuws.'}</span>
      <span role="status" aria-live="polite" className="vb-live__change">
        {lastChange ?? ''}
      </span>
    </div>
  );
}
