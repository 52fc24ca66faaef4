import { normaliseKvk } from './kvk';

describe('KvK number check', () => {
  it.each([
    ['12345678', '12345678'],
    ['1234 5678', '12345678'],
    ['12.34.56.78', '12345678'],
    ['1234567', null],
    ['123456789', null],
    ['1234567a', null],
    ['', null],
    ['<script>1</script>', null],
  ])('%s → %s', (input, expected) => expect(normaliseKvk(input)).toBe(expected));
});
