// Where a chart's numbered source list is printed: in its chapter, or on a page of its own.
/**
 * A chart citing more sources than this (the timeline, 162; the map, 33) keeps its numbered list on a page of its own
 * (/sources/<chart>/) rather than in its chapter: both live in chapter 1, whose page would
 * otherwise be far over its weight budget. Embeds always keep theirs apart (/embed/<chart>/sources/).
 */
export const inlineSourceLimit = 30;
export const sourcesApart = (chart: { sourceIds: readonly string[] }) => chart.sourceIds.length > inlineSourceLimit;
/** The page of a chart's source list when it is kept apart, relative to the site's base. */
export const chartSourcesPath = (id: string) => `sources/${id}/`;
