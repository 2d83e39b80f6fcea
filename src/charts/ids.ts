// The charts the site publishes, by stable id. Apart from the registry (which pulls in every
// layout and d3) so the content loader can check <Chart id="…"> in chapters without them.
export const chartIds = ['arms-transfers', 'treaty-scope', 'timeline'] as const;
