import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { COMPANY_SESSION_DAYS, CompanySession, LoketCompanyService, PublicRequestView, REQUEST_TYPE_TEXT, STATUS_TEXT } from '@verbinder/loket/core';
import { dutchDateTime } from '@verbinder/meetups/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { httpStatusOf, readCookie } from '@verbinder/platform/graphql';
import { ErrorCode } from '@verbinder/shared/contracts';
import { isDomainError } from '@verbinder/shared/kernel';
import { sendPublic, setPrivateHeaders, setRetryAfter } from '../public-site/http';
import { escapeHtml, renderPage } from '../public-site/layout';
import { LOKET_STATUS_SCRIPT } from './loket-status-script';
import { HttpFaultFilter } from './http-fault.filter';

const AUTHOR_TEXT: Record<string, string> = { BEDRIJF: 'Jij', LOKET: 'Bedrijvenloket' };
/** The signed company session of a returning company (magic link). */
export const COMPANY_COOKIE = 'vb_loket';
const VISUALLY_HIDDEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';


/**
 * The company's side of the loket, server-rendered and usable without JavaScript:
 * - the private status page behind the link from the confirmation e-mail (`/loket/status/<token>`),
 *   with a small script that updates it live;
 * - magic-link sign-in for returning companies (`/loket/inloggen`), a signed session cookie and
 *   the list of the address's requests (`/loket/mijn-aanvragen`), each with the same status view.
 * Unknown, malformed and guessed tokens or references all get the same 404 page. Everything is escaped.
 */
