/**
 * The JSON API the dashboard reads (src/http/figures*.ts), typed from the domain's own types so that a renamed
 * table, column or grouping breaks this build rather than the page. Type-only: nothing of the domain is bundled.
 */
import type {
  FiguresReport,
  Grouping,
  Published,
  PublishedRates,
  PublishedTable,
  Waiting,
} from '../domain/figures/report.js';
import type { TableId } from '../domain/figures/tables.js';

export type { Grouping, Published, PublishedRates, PublishedTable, TableId, Waiting };

/**
 * A report as JSON: the period is its id (`2026-05`, `2026-Q2`, `pilot`). Rates are shown when present; fields this
 * build does not know are ignored.
 */
export type FiguresReportJson = Omit<FiguresReport, 'period' | 'rates'> & {
  readonly period: string;
  readonly rates?: readonly PublishedRates[];
};

export type PeriodKind = 'month' | 'quarter' | 'pilot';

export interface FiguresOptionsJson {
  /** The period shown first (this month). */
  readonly current: string;
  /** Newest first. */
  readonly periods: readonly { readonly id: string; readonly kind: PeriodKind }[];
  readonly groupings: readonly Grouping[];
  readonly areas: readonly { readonly code: string; readonly name: string }[];
  readonly roles: readonly string[];
}

/** Oldest first: one report per month. */
export interface TrendJson {
  readonly months: readonly string[];
  readonly reports: readonly FiguresReportJson[];
}

export type BottleneckReason = 'waiting-over-threshold' | 'returned' | 'review-overdue';

export interface BottlenecksJson {
  readonly cases: readonly {
    readonly reference: string;
    readonly reason: BottleneckReason;
    readonly days: number;
  }[];
}
