import { describe, expect, it } from 'vitest';
import { renderTable } from './render-table.ts';

describe('renderTable', () => {
  it('aligns columns under a header and a rule', () => {
    expect(
      renderTable(
        ['provider', 'price'],
        [
          ['xai', '$0.42'],
          ['pixazo', 'unknown'],
        ],
      ),
    ).toBe(['provider  price', '--------  -------', 'xai       $0.42', 'pixazo    unknown'].join('\n'));
  });
});
