import type { CitedWork } from '../../src/citations/cited-work.ts';

/** A readout cited whole: two ministries' accounts of one meeting are cited below. */
export const ministryWork: CitedWork = {
  key: '2025-03-15-varga-marsh',
  publisher: 'Ministry of Foreign Affairs of Westland',
  title: 'Foreign Minister Varga holds talks with Secretary Marsh',
  shortTitle: 'Varga–Marsh meeting, 15 March 2025',
  series: 'Westland-Eastmark Relations',
  published: '2025-03-15',
  met: '2025-03-15',
  url: 'https://example.org/meetings/2025-03-15-varga-marsh/',
  originalUrl: 'https://mfa.westland.example/press/2025/0315.html',
  language: 'en',
};

/** A section of it. */
export const sectionWork: CitedWork = {
  ...ministryWork,
  key: '2025-03-15-varga-marsh-trade',
  section: '2. Trade',
  url: `${ministryWork.url}#trade`,
};

/** The other government's account of the meeting, without a series. */
export const departmentWork: CitedWork = {
  key: '2025-03-14-marsh-varga',
  publisher: 'Eastmark Department of State',
  title: 'Secretary Marsh’s call with Foreign Minister Varga',
  shortTitle: 'Marsh–Varga telephone talk, 14 March 2025',
  published: '2025-03-14',
  met: '2025-03-14',
  url: 'https://example.org/meetings/2025-03-14-marsh-varga/',
  originalUrl: 'https://state.eastmark.example/readouts/2025/03/secretary-marsh-call-varga',
  language: 'en',
};

/** The comparison of the two accounts, the ministry's first. */
export const comparisonWork: CitedWork = {
  ...ministryWork,
  key: '2025-03-15-varga-marsh-compared-2025-03-14-marsh-varga',
  url: 'https://example.org/meetings/2025-03-15-varga-marsh/compare/2025-03-14-marsh-varga/',
  comparedWith: {
    publisher: departmentWork.publisher,
    title: departmentWork.title,
    published: departmentWork.published,
    originalUrl: departmentWork.originalUrl,
  },
};
