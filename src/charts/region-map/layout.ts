// The region on a conic conformal projection centred on the Caspian, framed to what the data
// holds (from the Levant to Khorasan, the Gulf to Tatarstan), with today's countries as the base.
// Over it, each period's areas, lines and places, each group marked with its period so the
// filter can show one period at a time; without the script every period is drawn at once, told
// apart by the key. The phone drawing is the same map narrower, with fewer names.
import { geoBounds, geoConicConformal, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import { defaultLang } from '../../i18n/languages.ts';
import type { ChartGeoJson, ChartLayout } from '../define.ts';
import { narrowBelow, readingOrder, svgDocument, type ChartSvg, type LayoutOptions } from '../frame.ts';
import { el, text, textLines, textWidth, wrap } from '../svg.ts';
import { worldTopology, type CountryProperties } from './atlas.ts';
import { chart, areaKinds, mapPeriods, type MapArea, type MapPlace, type RegionMapData } from './chart.ts';
import { publication } from './publication.ts';

export type MapPlacePoint = Pick<MapPlace, 'name' | 'lon' | 'lat' | 'kind' | 'period' | 'label' | 'narrow' | 'summary' | 'confidence'> & {
  id: string;
};
export type MapAreaShape = Pick<
  MapArea,
  'name' | 'period' | 'kind' | 'countries' | 'borders' | 'through' | 'label' | 'tag' | 'stands_for' | 'confidence'
> & {
  id: string;
};

type Country = Feature<Polygon | MultiPolygon, CountryProperties>;

const byTopology = new WeakMap<object, Map<string, Country>>();
/** Every country of the map data by its code, as simplified for a drawing `width` wide (made once per simplification). */
export function countries(width?: number): Map<string, Country> {
  const world = worldTopology(width);
  let found = byTopology.get(world);
  if (!found) {
    const collection = feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
    found = new Map(collection.features.map((f) => [f.properties.a3, f]));
    byTopology.set(world, found);
  }
  return found;
}

/** A country's polygons as separate parts (a MultiPolygon's members). */
const partsOf = (country: Country): Polygon[] =>
  country.geometry.type === 'Polygon'
    ? [country.geometry]
    : country.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));

const inPart = (part: Polygon, point: Position) =>
  geoContains({ type: 'Feature', properties: {}, geometry: part }, point as [number, number]);

/**
 * What an area draws, in longitude and latitude: a filled MultiPolygon for countries (or parts of
 * them), a line for borders and paths. A point that picks a part but falls in none of the
 * country's polygons is a mistake in the data: it says which area and which point.
 */
export function areaGeometry(area: MapAreaShape): MultiPolygon | MultiLineString | LineString {
  if (area.countries) {
    const all = countries();
    const polygons = area.countries.flatMap((part) => {
      const country = all.get(part.country);
      if (!country) throw new Error(`region map: area "${area.id}": no country ${part.country} in the map data`);
      const parts = partsOf(country);
      const pick = part.only ?? part.except;
      if (!pick) return parts;
      const matching = parts.filter((p) => inPart(p, pick));
      if (matching.length === 0)
        throw new Error(
          `region map: area "${area.id}": no part of ${part.country} contains [${pick.join(', ')}] (field ${part.only ? 'only' : 'except'})`,
        );
      return part.only ? matching : parts.filter((p) => !matching.includes(p));
    });
    return { type: 'MultiPolygon', coordinates: polygons.map((p) => p.coordinates) };
  }
  if (area.borders) {
    const world = worldTopology();
    const byCode = new Map(world.objects.countries.geometries.map((g) => [(g.properties as CountryProperties).a3, g]));
    const lines = area.borders.flatMap(([a, b]) => {
      const [ga, gb] = [byCode.get(a), byCode.get(b)];
      if (!ga || !gb) throw new Error(`region map: area "${area.id}": no country ${ga ? b : a} in the map data`);
      const border = mesh(
        world,
        world.objects.countries,
        (x: GeometryObject, y: GeometryObject) => (x === ga && y === gb) || (x === gb && y === ga),
      );
      if (border.coordinates.length === 0) throw new Error(`region map: area "${area.id}": ${a} and ${b} share no border in the map data`);
      return border.coordinates;
    });
    return { type: 'MultiLineString', coordinates: lines };
  }
  return { type: 'LineString', coordinates: area.through! };
}

