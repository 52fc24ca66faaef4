import { ErrorCode } from '@verbinder/shared/contracts';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './password';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password')).not.toEqual(await hashPassword('same password'));
  });

  it('rejects malformed stored hashes without throwing', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
    expect(await verifyPassword('x', '')).toBe(false);
  });

  it('refuses short passwords with a Dutch field error', () => {
    expect(() => assertAcceptablePassword('kort')).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
    expect(() => assertAcceptablePassword('lang genoeg wachtwoord')).not.toThrow();
  });
});
