/**
 * E-mail text built from what people typed. A name, title or subject is one line: CR, LF, the
 * Unicode line and paragraph separators and every other control character become a space, so
 * "Jan\r\nBcc: x" can neither add a header nor an extra line to the body. Multi-line values (a
 * message, a story lead) are marked with `mailBlock()`: they keep their line breaks (normalised
 * to LF) and lose the other control characters.
 */
// eslint-disable-next-line no-control-regex
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_NEWLINE_AND_TAB = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** One line: line breaks and control characters become a single space. */
export function mailLine(value: unknown): string {
  return String(value ?? '').replace(LINE_BREAKS_AND_CONTROLS, ' ');
}

/** Multi-line text: CRLF and CR become LF, other control characters are dropped. */
export function mailMultiline(value: unknown): string {
  return String(value ?? '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROLS_BUT_NEWLINE_AND_TAB, '');
}

class MailBlock {
  constructor(readonly text: string) {}
}

/** Marks a value as multi-line for `mailText` (it keeps its line breaks). */
export const mailBlock = (value: unknown): MailBlock => new MailBlock(mailMultiline(value));

/**
 * Tagged template for e-mail bodies and subjects: every interpolated value is one line
 * (`mailLine`) unless wrapped in `mailBlock()`. The template's own text keeps its line breaks.
 */
export function mailText(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    out += (value instanceof MailBlock ? value.text : mailLine(value)) + strings[i + 1];
  }
  return out;
}
