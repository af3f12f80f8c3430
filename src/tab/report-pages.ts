import type { TableId } from './figures-json.js';
import type { Messages } from './i18n.js';

export type ReportItem = TableId | 'headline' | 'waiting';

export interface ReportPage {
  readonly title: keyof Messages['report']['pages'];
  readonly items: readonly ReportItem[];
}

/** Three tables fit an A4 page while a table has at most this many rows besides the total. */
const COMPACT_GROUPS = 4;

/**
 * The printed report's pages, one section each (`tab.css` breaks the page between them): three tables a page for a
 * few groups (Pohjois-Savo's areas, the age groups), two for more (the organisations, a whole region's areas).
 */
export function reportPages(groupCount: number): readonly ReportPage[] {
  if (groupCount <= COMPACT_GROUPS)
    return [
      { title: 'summary', items: ['headline', 'flow', 'waiting'] },
      { title: 'decisions', items: ['outcomes', 'services', 'referral-route'] },
      { title: 'recommendations', items: ['multidisciplinary', 'agreement', 'differed-towards'] },
      { title: 'situation', items: ['bottlenecks', 'profile'] },
    ];
  return [
    { title: 'summary', items: ['headline', 'flow'] },
    { title: 'waiting', items: ['waiting', 'bottlenecks'] },
    { title: 'decisions', items: ['outcomes', 'services'] },
    { title: 'route', items: ['referral-route', 'multidisciplinary'] },
    { title: 'recommendations', items: ['agreement', 'differed-towards'] },
    { title: 'profile', items: ['profile'] },
  ];
}
