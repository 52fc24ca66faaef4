import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ReactNode } from 'react';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { CheckYourMail, formRefusal, HttpFaultFilter, orRegionNotFound, PostButton, renderPage, sendPublic } from '@verbinder/platform/public-web';
import { Region, RegionsService } from '@verbinder/regions/core';
import { isDomainError } from '@verbinder/shared/kernel';
import { NewsletterService } from '@verbinder/stories/core';

/**
 * The stories newsletter on the public site (plain HTML forms, no JavaScript): subscribe, confirm
 * with the link from the mail, unsubscribe with the link in every mail. A link from a mail only
 * shows a button (GET); the POST does it, so mail scanners that open links change nothing.
 */
@UseFilters(HttpFaultFilter)
@Controller()
export class NewsletterSiteController {
  constructor(
    private readonly newsletter: NewsletterService,
    private readonly regions: RegionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('publiek/:slug/nieuwsbrief')
  async form(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/nieuwsbrief');
    if (!region) return;
    this.renderForm(req, res, region, '', {}, null, 200);
  }

  @HttpCode(200)
  @Post('publiek/:slug/nieuwsbrief')
  async subscribe(@Param('slug') slug: string, @Body() body: { email?: string }, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/nieuwsbrief');
    if (!region) return;
    const email = String(body?.email ?? '');
    try {
      const answer = await this.newsletter.subscribe(region.slug, email, req.ip ?? req.socket.remoteAddress ?? 'unknown');
      this.send(req, res, region, 'Kijk in je e-mail', <CheckYourMail answer={answer} />);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const { fields, status } = formRefusal(res, error);
      this.renderForm(req, res, region, email, fields, error.message, status);
    }
  }

  @Get('publiek/:slug/nieuwsbrief/bevestigen/:token')
  async confirmPage(@Param('slug') slug: string, @Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/nieuwsbrief');
    if (!region) return;
    const action = `${base(region)}/nieuwsbrief/bevestigen/${encodeURIComponent(token)}`;
    this.send(
      req,
      res,
      region,
      'Aanmelding bevestigen',
      <ButtonPage heading="Aanmelding bevestigen" action={action} button="Bevestigen">
        Klik op de knop om je aanmelding voor de verhalen uit {region.name} te bevestigen.
      </ButtonPage>,
    );
  }

  @HttpCode(200)
  @Post('publiek/:slug/nieuwsbrief/bevestigen/:token')
  async confirm(@Param('slug') slug: string, @Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/nieuwsbrief');
    if (!region) return;
    const ok = await this.newsletter.confirm(region.slug, token);
    if (ok) {
      this.send(
        req,
        res,
        region,
        'Aanmelding bevestigd',
        <>
          <h1>Je bent aangemeld</h1>
          <p className="lead" role="status">
            Je krijgt voortaan een e-mail als er een nieuw verhaal uit {region.name} is. Afmelden kan met de link onder elke e-mail.
          </p>
          <p>
            <a href={`${base(region)}/verhalen`}>Lees de verhalen</a>
          </p>
        </>,
      );
    } else {
      this.send(
        req,
        res,
        region,
        'Link werkt niet',
        <>
          <h1>Deze link werkt niet (meer)</h1>
          <p>
            De link is al gebruikt of verlopen. <a href={`${base(region)}/nieuwsbrief`}>Meld je opnieuw aan</a>.
          </p>
        </>,
        404,
      );
    }
  }

  @Get('publiek/:slug/nieuwsbrief/afmelden/:token')
  async unsubscribePage(@Param('slug') slug: string, @Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/nieuwsbrief');
    if (!region) return;
    if (!this.newsletter.validUnsubscribeToken(token)) {
      this.send(req, res, region, 'Link werkt niet', <BrokenLink />, 404);
      return;
    }
    const action = `${base(region)}/nieuwsbrief/afmelden/${encodeURIComponent(token)}`;
    this.send(
      req,
      res,
      region,
      'Afmelden',
      <ButtonPage heading="Afmelden voor de nieuwsbrief" action={action} button="Afmelden">
        Klik op de knop. Je krijgt dan geen e-mails meer over verhalen uit {region.name} en we verwijderen je e-mailadres.
      </ButtonPage>,
    );
  }

  @HttpCode(200)
  @Post('publiek/:slug/nieuwsbrief/afmelden/:token')
  async unsubscribe(@Param('slug') slug: string, @Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await this.region(req, res, slug, '/nieuwsbrief');
    if (!region) return;
    if (!(await this.newsletter.unsubscribe(region.slug, token))) {
      this.send(req, res, region, 'Link werkt niet', <BrokenLink />, 404);
      return;
    }
    this.send(
      req,
      res,
      region,
      'Afgemeld',
      <>
        <h1>Je bent afgemeld</h1>
        <p className="lead" role="status">
          Je krijgt geen e-mails meer over verhalen uit {region.name}. We hebben je e-mailadres verwijderd.
        </p>
      </>,
    );
  }

  private renderForm(req: Request, res: Response, region: Region, email: string, fields: Record<string, string>, problem: string | null, status: number): void {
    const error = fields['email'];
    const body = (
      <>
        <h1>Nieuwsbrief: verhalen uit {region.name}</h1>
        <p className="lead">Krijg een e-mail als er een nieuw verhaal uit {region.name} is. Je krijgt eerst een e-mail om je aanmelding te bevestigen.</p>
        {problem && !error ? (
          <p role="alert" className="fout">
            {problem}
          </p>
        ) : null}
        <form method="post" action={`${base(region)}/nieuwsbrief`} className={error ? 'line fouten' : 'line'}>
          <p>
            <label htmlFor="email">E-mailadres</label>
            <br />
            <input
              id="email"
              name="email"
              type="email"
              required
              maxLength={254}
              autoComplete="email"
              defaultValue={email}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'email-fout' : undefined}
            />
            {error ? (
              <>
                <br />
                <span className="fout" id="email-fout">
                  {error}
                </span>
              </>
            ) : null}
          </p>
          <p>
            <button type="submit">Aanmelden</button>
          </p>
        </form>
        <p className="hint">We bewaren alleen je e-mailadres en gebruiken het alleen voor deze nieuwsbrief. Afmelden kan met de link onder elke e-mail; dan verwijderen we je e-mailadres.</p>
      </>
    );
    sendPublic(req, res, this.page(region, 'Nieuwsbrief', body), { cache: 'no-store', status });
  }

