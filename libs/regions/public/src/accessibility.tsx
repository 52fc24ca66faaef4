import type { Region } from '@verbinder/regions/core';

/** The date of the accessibility statement below; change it when the statement changes. */
export const ACCESSIBILITY_STATEMENT_DATE = '2026-12-01';

/** The accessibility statement (`/toegankelijkheid`), with a way to reach every region's schools. */
export function AccessibilityStatement({ publicUrl, regions }: { publicUrl: string; regions: readonly Region[] }) {
  const date = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ACCESSIBILITY_STATEMENT_DATE}T00:00:00Z`));
  return (
    <>
      <h1>Toegankelijkheidsverklaring</h1>
      <p className="lead">Iedereen moet deze website kunnen gebruiken. Ook als je slecht ziet, een schermlezer gebruikt, alleen een toetsenbord gebruikt of Nederlands niet goed leest.</p>
      <section aria-labelledby="verklaring">
        <h2 id="verklaring">Over deze verklaring</h2>
        <p>
          Deze verklaring gaat over de openbare pagina&apos;s van Verbinder: {publicUrl}/publiek, de pagina&apos;s van elke regio, het bedrijvenloket en deze pagina. De norm is WCAG 2.1 niveau AA (de
          Europese norm EN 301 549).
        </p>
        <p>Datum van deze verklaring: {date}.</p>
      </section>
      <section aria-labelledby="status">
        <h2 id="status">Status</h2>
        <p>Deze website voldoet gedeeltelijk aan WCAG 2.1 niveau AA. De automatische controle vindt geen fouten. Een volledig onderzoek door een deskundige is nog niet gedaan.</p>
      </section>
      <section aria-labelledby="getest">
        <h2 id="getest">Wat we testen en hoe</h2>
        <p>
          Bij elke wijziging van de website controleren we automatisch elk soort openbare pagina met axe-core in de browser Chromium. We testen op de regels van WCAG 2.1 niveau A en AA. We testen op
          het scherm van een telefoon (390 bij 844 pixels) en van een computer. Op de telefoon controleren we ook dat elke pagina in de breedte op het scherm past en dat de kop van de pagina in het
          eerste scherm staat. We controleren ook dat de pagina&apos;s werken zonder JavaScript.
        </p>
        <p>Deze pagina&apos;s testen we:</p>
        <ul>
          <li>de lijst met regio&apos;s</li>
          <li>de pagina van een regio</li>
          <li>de leerroutes van een regio</li>
          <li>de voortgang van de scholen</li>
          <li>de activiteiten en het aanmeldformulier</li>
          <li>het formulier van het bedrijvenloket en de privacyverklaring</li>
          <li>de persoonlijke statuspagina van een aanvraag</li>
          <li>inloggen bij het bedrijvenloket</li>
          <li>deze toegankelijkheidsverklaring</li>
          <li>de verhalen van een regio, een verhaal en de vertalingen ervan in elke taal die we aanbieden, ook het Arabisch (van rechts naar links)</li>
          <li>zoeken in de verhalen</li>
          <li>het aanmeldformulier van de nieuwsbrief</li>
          <li>de pagina die je ziet als een adres niet bestaat</li>
        </ul>
      </section>
      <section aria-labelledby="beperkingen">
        <h2 id="beperkingen">Wat nog niet goed is</h2>
        <ul>
          <li>Een automatische test vindt niet alle problemen. We hebben de pagina&apos;s nog niet laten controleren met een schermlezer door een deskundige.</li>
          <li>Teksten die de scholen zelf schrijven, zoals de uitleg van een leerlab of een activiteit, zijn niet altijd in eenvoudige taal.</li>
          <li>Alleen verhalen kunnen vertaald zijn. De andere pagina&apos;s en de menu&apos;s zijn alleen in het Nederlands.</li>
          <li>Agendabestanden (.ics) zijn geen webpagina&apos;s en testen we niet op toegankelijkheid.</li>
        </ul>
      </section>
      <section aria-labelledby="contact">
        <h2 id="contact">Contact</h2>
        <p>
          Kun je iets niet lezen of niet gebruiken? Of zie je een fout? Laat het ons weten. Neem contact op met een school in je regio. De school geeft je vraag door aan de verbinder van de regio. Een
          bedrijf kan ook het bedrijvenloket van de regio gebruiken.
        </p>
        {regions.length ? (
          <ul>
            {regions.map((r) => (
              <li key={r.id}>
                <a href={`/publiek/${encodeURIComponent(r.slug)}#scholen`}>Scholen in {r.name}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
