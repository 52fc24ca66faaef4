import { renderToStaticMarkup } from 'react-dom/server';
import { IntakeForm, PrivacyStatement } from './intake-form';

describe('the loket intake form', () => {
  const form = (values: Record<string, string>, fields: Record<string, string> = {}, problem: string | null = null) =>
    renderToStaticMarkup(<IntakeForm regionName="Noord" regionSlug="noord" action="/publiek/noord/loket" values={values} fields={fields} problem={problem} formToken="tok" />);

  it('keeps every value after a mistake, escaped, with a Dutch error at the field and in the summary', () => {
    const html = form({ companyName: 'Bakker "&" <Zn>', type: 'EXCURSIE', consent: 'ja', message: '</textarea><script>' }, { kvk: 'Vul 8 cijfers in.' });
    expect(html).toContain('value="Bakker &quot;&amp;&quot; &lt;Zn&gt;"');
    expect(html).toContain('&lt;/textarea&gt;&lt;script&gt;</textarea>');
    expect(html).toContain('<option value="EXCURSIE" selected="">');
    expect(html).toContain('checked=""');
    expect(html).toContain('aria-invalid="true" aria-describedby="kvk-hint kvk-fout"');
    expect(html).toContain('<li><a href="#kvk">Vul 8 cijfers in.</a></li>');
    expect(html).not.toContain('<script');
  });

  it('selects no request type and checks no consent on a fresh form; a general problem is an alert', () => {
    const html = form({}, {}, 'Te veel aanvragen.');
    expect(html).not.toContain('selected');
    expect(html).not.toContain('checked');
    expect(html).toContain('<div role="alert" class="line fouten"><p>Te veel aanvragen.</p></div>');
    expect(html).toContain('<input type="hidden" name="formToken" value="tok"/>');
  });

  it('states the configured retention on the privacy page', () => {
    expect(renderToStaticMarkup(<PrivacyStatement regionName="Noord" retentionMonths={36} formPath="/publiek/noord/loket" />)).toContain('daarna nog 36 maanden;');
  });
});
