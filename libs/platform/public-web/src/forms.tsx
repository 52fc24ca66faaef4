import type { Response } from 'express';
import { httpStatusOf } from '@verbinder/platform/graphql';
import type { DomainError } from '@verbinder/shared/kernel';
import { setRetryAfter } from './http';

/** The answer to a public form that sends a link by e-mail (a sign-in link, a confirmation). */
export function CheckYourMail({ answer }: { answer: string }) {
  return (
    <>
      <h1>Kijk in je e-mail</h1>
      <p className="lead" role="status">
        {answer}
      </p>
      <p>Kijk ook in je map met ongewenste e-mail.</p>
    </>
  );
}

/**
 * The button a link from an e-mail shows: the POST to `action` does what the link is for, so mail
 * scanners that open links change nothing.
 */
export function PostButton({ action, label }: { action: string; label: string }) {
  return (
    <form method="post" action={action}>
      <p>
        <button type="submit">{label}</button>
      </p>
    </form>
  );
}

/** A public form the domain refused: its messages by field name and the HTTP status to answer with. */
export interface FormRefusal {
  fields: Record<string, string>;
  status: number;
}

/** Reads a refused form from `error`; a rate limit also sets `Retry-After` on `res`. */
export function formRefusal(res: Response, error: DomainError): FormRefusal {
  setRetryAfter(res, error);
  return { fields: Object.fromEntries((error.details.fields ?? []).map((f) => [f.field, f.message])), status: httpStatusOf(error.code) };
}
