import { cellText } from './format.js';
import type { Published } from './figures-json.js';
import { useTab } from './tab-context.js';

/** A published figure: "<5" and "–" are read out in words (the legend explains them). */
export function Cell({ value }: { value: Published | undefined }) {
  const { lang, m } = useTab();
  const { shown, spoken } = cellText(value, lang, m);
  if (spoken === undefined) return <>{shown}</>;
  return (
    <>
      <span aria-hidden="true">{shown}</span>
      <span className="sr-only">{spoken}</span>
    </>
  );
}
