import { NavLink } from 'react-router-dom';
import { LiveIndicator, Tabs } from '@verbinder/web/ui';

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

/** Live indicator of the actieagenda screens. */
export function LiveStatus({ connected, lastChange }: { connected: boolean; lastChange?: string | null }) {
  return <LiveIndicator connected={connected} liveText="Live bijgewerkt" lastChange={lastChange} />;
}
