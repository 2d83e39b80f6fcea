// Where a chart's numbered source list is printed: in its chapter, or on a page of its own.
/**
 * A chart citing more sources than this keeps its numbered list on a page of its own
 * (/sources/<chart>/) rather than in its chapter: the timeline's 160-odd entries would otherwise
 * be a third of its chapter's weight. Embeds always keep theirs apart (/embed/<chart>/sources/).
 */
export const inlineSourceLimit = 40;
export const sourcesApart = (chart: { sourceIds: readonly string[] }) => chart.sourceIds.length > inlineSourceLimit;
/** The page of a chart's source list when it is kept apart, relative to the site's base. */
export const chartSourcesPath = (id: string) => `sources/${id}/`;
