import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ReactNode } from 'react';
import { AuthService } from '@verbinder/identity/core';
import { ActivitiesService, CalendarFeedsService, dutchDateTime, PublicRegistrationService, WaitlistService } from '@verbinder/meetups/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { HttpFaultFilter, httpStatusOf, orRegionNotFound, PostButton, readCookie, renderPage, sendPublic, SESSION_COOKIE, setRetryAfter } from '@verbinder/platform/public-web';
import { ACTIVITY_KIND_TEXT } from '@verbinder/shared/contracts';
import { DomainError, isDomainError } from '@verbinder/shared/kernel';

const STATUS_TEXT: Record<string, string> = {
  CONFIRMED: 'Je aanmelding is bevestigd. Tot dan!',
  WAITLISTED: 'De activiteit is vol: je staat op de wachtlijst. Komt er een plaats vrij, dan krijg je een e-mail.',
};

/**
 * Meetups outside GraphQL: `.ics` files and secret calendar feeds, the public list of
 * activities with a plain HTML registration form, and the confirm/claim pages the e-mails
 * link to (a GET shows a button, the POST does it, so link scanners change nothing).
 */
@UseFilters(HttpFaultFilter)
@Controller()
export class MeetupsSiteController {
  constructor(
    private readonly meetups: ActivitiesService,
    private readonly feeds: CalendarFeedsService,
    private readonly publicRegistration: PublicRegistrationService,
    private readonly waitlist: WaitlistService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('agenda/feed/:file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const ics = await this.feeds.feedIcs(file.replace(/\.ics$/, ''));
    if (!ics) {
      res.status(404).type('text/plain; charset=utf-8').send('Deze agendakoppeling bestaat niet (meer).');
      return;
    }
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.type('text/calendar; charset=utf-8').send(ics);
  }

  @Get('agenda/:file')
  async activityIcs(@Param('file') file: string, @Headers('cookie') cookie: string | undefined, @Res() res: Response): Promise<void> {
    try {
      const actor = await this.auth.resolveSession(readCookie(cookie, SESSION_COOKIE));
      const ics = await this.feeds.activityIcs(actor, file.replace(/\.ics$/, ''));
      res.setHeader('Cache-Control', 'private, max-age=60');
      res.setHeader('Content-Disposition', `attachment; filename="activiteit.ics"`);
      res.type('text/calendar; charset=utf-8').send(ics);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      res.status(httpStatusOf(error.code)).type('text/plain; charset=utf-8').send(error.message);
    }
  }

  @Get('publiek/:slug/activiteiten')
  async list(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const canonicalUrl = `${this.config.publicUrl}/publiek/${encodeURIComponent(slug)}/activiteiten`;
    const data = await orRegionNotFound(req, res, canonicalUrl, () => this.meetups.publicActivities(slug));
    if (!data) return;
    const { region, activities } = data;
    const items = activities.map(({ activity: a, hostSchool, placesLeft, registrationOpen }) => {
      const where = [a.address ?? hostSchool?.name, a.room ? `lokaal ${a.room}` : null].filter(Boolean).join(', ');
      const places =
        placesLeft === null ? null : placesLeft > 0 ? (
          <p>
            Nog {placesLeft} {placesLeft === 1 ? 'plaats' : 'plaatsen'} vrij.
          </p>
        ) : (
          <p>Vol: aanmelden zet je op de wachtlijst.</p>
        );
      const form = registrationOpen ? (
        <form method="post" action={`/publiek/${encodeURIComponent(slug)}/activiteiten/${a.id}/aanmelden`}>
          <p>
            <label htmlFor={`naam-${a.id}`}>Je naam</label>
            <br />
            <input id={`naam-${a.id}`} name="name" required maxLength={200} autoComplete="name" />
          </p>
          <p>
            <label htmlFor={`email-${a.id}`}>Je e-mailadres</label>
            <br />
            <input id={`email-${a.id}`} name="email" type="email" required maxLength={254} autoComplete="email" />
          </p>
          <p>
            <button type="submit">Aanmelden</button>
          </p>
        </form>
      ) : (
        <p>Aanmelden kan nu niet.</p>
      );
      return (
        <article key={a.id} className="line" aria-labelledby={`act-${a.id}`}>
          <h2 id={`act-${a.id}`}>{a.title}</h2>
          <p className="meta">
            <span>{ACTIVITY_KIND_TEXT[a.kind]}</span>
            <span>{dutchDateTime(a.startsAt)}</span>
            {where ? <span>{where}</span> : null}
          </p>
          {a.description ? <p>{a.description}</p> : null}
          {a.travelNote ? <p>Reizen: {a.travelNote}</p> : null}
          {places}
          <p>
            <a href={`/agenda/${a.id}.ics`}>Zet in je agenda (.ics)</a>
          </p>
          {form}
        </article>
      );
    });
    const body = (
      <>
        <h1>Activiteiten in {region.name}</h1>
        <p className="lead">Open dagen, meet-ups en andere activiteiten van de scholen waar iedereen welkom is. Aanmelden kan zonder account: je krijgt een e-mail om je aanmelding te bevestigen.</p>
        {items.length ? items : <p>Er staan nu geen openbare activiteiten gepland.</p>}
      </>
    );
    sendPublic(req, res, this.page(`Activiteiten in ${region.name}`, canonicalUrl, body, region.name, region.slug), { cache: 'public' });
  }

  @HttpCode(200)
  @Post('publiek/:slug/activiteiten/:id/aanmelden')
  async register(@Param('slug') slug: string, @Param('id') id: string, @Body() body: { name?: string; email?: string }, @Req() req: Request, @Res() res: Response): Promise<void> {
    const back = `/publiek/${encodeURIComponent(slug)}/activiteiten`;
    try {
      await this.publicRegistration.registerPublic(id, String(body?.name ?? ''), String(body?.email ?? ''), req.ip ?? req.socket.remoteAddress ?? 'unknown');
      res.type('html').send(
        this.page(
          'Bijna aangemeld',
          back,
          <>
            <h1>Kijk in je e-mail</h1>
            <p>Als de aanmelding kan, krijg je een e-mail met een link om haar te bevestigen. Kijk ook in je map met ongewenste e-mail.</p>
            <p>
              <a href={back}>Terug naar de activiteiten</a>
            </p>
          </>,
        ),
      );
    } catch (error) {
      this.sendError(res, error, back);
    }
  }

  @Get('aanmelden/bevestig/:token')
  confirmForm(@Param('token') token: string, @Res() res: Response): void {
    this.actionForm(res, 'Aanmelding bevestigen', `/aanmelden/bevestig/${encodeURIComponent(token)}`, 'Bevestig je aanmelding');
  }

  @HttpCode(200)
  @Post('aanmelden/bevestig/:token')
  confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    return this.sendOutcome(res, () => this.publicRegistration.confirmPublic(token));
  }

