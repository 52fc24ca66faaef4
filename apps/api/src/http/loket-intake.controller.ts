import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { IntakeInput, LoketIntakeService, REQUEST_TYPE_TEXT, REQUEST_TYPES } from '@verbinder/loket/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { httpStatusOf } from '@verbinder/platform/graphql';
import { ErrorCode } from '@verbinder/shared/contracts';
import { isDomainError } from '@verbinder/shared/kernel';
import { sendPublic, setRetryAfter } from '../public-site/http';
import { escapeHtml, regionNotFoundPage, renderPage } from '../public-site/layout';
import { HttpFaultFilter } from './http-fault.filter';

/** The form's fields: the HTML names are the names of LoketIntakeInput. */
const TEXT_FIELDS: Array<{ name: keyof IntakeInput; label: string; type?: string; max: number; required?: boolean; autocomplete?: string; hint?: string; area?: boolean }> = [
  { name: 'companyName', label: 'Naam van het bedrijf', max: 200, required: true, autocomplete: 'organization' },
  { name: 'kvk', label: 'KvK-nummer', max: 20, required: true, hint: '8 cijfers', autocomplete: 'off' },
  { name: 'sector', label: 'Sector', max: 100, hint: 'Bijvoorbeeld techniek, zorg of horeca' },
  { name: 'location', label: 'Vestigingsplaats', max: 100, autocomplete: 'address-level2' },
  { name: 'contactName', label: 'Je naam', max: 200, required: true, autocomplete: 'name' },
  { name: 'contactEmail', label: 'Je e-mailadres', type: 'email', max: 254, required: true, autocomplete: 'email' },
  { name: 'contactPhone', label: 'Je telefoonnummer', type: 'tel', max: 30, autocomplete: 'tel' },
];
const DETAIL_FIELDS: typeof TEXT_FIELDS = [
  { name: 'level', label: 'Niveau of route van belangstelling', max: 200, hint: 'Bijvoorbeeld vmbo kader of mbo 2' },
  { name: 'period', label: 'Periode', max: 200, hint: 'Bijvoorbeeld voorjaar 2027' },
  { name: 'periodStart', label: 'Begin van de periode', type: 'date', max: 10 },
  { name: 'periodEnd', label: 'Einde van de periode', type: 'date', max: 10 },
  { name: 'capacity', label: 'Aantal plaatsen of deelnemers', type: 'number', max: 4 },
  { name: 'message', label: 'Toelichting', max: 4000, area: true, hint: 'Wat wil je doen of aanbieden?' },
];
const ALL_FIELDS = [...TEXT_FIELDS, { name: 'type' as const, label: 'Soort aanvraag' }, ...DETAIL_FIELDS, { name: 'consent' as const, label: 'Toestemming' }, { name: 'formToken' as const, label: 'Formulier' }];

type FormValues = Record<string, string>;

/**
 * The business loket's public intake form, server-rendered and usable without JavaScript:
 * GET renders it with a signed form token and a honeypot; POST submits through LoketIntakeService
 * and, on mistakes, renders it again with every value kept and a Dutch error at each field.
 */
@UseFilters(HttpFaultFilter)
@Controller('publiek')
export class LoketIntakeController {
  constructor(
    private readonly loket: LoketIntakeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':slug/loket')
  async form(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.render(req, res, slug, {});
  }