  private send(req: Request, res: Response, region: Region, title: string, body: ReactNode, status = 200): void {
    sendPublic(req, res, this.page(region, title, body), { cache: 'private', status });
  }

  private page(region: Region, title: string, body: ReactNode): string {
    return renderPage({
      title,
      description: `De nieuwsbrief met verhalen uit ${region.name}.`,
      canonicalUrl: `${this.config.publicUrl}/publiek/${encodeURIComponent(region.slug)}/nieuwsbrief`,
      regionName: region.name,
      regionSlug: region.slug,
      body,
    });
  }

  private region(req: Request, res: Response, slug: string, suffix: string): Promise<Region | null> {
    return orRegionNotFound(req, res, `${this.config.publicUrl}/publiek/${encodeURIComponent(slug)}${suffix}`, () => this.regions.getRegion({ slug }));
  }
}

const base = (region: Region) => `/publiek/${encodeURIComponent(region.slug)}`;

/** A link from a mail only shows what it will do and this button: the POST does it (mail scanners open links). */
function ButtonPage({ heading, action, button, children }: { heading: string; action: string; button: string; children: ReactNode }) {
  return (
    <>
      <h1>{heading}</h1>
      <p>{children}</p>
      <PostButton action={action} label={button} />
    </>
  );
}

function BrokenLink() {
  return (
    <>
      <h1>Deze link werkt niet</h1>
      <p>Controleer of je de hele link uit de e-mail hebt gebruikt.</p>
    </>
  );
}
