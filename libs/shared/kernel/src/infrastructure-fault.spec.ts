import { ErrorCode } from '@verbinder/shared/contracts';
import { DomainError } from './domain-error';
import { errorCodeOf, infrastructureFaultOf } from './infrastructure-fault';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('infrastructureFaultOf (the one mapping of infrastructure errors)', () => {
  it('maps an unreachable or restarting database to a retryable 503', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03', '08006', '25006', 'DATABASE_RESTARTING']) {
      expect(infrastructureFaultOf(withCode(code))).toMatchObject({ code: ErrorCode.SERVICE_UNAVAILABLE, httpStatus: 503, retryAfterSeconds: 5, reason: 'unreachable' });
    }
    expect(infrastructureFaultOf(new Error('Connection terminated unexpectedly'))?.httpStatus).toBe(503);
    expect(infrastructureFaultOf(new Error('timeout exceeded when trying to connect'))?.httpStatus).toBe(503);
  });

  it('maps an overloaded database (memory, connections) to 503 and a full disk or quota to 507', () => {
    for (const code of ['53200', '53300']) expect(infrastructureFaultOf(withCode(code))).toMatchObject({ httpStatus: 503, reason: 'overloaded' });
    for (const code of ['53100', 'ENOSPC', 'EDQUOT']) {
      const fault = infrastructureFaultOf(withCode(code));
      expect(fault).toMatchObject({ code: ErrorCode.INSUFFICIENT_STORAGE, httpStatus: 507, reason: 'storage-full' });
      expect(fault?.message).toContain('opslag');
    }
  });

  it('looks through the causes drivers and drizzle wrap around errors', () => {
    expect(infrastructureFaultOf(new Error('Failed query: insert …', { cause: withCode('53100') }))?.httpStatus).toBe(507);
  });

  it('leaves bugs and constraint violations alone', () => {
    expect(infrastructureFaultOf(new TypeError('x is undefined'))).toBeNull();
    expect(infrastructureFaultOf(withCode('23505', 'duplicate key value'))).toBeNull();
    expect(infrastructureFaultOf(null)).toBeNull();
  });
});

describe('errorCodeOf', () => {
  it('gives a domain error its code, an infrastructure fault its code, and never a raw driver code', () => {
    expect(errorCodeOf(DomainError.forbidden())).toBe(ErrorCode.FORBIDDEN);
    expect(errorCodeOf(withCode('57P01'))).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(errorCodeOf(withCode('ECONNREFUSED'))).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(errorCodeOf(withCode('23505'))).toBe(ErrorCode.INTERNAL);
  });
});