/**
 * The most the map shows (west, south, east, north): from the Levant to Khorasan, the Gulf to the
 * lower Volga. A place beyond it (Alabuga, in Tatarstan) is drawn at the edge, pointing the way.
 */
export const window = { west: 34, south: 27, east: 62, north: 47.5 };
const clampToWindow = ([lon = 0, lat = 0]: Position): Position => [
  Math.min(Math.max(lon, window.west), window.east),
  Math.min(Math.max(lat, window.south), window.north),
];
const inWindow = ([lon = 0, lat = 0]: Position) => lon >= window.west && lon <= window.east && lat >= window.south && lat <= window.north;

/** Everything the map is framed to: every place, and every point the areas are drawn through, within the window. */
function frame(places: readonly MapPlacePoint[], areas: readonly MapAreaShape[]): Geometry {
  const points: Position[] = [
    ...places.map((p) => [p.lon, p.lat]),
    ...areas.flatMap((a) => [...(a.label ? [a.label] : []), ...(a.through ?? [])]),
  ].map(clampToWindow);
  // With nothing to show, the Caspian region itself; a few places close together get room around them.
  if (points.length === 0) points.push([44, 36], [56, 46]);
  const lons = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  const [cx, cy] = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
  const [halfWidth, halfHeight] = [
    Math.max(4, (Math.max(...lons) - Math.min(...lons)) / 2),
    Math.max(3, (Math.max(...lats) - Math.min(...lats)) / 2),
  ];
  return { type: 'MultiPoint', coordinates: [...points, [cx - halfWidth, cy - halfHeight], [cx + halfWidth, cy + halfHeight]] };
}

/** The projection for a drawing `width` wide: framed to the data with room for names; its height, and the frame, follow. */
export function mapProjection(
  places: readonly MapPlacePoint[],
  areas: readonly MapAreaShape[],
  width: number,
): { projection: GeoProjection; height: number; framed: Geometry } {
  const pad = { x: Math.min(60, width * 0.12), top: 24, bottom: 28 };
  const framed = frame(places, areas);
  const projection = geoConicConformal().parallels([30, 50]).rotate([-48, 0]).center([0, 40]);
  projection.fitWidth(width - 2 * pad.x, framed);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(framed);
  // A single point (or places in a row) has no height: give the map some.
  const inner = Math.max(y1 - y0, width * 0.3);
  const [tx, ty] = projection.translate();
  projection.translate([tx + pad.x - x0 + (width - 2 * pad.x - (x1 - x0)) / 2, ty + pad.top - y0 + (inner - (y1 - y0)) / 2]);
  const height = Math.ceil(inner + pad.top + pad.bottom);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height, framed };
}

const offsets: Record<MapPlace['label'], { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' }> = {
  e: { dx: 7, dy: 4, anchor: 'start' },
  w: { dx: -7, dy: 4, anchor: 'end' },
  n: { dx: 0, dy: -8, anchor: 'middle' },
  s: { dx: 0, dy: 15, anchor: 'middle' },
  ne: { dx: 5, dy: -5, anchor: 'start' },
  nw: { dx: -5, dy: -5, anchor: 'end' },
  se: { dx: 5, dy: 13, anchor: 'start' },
  sw: { dx: -5, dy: 13, anchor: 'end' },
};

/** Which way a place beyond the window lies: n, s, e, w or between. */
function compass(place: Pick<MapPlace, 'lon' | 'lat'>, box: typeof window): string {
  const ns = place.lat > box.north ? 'n' : place.lat < box.south ? 's' : '';
  const ew = place.lon > box.east ? 'e' : place.lon < box.west ? 'w' : '';
  return `${ns}${ew}`;
}

/** A place's mark: the shape says its period (circle, square, diamond), as the key shows. */
function placeMark(period: MapPlace['period'], x: number, y: number, low: boolean): string {
  const cls = `map-mark map-mark--${period}${low ? ' map-mark--low' : ''}`;
  if (period === 'conquest') return el('circle', { cx: x, cy: y, r: 4, class: cls });
  if (period === 'occupation') return el('rect', { x: x - 3.5, y: y - 3.5, width: 7, height: 7, class: cls });
  return el('path', { d: `M${Math.round(x)} ${Math.round(y) - 5}l5 5l-5 5l-5 -5z`, class: cls });
}

