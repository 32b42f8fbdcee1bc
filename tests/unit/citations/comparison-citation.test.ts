import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chicago } from '../../../src/citations/chicago.ts';
import { citedComparison } from '../../../src/citations/cited-comparison.ts';
import { citedWork } from '../../../src/citations/cited-work.ts';
import { comparisonWork, departmentWork, ministryWork } from '../../support/cited-works.ts';
import { fictionalAccounts } from '../../support/readouts.ts';

// Citations give absolute addresses on the site the build is configured for.
beforeEach(() => {
  vi.stubEnv('SITE', 'https://example.org');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the citation of two accounts of a meeting side by side', () => {
  it('cites the comparison’s page, the first account’s work, and names the other account', async () => {
    const { ministry, department } = await fictionalAccounts();
    const other = citedWork(department);
    expect(citedComparison(ministry, department)).toEqual({
      ...citedWork(ministry),
      key: '2025-03-15-varga-marsh-compared-2025-03-14-marsh-varga',
      url: 'https://example.org/meetings/2025-03-15-varga-marsh/compare/2025-03-14-marsh-varga/',
      comparedWith: {
        publisher: other.publisher,
        title: other.title,
        published: other.published,
        originalUrl: other.originalUrl,
      },
    });
    expect(other.publisher).not.toBe(citedWork(ministry).publisher);
  });

  it('reads in Chicago as the first account, compared with the other, and both originals', () => {
    expect(chicago(comparisonWork, 'November 27, 2026')).toBe(
      'Ministry of Foreign Affairs of Westland. “Foreign Minister Varga holds talks with Secretary Marsh.” Westland-Eastmark Relations. March 15, 2025. Compared with Eastmark Department of State. “Secretary Marsh’s call with Foreign Minister Varga.” March 14, 2025. Diplomatic Readouts, https://example.org/meetings/2025-03-15-varga-marsh/compare/2025-03-14-marsh-varga/ (accessed November 27, 2026). Originally published at https://mfa.westland.example/press/2025/0315.html and https://state.eastmark.example/readouts/2025/03/secretary-marsh-call-varga.',
    );
  });
});

describe('the Chicago citation of one account', () => {
  it('of a whole readout without a series, names the readout and its date', () => {
    expect(chicago(departmentWork, 'November 27, 2026')).toBe(
      'Eastmark Department of State. “Secretary Marsh’s call with Foreign Minister Varga.” March 14, 2025. Diplomatic Readouts, https://example.org/meetings/2025-03-14-marsh-varga/ (accessed November 27, 2026). Originally published at https://state.eastmark.example/readouts/2025/03/secretary-marsh-call-varga.',
    );
  });

  it('of a section, names the section after the title', () => {
    expect(
      chicago(
        { ...ministryWork, section: '2. Trade', url: `${ministryWork.url}#trade` },
        'November 27, 2026',
      ),
    ).toContain(
      '“Foreign Minister Varga holds talks with Secretary Marsh.” Section “2. Trade.” Westland-Eastmark Relations. March 15, 2025.',
    );
  });
});