@UseFilters(HttpFaultFilter)
@Controller()
export class LoketSiteController {
  constructor(
    private readonly loket: LoketCompanyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---------- status link ----------

  @Get('loket/status.js')
  script(@Res() res: Response): void {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('application/javascript; charset=utf-8').send(LOKET_STATUS_SCRIPT);
  }

  @Get('loket/status/:token')
  async status(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.renderToken(res, token);
  }

  @HttpCode(200)
  @Post('loket/status/:token')
  async reply(@Param('token') token: string, @Body() body: { body?: string }, @Res() res: Response): Promise<void> {
    try {
      await this.loket.companyReply(token, String(body?.body ?? ''));
      await this.renderToken(res, token, 'Je bericht is verstuurd.');
    } catch (error) {
      if (!isDomainError(error) || error.code === ErrorCode.NOT_FOUND) return this.renderToken(res, token);
      await this.renderToken(res, token, null, error.message, httpStatusOf(error.code));
    }
  }

  private async renderToken(res: Response, token: string, notice: string | null = null, problem: string | null = null, status = 200): Promise<void> {
    let view;
    try {
      view = await this.loket.publicView(token);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return this.notFound(res, error.message);
    }
    this.renderView(res, view, { action: `/loket/status/${encodeURIComponent(token)}`, token, notice, problem, status });
  }

  private privateHeaders(res: Response): void {
    setPrivateHeaders(res);
  }

  private notFound(res: Response, message: string): void {
    sendPublic(res.req, res, renderPage({ title: 'Aanvraag niet gevonden', description: 'Bedrijvenloket', canonicalUrl: `${this.config.publicUrl}/loket`, body: `<h1>Aanvraag niet gevonden</h1><p>${escapeHtml(message)}</p>` }), { cache: 'private', status: 404 });
  }

  /** The status view of one request: the token page and the signed-in company's page share it. */
  private renderView(
    res: Response,
    view: PublicRequestView,
    o: { action: string; token?: string; notice?: string | null; problem?: string | null; status?: number; header?: string },
  ): void {
    const { request: r, company } = view;
    const thread = view.messages
      .map(
        (m) => `<article class="actie" data-author="${escapeHtml(m.author)}">
<p class="meta"><strong>${escapeHtml(m.author === 'LOKET' ? `${m.authorName} (${AUTHOR_TEXT.LOKET})` : AUTHOR_TEXT[m.author] ?? m.authorName)}</strong><span>${escapeHtml(dutchDateTime(m.createdAt))}</span></p>
<p style="white-space:pre-wrap">${escapeHtml(m.body)}</p>
</article>`,
      )
      .join('\n');
    const form =
      r.status === 'AFGEROND'
        ? '<p>Deze aanvraag is afgerond.</p>'
        : `<form method="post" action="${escapeHtml(o.action)}">
<p><label for="bericht">Je reactie of aanvulling</label><br><textarea id="bericht" name="body" required maxlength="4000" rows="5" cols="60"></textarea></p>
<p><button type="submit">Versturen</button></p>
</form>`;
    const body = `${o.header ?? ''}<div id="loket-pagina"${o.token ? ` data-token="${escapeHtml(o.token)}"` : ''}>
<h1>Je aanvraag ${escapeHtml(r.reference)}</h1>
${o.notice ? `<p class="lead" role="status">${escapeHtml(o.notice)}</p>` : ''}${o.problem ? `<p class="lead" role="alert">${escapeHtml(o.problem)}</p>` : ''}
<p id="loket-live" aria-live="polite" style="${VISUALLY_HIDDEN}"></p>
<section class="line" id="loket-status" aria-label="Status">
<p class="meta"><span>${escapeHtml(company.name)}</span><span>${escapeHtml(REQUEST_TYPE_TEXT[r.type])}</span><span>Ingediend ${escapeHtml(dutchDateTime(r.createdAt))}</span></p>
<p>Status: <strong data-status="${escapeHtml(r.status)}">${escapeHtml(STATUS_TEXT[r.status])}</strong></p>
<p>Behandeld door: ${escapeHtml(view.handlerName ?? 'nog niet toegewezen')}</p>
${view.schoolNames.length ? `<p>Scholen: ${escapeHtml(view.schoolNames.join(', '))}</p>` : ''}
${r.period ? `<p>Periode: ${escapeHtml(r.period)}</p>` : ''}
</section>
<h2>Gesprek</h2>
<section class="line" id="loket-gesprek" aria-label="Gesprek">${thread || '<p>Nog geen berichten.</p>'}</section>
${form}
</div>${o.token ? '\n<script src="/loket/status.js" defer></script>' : ''}`;
    sendPublic(res.req, res, renderPage({ title: `Aanvraag ${r.reference}`, description: 'Bedrijvenloket: de voortgang van je aanvraag', canonicalUrl: `${this.config.publicUrl}/loket`, body }), {
      cache: 'private',
      status: o.status ?? 200,
    });
  }

  // ---------- magic-link sign-in ----------

  @Get('loket/inloggen')
  async signInForm(@Query('regio') regio: string | undefined, @Res() res: Response): Promise<void> {
    await this.renderSignIn(res, { regionSlug: typeof regio === 'string' ? regio : '', email: '' });
  }

  @HttpCode(200)
  @Post('loket/inloggen')
  async signIn(@Body() body: { email?: string; regionSlug?: string }, @Req() req: Request, @Res() res: Response): Promise<void> {
    const values = { email: String(body?.email ?? ''), regionSlug: String(body?.regionSlug ?? '') };
    try {
      const answer = await this.loket.requestSignIn(values.regionSlug, values.email, req.ip ?? req.socket.remoteAddress ?? 'unknown');
      this.privateHeaders(res);
      res.type('html').send(this.page('Kijk in je e-mail', `<h1>Kijk in je e-mail</h1><p class="lead" role="status">${escapeHtml(answer)}</p><p>Kijk ook in je map met ongewenste e-mail.</p>`));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const fields = Object.fromEntries((error.details.fields ?? []).map((f) => [f.field, f.message]));
      setRetryAfter(res, error);
      await this.renderSignIn(res, values, error.details.fields ? fields : {}, error.message, httpStatusOf(error.code));
    }
  }

  private async renderSignIn(res: Response, values: { email: string; regionSlug: string }, fields: Record<string, string> = {}, problem: string | null = null, status = 200): Promise<void> {
    const regions = await this.loket.signInRegions();
    const err = (name: string) => (fields[name] ? `<br><span class="fout" id="${name}-fout">${escapeHtml(fields[name])}</span>` : '');
    const described = (name: string) => (fields[name] ? ` aria-invalid="true" aria-describedby="${name}-fout"` : '');
    const body = `<h1>Inloggen bij het bedrijvenloket</h1>
<p class="lead">Heb je eerder een aanvraag gedaan? Vul het e-mailadres in waarmee je dat deed. Je krijgt een e-mail met een link waarmee je al je aanvragen ziet. Een wachtwoord is niet nodig.</p>
${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/loket/inloggen" class="line">
<p><label for="regionSlug">Regio</label><br><select id="regionSlug" name="regionSlug" required${described('regionSlug')}>
<option value="">Kies een regio</option>
${regions.map((r) => `<option value="${escapeHtml(r.slug)}"${r.slug === values.regionSlug ? ' selected' : ''}>${escapeHtml(r.name)}</option>`).join('\n')}
</select>${err('regionSlug')}</p>
<p><label for="email">E-mailadres</label><br><input id="email" name="email" type="email" required maxlength="254" autocomplete="email" value="${escapeHtml(values.email)}"${described('email')}>${err('email')}</p>
<p><button type="submit">Stuur mij een inloglink</button></p>
</form>`;
    sendPublic(res.req, res, this.page('Inloggen bij het bedrijvenloket', body), { cache: 'private', status });
  }

  /** A GET only shows a button: mail scanners that open links must not use them up. */
  @Get('loket/inloggen/:token')
  confirmSignIn(@Param('token') token: string, @Res() res: Response): void {
    this.privateHeaders(res);
    res.type('html').send(
      this.page(
        'Inloggen bij het bedrijvenloket',
        `<h1>Inloggen bij het bedrijvenloket</h1>
<p>Klik op de knop om in te loggen en je aanvragen te zien.</p>
<form method="post" action="/loket/inloggen/${escapeHtml(encodeURIComponent(token))}"><p><button type="submit">Inloggen</button></p></form>`,
      ),
    );
  }

  @Post('loket/inloggen/:token')
  async useSignIn(@Param('token') token: string, @Res() res: Response): Promise<void> {
    let session: CompanySession;
    try {
      session = await this.loket.consumeSignIn(token);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      this.privateHeaders(res);
      res
        .status(httpStatusOf(error.code))
        .type('html')
        .send(this.page('Inloggen is niet gelukt', `<h1>Inloggen is niet gelukt</h1><p role="alert">${escapeHtml(error.message)}</p><p><a href="/loket/inloggen">Vraag een nieuwe inloglink aan</a></p>`));
      return;
    }
    const cookie = this.loket.companySessionCookie(session);
    res.cookie(COMPANY_COOKIE, cookie.value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.publicUrl.startsWith('https://'),
      path: '/loket',
      expires: cookie.expiresAt,
      maxAge: COMPANY_SESSION_DAYS * 24 * 3600 * 1000,
    });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, '/loket/mijn-aanvragen');
  }

  @Post('loket/uitloggen')
  signOut(@Res() res: Response): void {
    res.clearCookie(COMPANY_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.config.publicUrl.startsWith('https://'), path: '/loket' });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, '/loket/inloggen');
  }

  private session(cookie: string | undefined): CompanySession | null {
    return this.loket.readCompanySession(readCookie(cookie, COMPANY_COOKIE));
  }

  @Get('loket/mijn-aanvragen')
  async myRequests(@Headers('cookie') cookie: string | undefined, @Res() res: Response): Promise<void> {
    const session = this.session(cookie);
    if (!session) {
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, '/loket/inloggen');
      return;
    }
    const { regionName, requests } = await this.loket.companyRequests(session);
    const rows = requests
      .map(
        (r) => `<tr><td><a href="/loket/mijn-aanvragen/${escapeHtml(encodeURIComponent(r.reference))}">${escapeHtml(r.reference)}</a></td><td>${escapeHtml(REQUEST_TYPE_TEXT[r.type])}</td><td data-status="${escapeHtml(r.status)}">${escapeHtml(STATUS_TEXT[r.status])}</td><td>${escapeHtml(dutchDateTime(r.createdAt))}</td></tr>`,
      )
      .join('\n');
    const body = `${this.signedInHeader(session)}<h1>Je aanvragen bij het bedrijvenloket ${escapeHtml(regionName)}</h1>
${
  rows
    ? `<table class="line"><caption style="${VISUALLY_HIDDEN}">Je aanvragen</caption><thead><tr><th scope="col">Kenmerk</th><th scope="col">Soort</th><th scope="col">Status</th><th scope="col">Ingediend</th></tr></thead><tbody>
