import { render, screen } from '@testing-library/react';
import { Markdown, safeHref } from './markdown';

describe('safeHref', () => {
  it.each(['https://example.org/a?b=c', 'http://example.org', 'HTTPS://EXAMPLE.ORG', 'mailto:iemand@example.org', '/regio/noord', '  https://example.org  '])('keeps %s', (url) => {
    expect(safeHref(url)).toBe(url.trim());
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    '//evil.example/pad',
    '/\\evil.example/pad', // browsers read "/\" as "//": protocol-relative too
    '/\t/evil.example/pad', // browsers drop the tab
    'java\nscript:alert(1)',
    'evil.example',
    'ftp://example.org',
    '',
  ])('refuses %s', (url) => {
    expect(safeHref(url)).toBeNull();
  });
});

describe('Markdown', () => {
  it('renders headings from h3, lists, emphasis and code as elements, and HTML as text', () => {
    const { container } = render(
      <Markdown source={'# Titel\n\nEen **vet** en *schuin* woord met `code`.\n\n- een\n- twee\n\n1. eerste\n\n```\n<b>blijft tekst</b>\n```\n\n<img src=x onerror=alert(1)>'} />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Titel' })).toBeTruthy();
    expect(container.querySelector('strong')?.textContent).toBe('vet');
    expect(container.querySelector('em')?.textContent).toBe('schuin');
    expect(container.querySelector('p code')?.textContent).toBe('code');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['een', 'twee', 'eerste']);
    expect(container.querySelector('pre code')?.textContent).toBe('<b>blijft tekst</b>');
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('makes safe links clickable (external in a new tab) and leaves unsafe ones as text', () => {
    const { container } = render(
      <Markdown source={'[Site](https://example.org) [Mail](mailto:a@example.org) [Intern](/regio/noord) [Kwaad](javascript:alert(1)) [Data](data:text/html,x) [Ver](//evil.example)'} />,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target')])).toEqual([
      ['Site', 'https://example.org', '_blank'],
      ['Mail', 'mailto:a@example.org', '_blank'],
      ['Intern', '/regio/noord', null],
    ]);
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.textContent).toContain('[Kwaad](javascript:alert(1)');
    expect(container.textContent).toContain('[Ver](//evil.example)');
  });
});
