import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { IntakeInput, LoketIntakeService } from '@verbinder/loket/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { formRefusal, HttpFaultFilter, orRegionNotFound, regionNotFoundPage, renderPage, sendPublic } from '@verbinder/platform/public-web';
import { ErrorCode } from '@verbinder/shared/contracts';
import { isDomainError } from '@verbinder/shared/kernel';
import { ALL_FIELDS, FormValues, IntakeForm, PrivacyStatement } from './intake-form';

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
          body: (
            <>
              <h1>Bedankt!</h1>
              <p className="lead" role="status">
                {message}
              </p>
              <p>
                Kijk ook in je map met ongewenste e-mail. Heb je eerder een aanvraag gedaan? Dan zie je al je aanvragen via{' '}
                <a href={`/loket/inloggen?regio=${encodeURIComponent(region.slug)}`}>inloggen bij het bedrijvenloket</a>.
              </p>
            </>
          ),
        }),
        { cache: 'no-store' },
      );
    } catch (error) {
      if (!isDomainError(error)) throw error;
      if (error.code === ErrorCode.NOT_FOUND) return this.regionNotFound(req, res, slug);
      const { fields, status } = formRefusal(res, error);
      await this.render(req, res, slug, values, fields, error.details.fields ? null : error.message, status);
    }
  }

  /** The privacy statement the form's consent links to. */
  @Get(':slug/loket/privacy')
  async privacy(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const region = await orRegionNotFound(req, res, this.url(slug), () => this.loket.intakeRegion(slug));
    if (!region) return;
    sendPublic(
      req,
      res,
      renderPage({
        title: 'Privacyverklaring bedrijvenloket',
        description: `Wat het bedrijvenloket ${region.name} met je gegevens doet.`,
        canonicalUrl: `${this.url(slug)}/privacy`,
        regionName: region.name,
        regionSlug: region.slug,
        body: <PrivacyStatement regionName={region.name} retentionMonths={this.config.loket.retentionMonths} formPath={this.path(slug)} />,
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
    const region = await orRegionNotFound(req, res, this.url(slug), () => this.loket.intakeRegion(slug));
    if (!region) return;
    const body = <IntakeForm regionName={region.name} regionSlug={region.slug} action={this.path(slug)} values={values} fields={fields} problem={problem} formToken={this.loket.formToken()} />;
    // A one-time form token in every copy: never cached, so no ETag either.
    sendPublic(
      req,
      res,
      renderPage({
        title: `Bedrijvenloket ${region.name}`,
        description: `Stageplaatsen, gastlessen en meer: één loket voor bedrijven in ${region.name}.`,
        canonicalUrl: this.url(slug),
        regionName: region.name,
        regionSlug: region.slug,
        body,
      }),
      { cache: 'no-store', status },
    );
  }
}
