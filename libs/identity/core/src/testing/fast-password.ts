// For unit specs: scrypt (about 100 ms a hash, seconds on a busy machine) is replaced by a
// transparent stand-in with the same contract; password.spec.ts checks the real hashing. Use with
// jest.mock('./password', () => jest.requireActual(...).fastPasswordModule()) (jest hoists the mock).
export function fastPasswordModule() {
  const actual = jest.requireActual<typeof import('../password')>('../password');
  return {
    ...actual,
    hashPassword: async (password: string) => `fake$${password.normalize('NFKC')}`,
    verifyPassword: async (password: string, stored: string) => stored === `fake$${password.normalize('NFKC')}`,
  };
}