  @HttpCode(200)
  @Post(':slug/loket')
  async submit(@Param('slug') slug: string, @Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const values: FormValues = {};
    for (const key of [...ALL_FIELDS.map((f) => f.name as string), 'website']) {
      const value = body?.[key];
      values[key] = typeof value === 'string' ? value : '';
    }
    const capacity = values['capacity'].trim();
    const input: IntakeInput = {
      regionSlug: slug,
      companyName: values['companyName'],
      kvk: values['kvk'],
      sector: values['sector'] || null,
      location: values['location'] || null,
      contactName: values['contactName'],
      contactEmail: values['contactEmail'],
      contactPhone: values['contactPhone'] || null,
      type: values['type'],
      level: values['level'] || null,
      period: values['period'] || null,
      periodStart: values['periodStart'] || null,
      periodEnd: values['periodEnd'] || null,
      capacity: capacity === '' ? null : /^\d{1,6}$/.test(capacity) ? Number(capacity) : Number.NaN,
      message: values['message'] || null,
      consent: values['consent'] === 'ja',
      website: values['website'] || null,
      formToken: values['formToken'],
    };
    try {
      const region = await this.loket.intakeRegion(slug);
      const { message } = await this.loket.submit(input, req.ip ?? req.socket.remoteAddress ?? 'unknown');
      sendPublic(
        req,
        res,
        renderPage({
          title: 'Bedankt voor je aanvraag',
          description: 'Bedrijvenloket',
          canonicalUrl: this.url(slug),
          regionName: region.name,
          regionSlug: region.slug,
          body: `<h1>Bedankt!</h1><p class="lead" role="status">${escapeHtml(message)}</p><p>Kijk ook in je map met ongewenste e-mail. Heb je eerder een aanvraag gedaan? Dan zie je al je aanvragen via <a href="/loket/inloggen?regio=${escapeHtml(encodeURIComponent(region.slug))}">inloggen bij het bedrijvenloket</a>.</p>`,
        }),
        { cache: 'no-store' },
      );
    } catch (error) {
      if (!isDomainError(error)) throw error;
      if (error.code === ErrorCode.NOT_FOUND) return this.regionNotFound(req, res, slug);
      const fields = Object.fromEntries((error.details.fields ?? []).map((f) => [f.field, f.message]));
      setRetryAfter(res, error);
      await this.render(req, res, slug, values, fields, error.details.fields ? null : error.message, httpStatusOf(error.code));
    }
  }

  /** The privacy statement the form's consent links to. */
  @Get(':slug/loket/privacy')
  async privacy(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    let region;
    try {
      region = await this.loket.intakeRegion(slug);
    } catch (error) {
      if (isDomainError(error) && error.code === ErrorCode.NOT_FOUND) return this.regionNotFound(req, res, slug);
      throw error;
    }
    sendPublic(
      req,
      res,
      renderPage({
        title: 'Privacyverklaring bedrijvenloket',
        description: `Wat het bedrijvenloket ${region.name} met je gegevens doet.`,
        canonicalUrl: `${this.url(slug)}/privacy`,
        regionName: region.name,
        regionSlug: region.slug,
        body: `<h1>Privacyverklaring bedrijvenloket ${escapeHtml(region.name)}</h1>
<p>Het bedrijvenloket gebruikt de gegevens uit je aanvraag (de naam en het KvK-nummer van je bedrijf, je naam, e-mailadres en telefoonnummer en je toelichting) alleen om je aanvraag te behandelen. De loket-medewerkers en de scholen die aan je aanvraag werken zien ze.</p>
<p>We bewaren je aanvraag tot ze is afgerond en daarna nog 24 maanden; dan verwijderen we je persoonsgegevens. Je kunt altijd vragen welke gegevens we van je hebben of vragen ze eerder te verwijderen: antwoord op een e-mail van het loket.</p>
<p><a href="${escapeHtml(this.path(slug))}">Terug naar het formulier</a></p>`,
      }),
      { cache: 'public' },
    );
  }

  private url(slug: string): string {
    return `${this.config.publicUrl}${this.path(slug)}`;
  }

  private path(slug: string): string {
    return `/publiek/${encodeURIComponent(slug)}/loket`;
  }

  private regionNotFound(req: Request, res: Response, slug: string): void {
    sendPublic(req, res, regionNotFoundPage(this.url(slug)), { cache: 'public', status: 404 });
  }

