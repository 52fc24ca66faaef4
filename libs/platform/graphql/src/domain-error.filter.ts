import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@verbinder/shared/kernel';
import { httpStatusOf } from './errors';

/**
 * Domain errors are expected outcomes (a user mistake, a refusal), not faults: they are not
 * logged as errors. GraphQL operations hand them to the one formatter (formatGraphqlError);
 * HTTP routes answer JSON with the matching status.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'http') {
      const res = host.switchToHttp().getResponse<Response>();
      res.status(httpStatusOf(error.code)).json({ code: error.code, message: error.message, ...error.details });
      return undefined;
    }
    return error;
  }
}
