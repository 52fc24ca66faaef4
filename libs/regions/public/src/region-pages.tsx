import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RollupService } from '@verbinder/actieagenda/core';
import { dutchDateTime, type ActivitiesService } from '@verbinder/meetups/core';
import { type Leerlab, type Leerroute, publicRoutes, type Region, ROUTE_TYPES, type School } from '@verbinder/regions/core';
import type { Story } from '@verbinder/stories/core';
import { HOME_STORIES, newestFirst, StoryCard } from '@verbinder/stories/public';
import {
  PLAIN_EXAM_SCOPE_TEXT,
  PLAIN_MBO_LEERWEG_TEXT,
  PLAIN_ROUTE_PHASE_TEXT,
  PLAIN_ROUTE_TYPE_TEXT,
  PLAIN_SCHOOL_KIND_TEXT,
  PLAIN_VMBO_LEERWEG_TEXT,
  plainShorteningText,
} from '@verbinder/shared/contracts';

/** How many upcoming activities the region home shows (the activities page has all of them). */
const HOME_ACTIVITIES = 3;

export type Progress = Awaited<ReturnType<RollupService['publicProgress']>>;
export type PublicActivities = Awaited<ReturnType<ActivitiesService['publicActivities']>>;

/** The list of regions (`/publiek`). */
export function RegionList({ regions }: { regions: readonly Region[] }) {
  return (
    <>
      <h1>Van vmbo naar mbo in jouw regio</h1>
      <p className="lead">In deze regio&apos;s werken vmbo-scholen en mbo-scholen samen. Zo kunnen leerlingen makkelijker overstappen van het vmbo naar het mbo. Kies je regio.</p>
      {regions.length ? (
        <ul className="regio-lijst">
          {regions.map((r) => (
            <li key={r.id} className="line">
              <h2>
                <a href={`/publiek/${encodeURIComponent(r.slug)}`}>{r.name}</a>
              </h2>
              {r.description ? <p>{r.description}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Er zijn nog geen regio&apos;s.</p>
      )}
    </>
  );
}

export interface RegionHomeData {
  region: Region;
  schools: readonly School[];
  leerlabs: readonly Leerlab[];
  routes: readonly Leerroute[];
  activities: PublicActivities;
  progress: Progress;
  stories: readonly Story[];
}

/** A region's home page: only what the domains already publish. */
export function RegionHome(d: RegionHomeData) {
  const { region } = d;
  const base = `/publiek/${encodeURIComponent(region.slug)}`;
  const schoolById = new Map(d.schools.map((s) => [s.id, s]));
  return (
    <>
      <h1>Van vmbo naar mbo in {region.name}</h1>
      <p className="lead">
        In {region.name} werken vmbo-scholen en het mbo samen. Ze zorgen dat leerlingen makkelijker overstappen van het vmbo naar het mbo. Op deze pagina lees je wat de scholen doen.
      </p>
      {region.description ? <p>{region.description}</p> : null}
      <LeerlabSection leerlabs={d.leerlabs} schoolById={schoolById} />
      <RouteSummary routes={publicRoutes(d.routes)} base={base} />
      <section aria-labelledby="activiteiten">
        <h2 id="activiteiten">Binnenkort</h2>
        <UpcomingActivities activities={d.activities} />
        <p>
          <a href={`${base}/activiteiten`}>Alle activiteiten en aanmelden</a>
        </p>
      </section>
      <section aria-labelledby="voortgang">
        <h2 id="voortgang">Hoe ver zijn de scholen?</h2>
        <p>{progressLine(d.progress)}</p>
        <p>
          <a href={`${base}/actieagenda`}>Bekijk de voortgang</a>
        </p>
      </section>
      <LatestStories region={region} stories={d.stories} base={base} />
      <SchoolsSection schools={d.schools} />
      <section aria-labelledby="bedrijven">
        <h2 id="bedrijven">Voor bedrijven</h2>
        <p>Wil je als bedrijf stageplaatsen bieden, een gastles geven of iets anders doen met de scholen? Het bedrijvenloket helpt je.</p>
        <p>
          <a href={`${base}/loket`}>Naar het bedrijvenloket</a>
        </p>
      </section>
    </>
  );
}

function LeerlabSection({ leerlabs, schoolById }: { leerlabs: readonly Leerlab[]; schoolById: Map<string, School> }) {
  if (!leerlabs.length) return null;
  const sorted = [...leerlabs].sort((a, b) => a.round - b.round || a.name.localeCompare(b.name, 'nl'));
  return (
    <section aria-labelledby="leerlab">
      <h2 id="leerlab">Wat doet het leerlab?</h2>
      <p>Een leerlab is een groep docenten en leiders van vmbo- en mbo-scholen. Ze bedenken samen nieuwe leerroutes. Ze proberen die uit met leerlingen en maken ze beter.</p>
      {sorted.map((lab) => {
        const names = lab.schoolIds.map((id) => schoolById.get(id)?.name).filter((n): n is string => !!n);
        return (
          <article key={lab.id} className="line">
            <h3>{lab.name}</h3>
            {lab.theme ? (
              <p>
                <strong>Thema:</strong> {lab.theme}
              </p>
            ) : null}
            {lab.description ? <p>{lab.description}</p> : null}
            {names.length ? <p>Scholen: {names.join(', ')}</p> : null}
            <p className="hint">Gestart in {lab.startYear}</p>
          </article>
        );
      })}
    </section>
  );
}

function RouteSummary({ routes, base }: { routes: readonly Leerroute[]; base: string }) {
  const counts = ROUTE_TYPES.map((t) => [t, routes.filter((r) => r.routeType === t).length] as const).filter(([, n]) => n > 0);
  return (
    <section aria-labelledby="routes">
      <h2 id="routes">Leerroutes</h2>
      {routes.length ? (
        <>
          <p>De scholen maken {routes.length === 1 ? 'één leerroute' : `${routes.length} leerroutes`} van het vmbo naar het mbo.</p>
          <ul>
            {counts.map(([t, n]) => (
              <li key={t}>
                {PLAIN_ROUTE_TYPE_TEXT[t].name}: {n}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>De scholen hebben nog geen leerroutes gepubliceerd.</p>
      )}
      <p>
        <a href={`${base}/leerroutes`}>Lees wat de leerroutes betekenen voor leerlingen en ouders</a>
      </p>
    </section>
  );
}

function UpcomingActivities({ activities }: { activities: PublicActivities }) {
  const next = activities.activities.slice(0, HOME_ACTIVITIES);
  if (!next.length) return <p>Er staan nu geen openbare activiteiten gepland.</p>;
  return (
    <ul>
      {next.map(({ activity: a }) => (
        <li key={a.id}>
          <strong>{a.title}</strong>
          <br />
          <span className="hint">{dutchDateTime(a.startsAt)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The region's latest published stories (only what is public now; no section without any). */
function LatestStories({ region, stories, base }: { region: Region; stories: readonly Story[]; base: string }) {
  const latest = newestFirst(stories).slice(0, HOME_STORIES);
  if (!latest.length) return null;
  return (
    <section aria-labelledby="verhalen">
      <h2 id="verhalen">Verhalen uit de regio</h2>
      {latest.map((s) => (
        <StoryCard key={s.id} regionSlug={region.slug} story={s} heading="h3" />
      ))}
      <p>
        <a href={`${base}/verhalen`}>Alle verhalen</a>
      </p>
    </section>
  );
}

function SchoolsSection({ schools }: { schools: readonly School[] }) {
  if (!schools.length) return null;
  const sorted = [...schools].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <section aria-labelledby="scholen">
      <h2 id="scholen">De scholen</h2>
      <ul>
        {sorted.map((s) => {
          const where = cities(s);
          return (
            <li key={s.id}>
              <SchoolName school={s} />{' '}
              <span className="hint">
                ({PLAIN_SCHOOL_KIND_TEXT[s.kind]}
                {where ? `, ${where}` : ''})
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function SchoolName({ school: s }: { school: School }) {
  return s.website && /^https?:\/\//.test(s.website) ? <a href={s.website}>{s.name}</a> : <>{s.name}</>;
}

function cities(s: School): string {
  return [...new Set(s.locations.map((l) => l.city))].join(', ');
}

/** A region's leerroutes in plain Dutch. */
export function LeerroutesPage({ region, schools, routes }: { region: Region; schools: readonly School[]; routes: readonly Leerroute[] }) {
  const schoolById = new Map(schools.map((s) => [s.id, s]));
  const shown = publicRoutes(routes);
  const groups = ROUTE_TYPES.map((t) => ({ type: t, routes: shown.filter((r) => r.routeType === t) })).filter((g) => g.routes.length > 0);
  return (
    <>
      <h1>Leerroutes in {region.name}</h1>
      <p className="lead">Een leerroute is de weg van het vmbo naar een opleiding op het mbo. De scholen in {region.name} maken samen leerroutes. Zo sluit het vmbo goed aan op het mbo.</p>
      <section aria-labelledby="soorten">
        <h2 id="soorten">Drie soorten leerroutes</h2>
        <dl>
          {ROUTE_TYPES.map((t) => (
            <Term key={t} term={<strong>{PLAIN_ROUTE_TYPE_TEXT[t].name}</strong>} description={PLAIN_ROUTE_TYPE_TEXT[t].explanation} />
          ))}
        </dl>
        <p>Op het mbo kies je ook hoe je leert:</p>
        <ul>
          <li>{PLAIN_MBO_LEERWEG_TEXT.BOL}</li>
          <li>{PLAIN_MBO_LEERWEG_TEXT.BBL}</li>
        </ul>
        <p>Het mbo heeft niveau 1 tot en met 4. Hoe hoger het niveau, hoe moeilijker de opleiding.</p>
      </section>
      {groups.length ? (
        groups.map((g) => (
          <section key={g.type} aria-labelledby={`type-${g.type}`}>
            <h2 id={`type-${g.type}`}>{PLAIN_ROUTE_TYPE_TEXT[g.type].name}</h2>
            {g.routes.map((r) => (
              <RouteCard key={r.id} route={r} schoolById={schoolById} />
            ))}
          </section>
        ))
      ) : (
        <p>De scholen hebben nog geen leerroutes gepubliceerd.</p>
      )}
      <p>Vragen over een leerroute? Stel ze aan de decaan of mentor op school.</p>
    </>
  );
}

/** A term and its description in a `<dl>`. */
function Term({ term, description }: { term: ReactNode; description: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{description}</dd>
    </>
  );
}

function RouteCard({ route: r, schoolById }: { route: Leerroute; schoolById: Map<string, School> }) {
  const vo = r.voSchoolId ? schoolById.get(r.voSchoolId) : undefined;
  const mbo = r.mboSchoolId ? schoolById.get(r.mboSchoolId) : undefined;
  return (
    <article className="line">
      <h3>{r.name}</h3>
      <dl>
        <Term term="Van" description={`${PLAIN_VMBO_LEERWEG_TEXT[r.vmboLeerweg]}, profiel ${r.vmboProfiel}${vo ? `, op ${vo.name}` : ''}`} />
        <Term term="Naar" description={`mbo-opleiding ${r.mboOpleiding}, niveau ${r.mboNiveau}${mbo ? `, op ${mbo.name}` : ''}`} />
        <Term term="Leren op het mbo" description={PLAIN_MBO_LEERWEG_TEXT[r.mboLeerweg]} />
        <Term term="Duur" description={plainShorteningText(r.shorteningMonths)} />
        <Term term="Examen" description={PLAIN_EXAM_SCOPE_TEXT[r.vmboExamScope]} />
        <Term term="Stand" description={`${PLAIN_ROUTE_PHASE_TEXT[r.phase]}${r.startYear ? ` Start: schooljaar ${r.startYear}-${r.startYear + 1}.` : ''}`} />
        {r.targetGroup ? <Term term="Voor wie" description={r.targetGroup} /> : null}
      </dl>
      {r.description ? <p>{r.description}</p> : null}
    </article>
  );
}

/** The actieagenda in one line: how many published acties, and how they are doing. */
export function progressLine(progress: Progress): string {
  const acties = progress.lines.flatMap((l) => l.acties);
  if (!progress.agenda || acties.length === 0) return 'De scholen hebben nog geen voortgang gepubliceerd.';
  const done = acties.filter((a) => a.closure).length;
  const open = acties.filter((a) => !a.closure);
  const count = (status: string) => open.filter((a) => a.status === status).length;
  const parts = [
    [count('OP_KOERS'), 'gaat goed', 'gaan goed'],
    [count('RISICO'), 'vraagt aandacht', 'vragen aandacht'],
    [count('ACHTER'), 'loopt achter', 'lopen achter'],
    [count('GEPAUZEERD'), 'staat even stil', 'staan even stil'],
    [done, 'is afgerond', 'zijn afgerond'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return `De scholen werken aan ${acties.length === 1 ? '1 afspraak' : `${acties.length} afspraken`}: ${parts.join(', ')}.`;
}

/** sitemap.xml: one `<url>` per page and line, escaped by the same renderer as the pages. */
export function sitemapXml(entries: ReadonlyArray<{ loc: string; lastmod?: Date | null }>): string {
  const urls = entries.map((e) =>
    renderToStaticMarkup(createElement('url', null, createElement('loc', null, e.loc), e.lastmod ? createElement('lastmod', null, e.lastmod.toISOString().slice(0, 10)) : null)),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
