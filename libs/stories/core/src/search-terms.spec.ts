import { searchTerms } from './public-stories.service';

describe('searchTerms', () => {
  it.each([
    ['stages', [['stages', 'stage']]],
    ["foto's van de stage", [['foto'], ['van'], ['de'], ['stage']]],
    ['Fietsen  naar   SCHOOL!', [['fietsen'], ['naar'], ['school']]],
    ['bus', [['bus']]],
    ['<script>alert(1)</script>', [['script'], ['alert'], ['1'], ['script']]],
    ['', []],
    ['a b c d e f g h i j', [['a'], ['b'], ['c'], ['d'], ['e'], ['f'], ['g'], ['h']]],
  ])('%s', (query, expected) => {
    expect(searchTerms(query)).toEqual(expected);
  });
});