/** Country names: map furniture, placed once for the region (longitude, latitude); the phone drawing writes the first four. */
const countryLabels: [string, Position][] = [
  ['RUS', [46.5, 50.5]],
  ['IRN', [54.5, 32.5]],
  ['TUR', [38.5, 38.8]],
  ['IRQ', [43.2, 33.3]],
  ['SYR', [38.9, 34.7]],
  ['KAZ', [56.5, 47.5]],
  ['TKM', [58.2, 39.4]],
];
const narrowCountries = 4;

export function regionMapLayout(places: readonly MapPlacePoint[], areas: readonly MapAreaShape[], options: LayoutOptions): ChartSvg {
  const t = publication[options.lang ?? defaultLang];
  const width = options.width;
  const narrow = width < narrowBelow;
  const { projection, height: mapHeight, framed } = mapProjection(places, areas, width);
  // Whole pixels: a map this size needs no finer, and the markup stays small.
  const path = geoPath(projection).digits(0);
  const parts: string[] = [];
  const inView = ([x, y]: [number, number]) => x >= 0 && x <= width && y >= 0 && y <= mapHeight;

  // Base: the sea, then the countries, each outlined.
  parts.push(el('rect', { x: 0, y: 0, width, height: mapHeight, class: 'map-sea' }));
  // Only countries near the frame are projected: a conic projection of the whole globe runs to
  // infinity near the far pole. Russia and Iran are set a shade apart from their neighbours.
  const [[west, south], [east, north]] = geoBounds(framed);
  for (const country of countries(width).values()) {
    const [[w, s], [e, n]] = geoBounds(country);
    const near = n >= south - 15 && s <= north + 15 && (w > e || (e >= west - 25 && w <= east + 25));
    if (!near) continue;
    const d = path(country);
    if (d) parts.push(el('path', { d, class: ['RUS', 'IRN'].includes(country.properties.a3) ? 'map-land map-land--party' : 'map-land' }));
  }
  for (const [code, at] of countryLabels.slice(0, narrow ? narrowCountries : undefined)) {
    const name = t.countryNames[code];
    const xy = projection(at as [number, number]);
    if (name && xy && inView(xy)) parts.push(text(xy[0], xy[1], name, { 'text-anchor': 'middle', class: 'map-country t-small' }));
  }
  const sea = projection([50.6, 42.3]);
  if (sea && inView(sea) && !narrow)
    parts.push(text(sea[0], sea[1], t.drawing.caspian, { 'text-anchor': 'middle', class: 'map-water t-small' }));

  // Each period: its areas and lines, then its places, all in one group the filter shows or hides.
  let point = 0;
  // Place names already set, as boxes: in a right-to-left language, whose names have other widths
  // and a taller face than the English the label positions (map-places.yaml) were chosen for, a
  // name that would run into one moves to the other side of its mark (Tbilisi's, west of its mark,
  // would touch Yerevan's in Persian on a phone). English and Russian keep the editor's positions.
  const avoid = readingOrder(options).rtl;
  const placed: { left: number; right: number; top: number; bottom: number; name: string }[] = [];
  const boxOf = (x: number, y: number, o: (typeof offsets)[MapPlace['label']], name: string) => {
    const w = textWidth(name, 11);
    const left = o.anchor === 'start' ? x + o.dx : o.anchor === 'end' ? x + o.dx - w : x + o.dx - w / 2;
    return { left, right: left + w, top: y + o.dy - 9, bottom: y + o.dy + 2, name };
  };
  const collides = (box: ReturnType<typeof boxOf>) =>
    placed.some((b) => b.name !== box.name && b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom);
  const opposite: Record<MapPlace['label'], MapPlace['label']> = { e: 'w', w: 'e', n: 's', s: 'n', ne: 'sw', nw: 'se', se: 'nw', sw: 'ne' };
  for (const period of mapPeriods) {
    const group: string[] = [];
    for (const area of areas.filter((a) => a.period === period)) {
      const d = path(areaGeometry(area));
      const xy = area.label ? projection(area.label) : null;
      group.push(
        el(
          'g',
          {
            class: `point map-area map-area--${area.kind}`,
            'data-point': point++,
            'data-period': period,
            'data-tip': t.drawing.areaTip(area),
          },
          d ? el('path', { d, class: `map-shape map-shape--${area.kind} map-shape--${period}` }) : '',
          area.tag && xy && inView(xy) && !narrow
            ? text(xy[0], xy[1], area.tag, { 'text-anchor': 'middle', class: 'map-area-label t-small' })
            : '',
        ),
      );
    }
    for (const place of places.filter((p) => p.period === period)) {
      const inside = inWindow([place.lon, place.lat]);
      const xy = projection(clampToWindow([place.lon, place.lat]) as [number, number]);
      if (!xy) continue;
      const [x, y] = [Math.min(Math.max(xy[0], 8), width - 8), Math.min(Math.max(xy[1], 10), mapHeight - 8)];
      const named = place.narrow || !narrow;
      const name = inside ? place.name : t.drawing.offMap(place.name, compass(place, window));
      const wanted = offsets[place.label];
      const other = offsets[opposite[place.label]];
      const o = avoid && named && collides(boxOf(x, y, wanted, name)) && !collides(boxOf(x, y, other, name)) ? other : wanted;
      if (named) placed.push(boxOf(x, y, o, name));
      group.push(
        el(
          'g',
          { class: 'point map-place', 'data-point': point++, 'data-period': period, 'data-tip': t.drawing.placeTip(place) },
          el('circle', { cx: x, cy: y, r: 9, class: 'hit' }),
          placeMark(period, x, y, place.confidence === 'low'),
          named ? text(x + o.dx, y + o.dy, name, { 'text-anchor': o.anchor, class: 'map-label t-small' }) : '',
        ),
      );
    }
    if (group.length) parts.push(el('g', { class: 'map-period', 'data-period': period }, ...group));
  }
  if (places.length === 0 && areas.length === 0)
    parts.push(text(width / 2, mapHeight / 2, t.drawing.noData, { 'text-anchor': 'middle', class: 't-muted' }));

  // Key: the three marks, then each kind of area or line drawn, then what the base map is. The map
  // itself is never mirrored; the key is text and begins where a line of the language begins (on
  // the right in Persian), each swatch before its name in reading order.
  const o = readingOrder(options);
  let y = mapHeight + 18;
  let x = 4;
  const entry = (swatch: (x: number, y: number) => string, name: string, size: number) => {
    const room = size + 6 + Math.max(name.length * 6.6, textWidth(name, 11));
    if (x > 4 && x + room > width - 4) {
      x = 4;
      y += 18;
    }
    parts.push(
      swatch(o.rtl ? width - x - size : x, y),
      text(o.x(x + size + 6), y, name, { 'text-anchor': o.anchor('start'), class: 't-small' }),
    );
    x += room + 12;
  };
  for (const period of mapPeriods) entry((x0, y0) => placeMark(period, x0 + 5, y0 - 4, false), t.periodNames[period], 10);
  const kinds = areaKinds.filter((kind) => areas.some((a) => a.kind === kind));
  if (kinds.length) {
    x = 4;
    y += 18;
  }
  for (const kind of kinds)
    entry(
      (x0, y0) =>
        kind === 'ceded'
          ? el('rect', { x: x0, y: y0 - 9, width: 16, height: 10, class: 'map-shape map-shape--ceded' })
          : el('path', { d: `M${x0} ${y0 - 4}h18`, class: `map-shape map-shape--${kind}` }),
      t.areaKindNames[kind],
      18,
    );
  y += 18;
  const note = wrap(t.drawing.keyNote, width - 8, 12);
  parts.push(textLines(o.x(4), y, note, 15, { 'text-anchor': o.anchor('start'), class: 't-small t-muted' }));
  y += (note.length - 1) * 15;
  return svgDocument({
    chart: chart.id,
    id: options.id,
    width,
    height: y + 8,
    title: t.drawing.title,
    description: t.drawing.describe(places, areas),
    theme: options.theme,
    body: parts.join(''),
    lang: options.lang,
  });
}

/** What the map draws, as GeoJSON in longitude and latitude: the download of the drawing's data. */
export function regionMapGeoJson(places: readonly MapPlacePoint[], areas: readonly MapAreaShape[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      ...areas.map((area): Feature => ({
        type: 'Feature',
        id: area.id,
        properties: { name: area.name, period: area.period, kind: area.kind, stands_for: area.stands_for, confidence: area.confidence },
        geometry: areaGeometry(area),
      })),
      ...places.map((place): Feature => ({
        type: 'Feature',
        id: place.id,
        properties: { name: place.name, period: place.period, kind: place.kind, summary: place.summary, confidence: place.confidence },
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      })),
    ],
  };
}

/** The layout the registry draws the chart with, and the GeoJSON download of what it draws. */
export const layout: ChartLayout<RegionMapData> = (data, options) => regionMapLayout(data.places, data.areas, options);
export const geojson: ChartGeoJson<RegionMapData> = (data) => regionMapGeoJson(data.places, data.areas);