  private async render(req: Request, res: Response, slug: string, values: FormValues, fields: Record<string, string> = {}, problem: string | null = null, status = 200): Promise<void> {
    let region;
    try {
      region = await this.loket.intakeRegion(slug);
    } catch (error) {
      if (isDomainError(error) && error.code === ErrorCode.NOT_FOUND) return this.regionNotFound(req, res, slug);
      throw error;
    }
    const v = (name: string) => escapeHtml(values[name] ?? '');
    const err = (name: string) => (fields[name] ? `<br><span class="fout" id="${name}-fout">${escapeHtml(fields[name])}</span>` : '');
    const aria = (name: string, hint?: string) => {
      const ids = [hint ? `${name}-hint` : '', fields[name] ? `${name}-fout` : ''].filter(Boolean).join(' ');
      return `${fields[name] ? ' aria-invalid="true"' : ''}${ids ? ` aria-describedby="${ids}"` : ''}`;
    };
    const input = (f: (typeof TEXT_FIELDS)[number]) => {
      const label = `<label for="${f.name}">${escapeHtml(f.label)}${f.required ? ' (verplicht)' : ''}</label>${f.hint ? ` <span class="hint" id="${f.name}-hint">${escapeHtml(f.hint)}</span>` : ''}<br>`;
      const attrs = `id="${f.name}" name="${f.name}"${f.required ? ' required' : ''}${f.autocomplete ? ` autocomplete="${f.autocomplete}"` : ''}${aria(f.name, f.hint)}`;
      const control = f.area
        ? `<textarea ${attrs} maxlength="${f.max}" rows="6" cols="60">${v(f.name)}</textarea>`
        : f.type === 'number'
          ? `<input ${attrs} type="number" min="1" max="1000" inputmode="numeric" value="${v(f.name)}">`
          : `<input ${attrs} type="${f.type ?? 'text'}"${f.type === 'date' ? '' : ` maxlength="${f.max}"`} value="${v(f.name)}">`;
      return `<p>${label}${control}${err(f.name)}</p>`;
    };
    const errors = ALL_FIELDS.filter((f) => fields[f.name]);
    const summary = errors.length
      ? `<div role="alert" class="line fouten" tabindex="-1"><h2>Controleer je aanvraag</h2><ul>${errors
          .map((f) => `<li><a href="#${f.name === 'formToken' ? 'versturen' : f.name}">${escapeHtml(fields[f.name])}</a></li>`)
          .join('')}</ul></div>`
      : problem
        ? `<div role="alert" class="line fouten"><p>${escapeHtml(problem)}</p></div>`
        : '';
    const body = `<h1>Bedrijvenloket ${escapeHtml(region.name)}</h1>
<p class="lead">Eén plek voor bedrijven die iets willen doen met de scholen in de regio: stageplaatsen, een gastles, een bedrijfsopdracht of een excursie. Je hebt geen account nodig; je krijgt een e-mail met een persoonlijke link waarop je de voortgang volgt.</p>
${summary}
<form method="post" action="${escapeHtml(this.path(slug))}" novalidate>
<fieldset class="line"><legend>Je bedrijf en jij</legend>
${TEXT_FIELDS.map(input).join('\n')}
</fieldset>
<fieldset class="line"><legend>Je vraag</legend>
<p><label for="type">Soort aanvraag (verplicht)</label><br><select id="type" name="type" required${aria('type')}>
<option value="">Kies wat je zoekt of aanbiedt</option>
${REQUEST_TYPES.map((t) => `<option value="${t}"${values['type'] === t ? ' selected' : ''}>${escapeHtml(REQUEST_TYPE_TEXT[t])}</option>`).join('\n')}
</select>${err('type')}</p>
${DETAIL_FIELDS.map(input).join('\n')}
</fieldset>
<p class="hp" aria-hidden="true"><label for="website">Laat dit veld leeg</label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value=""></p>
<p><input id="consent" name="consent" type="checkbox" value="ja" required${values['consent'] === 'ja' ? ' checked' : ''}${aria('consent')}> <label for="consent">Ik ga akkoord met de <a href="${escapeHtml(this.path(slug))}/privacy">privacyverklaring</a> (verplicht)</label>${err('consent')}</p>
<input type="hidden" name="formToken" value="${escapeHtml(this.loket.formToken())}">
${fields['formToken'] ? `<p><span class="fout" id="formToken-fout">${escapeHtml(fields['formToken'])}</span></p>` : ''}
<p><button id="versturen" type="submit">Aanvraag versturen</button></p>
</form>
<p>Heb je eerder een aanvraag gedaan? <a href="/loket/inloggen?regio=${escapeHtml(encodeURIComponent(region.slug))}">Log in om je aanvragen te zien</a>.</p>`;
    // A one-time form token in every copy: never cached, so no ETag either.
    sendPublic(
      req,
      res,
      renderPage({ title: `Bedrijvenloket ${region.name}`, description: `Stageplaatsen, gastlessen en meer: één loket voor bedrijven in ${region.name}.`, canonicalUrl: this.url(slug), regionName: region.name, regionSlug: region.slug, body }),
      { cache: 'no-store', status },
    );
  }
}