${rows}
</tbody></table>`
    : '<p>Er staan geen aanvragen op dit e-mailadres.</p>'
}`;
    this.privateHeaders(res);
    res.type('html').send(this.page('Je aanvragen', body));
  }

  @Get('loket/mijn-aanvragen/:reference')
  async myRequest(@Param('reference') reference: string, @Headers('cookie') cookie: string | undefined, @Res() res: Response): Promise<void> {
    await this.renderOwn(res, cookie, reference);
  }

  @HttpCode(200)
  @Post('loket/mijn-aanvragen/:reference')
  async myReply(@Param('reference') reference: string, @Body() body: { body?: string }, @Headers('cookie') cookie: string | undefined, @Res() res: Response): Promise<void> {
    const session = this.session(cookie);
    if (!session) return this.notFound(res, 'Deze aanvraag is niet gevonden. Log opnieuw in via het bedrijvenloket.');
    try {
      await this.loket.companySessionReply(session, reference, String(body?.body ?? ''));
      await this.renderOwn(res, cookie, reference, 'Je bericht is verstuurd.');
    } catch (error) {
      if (!isDomainError(error) || error.code === ErrorCode.NOT_FOUND) return this.renderOwn(res, cookie, reference);
      await this.renderOwn(res, cookie, reference, null, error.message, httpStatusOf(error.code));
    }
  }

  private async renderOwn(res: Response, cookie: string | undefined, reference: string, notice: string | null = null, problem: string | null = null, status = 200): Promise<void> {
    const session = this.session(cookie);
    if (!session) return this.notFound(res, 'Deze aanvraag is niet gevonden. Log opnieuw in via het bedrijvenloket.');
    let view;
    try {
      view = await this.loket.companyView(session, reference);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return this.notFound(res, error.message);
    }
    this.renderView(res, view, {
      action: `/loket/mijn-aanvragen/${encodeURIComponent(view.request.reference)}`,
      notice,
      problem,
      status,
      header: `${this.signedInHeader(session)}<p><a href="/loket/mijn-aanvragen">Terug naar je aanvragen</a></p>\n`,
    });
  }

  private signedInHeader(session: CompanySession): string {
    return `<form method="post" action="/loket/uitloggen" class="meta"><span>Ingelogd als ${escapeHtml(session.email)}</span><button type="submit">Uitloggen</button></form>\n`;
  }

  private page(title: string, body: string): string {
    return renderPage({ title, description: 'Bedrijvenloket', canonicalUrl: `${this.config.publicUrl}/loket/inloggen`, body });
  }
}