  @Get('aanmelden/claim/:token')
  claimForm(@Param('token') token: string, @Res() res: Response): void {
    this.actionForm(res, 'Plaats claimen', `/aanmelden/claim/${encodeURIComponent(token)}`, 'Ja, ik neem de plaats');
  }

  @HttpCode(200)
  @Post('aanmelden/claim/:token')
  claim(@Param('token') token: string, @Res() res: Response): Promise<void> {
    return this.sendOutcome(res, () => this.waitlist.claim(token));
  }

  /** What a link's POST (confirm, claim a place) did to the registration, or the Dutch error page. */
  private async sendOutcome(res: Response, act: () => Promise<{ registration: { status: string }; activity: { title: string; startsAt: Date } }>): Promise<void> {
    try {
      const { registration, activity } = await act();
      this.outcome(res, registration.status, activity.title, activity.startsAt);
    } catch (error) {
      this.sendError(res, error, '/');
    }
  }

  private actionForm(res: Response, title: string, action: string, button: string): void {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.type('html').send(
      this.page(
        title,
        `${this.config.publicUrl}/`,
        <>
          <h1>{title}</h1>
          <PostButton action={action} label={button} />
        </>,
      ),
    );
  }

  private outcome(res: Response, status: string, title: string, startsAt: Date): void {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(
      this.page(
        'Aanmelding',
        `${this.config.publicUrl}/`,
        <>
          <h1>{title}</h1>
          <p>{dutchDateTime(startsAt)}</p>
          <p className="lead" data-status={status}>
            {STATUS_TEXT[status] ?? status}
          </p>
        </>,
      ),
    );
  }

  private sendError(res: Response, error: unknown, back: string): void {
    if (!isDomainError(error)) throw error;
    const e = error as DomainError;
    setRetryAfter(res, e);
    res
      .status(httpStatusOf(e.code))
      .type('html')
      .send(
        this.page(
          'Dat lukte niet',
          `${this.config.publicUrl}${back}`,
          <>
            <h1>Dat lukte niet</h1>
            <p data-code={e.code}>{e.message}</p>
            <p>
              <a href={back}>Terug</a>
            </p>
          </>,
        ),
      );
  }

  private page(title: string, canonicalUrl: string, body: ReactNode, regionName?: string, regionSlug?: string): string {
    return renderPage({ title, description: 'Activiteiten van de scholen in de regio: open dagen, meet-ups en workshops.', canonicalUrl, regionName, regionSlug, body });
  }
}
