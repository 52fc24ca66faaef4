import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ReactNode } from 'react';
import { COMPANY_SESSION_DAYS, CompanySession, LoketCompanyService, PublicRequestView } from '@verbinder/loket/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { CheckYourMail, formRefusal, HttpFaultFilter, httpStatusOf, readCookie, renderPage, sendPublic, setPrivateHeaders } from '@verbinder/platform/public-web';
import { ErrorCode } from '@verbinder/shared/contracts';
import { isDomainError } from '@verbinder/shared/kernel';
import { MyRequests, SignedInHeader, SignInForm, StatusView } from './loket-pages';
import { LOKET_STATUS_SCRIPT } from './loket-status-script';

/** The signed company session of a returning company (magic link). */
export const COMPANY_COOKIE = 'vb_loket';

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
    const body = (
      <>
        <h1>Aanvraag niet gevonden</h1>
        <p>{message}</p>
      </>
    );
    sendPublic(res.req, res, renderPage({ title: 'Aanvraag niet gevonden', description: 'Bedrijvenloket', canonicalUrl: `${this.config.publicUrl}/loket`, body }), { cache: 'private', status: 404 });
  }

  /** The status view of one request: the token page and the signed-in company's page share it. */
  private renderView(res: Response, view: PublicRequestView, o: { action: string; token?: string; notice?: string | null; problem?: string | null; status?: number; header?: ReactNode }): void {
    const r = view.request;
    const body = <StatusView view={view} action={o.action} token={o.token} notice={o.notice} problem={o.problem} header={o.header} />;
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
      res.type('html').send(this.page('Kijk in je e-mail', <CheckYourMail answer={answer} />));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const { fields, status } = formRefusal(res, error);
      await this.renderSignIn(res, values, fields, error.message, status);
    }
  }

  private async renderSignIn(res: Response, values: { email: string; regionSlug: string }, fields: Record<string, string> = {}, problem: string | null = null, status = 200): Promise<void> {
    const regions = await this.loket.signInRegions();
    const body = <SignInForm regions={regions} values={values} fields={fields} problem={problem} />;
    sendPublic(res.req, res, this.page('Inloggen bij het bedrijvenloket', body), { cache: 'private', status });
  }

  /** A GET only shows a button: mail scanners that open links must not use them up. */
  @Get('loket/inloggen/:token')
  confirmSignIn(@Param('token') token: string, @Res() res: Response): void {
    this.privateHeaders(res);
    res.type('html').send(
      this.page(
        'Inloggen bij het bedrijvenloket',
        <>
          <h1>Inloggen bij het bedrijvenloket</h1>
          <p>Klik op de knop om in te loggen en je aanvragen te zien.</p>
          <form method="post" action={`/loket/inloggen/${encodeURIComponent(token)}`}>
            <p>
              <button type="submit">Inloggen</button>
            </p>
          </form>
        </>,
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
        .send(
          this.page(
            'Inloggen is niet gelukt',
            <>
              <h1>Inloggen is niet gelukt</h1>
              <p role="alert">{error.message}</p>
              <p>
                <a href="/loket/inloggen">Vraag een nieuwe inloglink aan</a>
              </p>
            </>,
          ),
        );
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
    const body = <MyRequests session={session} regionName={regionName} requests={requests} />;
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
      header: (
        <>
          <SignedInHeader session={session} />
          <p>
            <a href="/loket/mijn-aanvragen">Terug naar je aanvragen</a>
          </p>
        </>
      ),
    });
  }

  private page(title: string, body: ReactNode): string {
    return renderPage({ title, description: 'Bedrijvenloket', canonicalUrl: `${this.config.publicUrl}/loket/inloggen`, body });
  }
}
