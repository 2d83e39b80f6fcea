import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { geoContains } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon, Position } from 'geojson';
import { bindChart } from '../bind.ts';
import { readChartData } from '../read-data.ts';
import { layoutWidths } from '../frame.ts';
import { checkDrawing, label, propertyTimeout, width } from '../properties.ts';
import { snapshotTests } from '../snapshot.ts';
import { areaKinds, chart, labelPositions, mapPeriods, placeKinds } from './chart.ts';
import { areaGeometry, countries, regionMapGeoJson, regionMapLayout, type MapAreaShape, type MapPlacePoint } from './layout.ts';

const data = readChartData()['region-map'];
const inCountry = (code: string, point: [number, number]) => geoContains(countries().get(code)!, point);

describe('region map: the base data', () => {
  it('draws Crimea as part of Ukraine, not Russia', () => {
    // Simferopol and Sevastopol.
    for (const city of [
      [34.1, 44.95],
      [33.52, 44.6],
    ] as [number, number][]) {
      expect(inCountry('UKR', city), `${city.join(', ')} in Ukraine`).toBe(true);
      expect(inCountry('RUS', city), `${city.join(', ')} in Russia`).toBe(false);
    }
  });

  it('puts the region’s cities in their countries, at every simplification the drawings use', () => {
    const cities: [string, [number, number]][] = [
      ['IRN', [51.39, 35.69]],
      ['IRN', [46.29, 38.08]],
      ['ARM', [44.51, 40.18]],
      ['AZE', [49.87, 40.41]],
      ['AZE', [45.41, 39.21]],
      ['GEO', [44.79, 41.72]],
      ['RUS', [48.29, 42.06]],
    ];
    for (const width of [layoutWidths.wide, layoutWidths.narrow]) {
      const byCode = countries(width);
      for (const [code, city] of cities)
        expect(geoContains(byCode.get(code)!, city), `${city.join(', ')} in ${code} at ${width} px`).toBe(true);
    }
  });
});

describe('region map: the lines it draws', () => {
  const frontier = data.areas.find((a) => a.kind === 'frontier' && a.period === 'conquest')!;
  const line = areaGeometry(frontier) as MultiLineString;
  /** The line's latitude where it crosses a longitude (the northernmost crossing), if it does. */
  const latitudeAt = (lon: number) => {
    const crossings: number[] = [];
    for (const part of line.coordinates)
      for (let i = 1; i < part.length; i += 1) {
        const [a, b] = [part[i - 1]!, part[i]!] as [Position, Position];
        if ((a[0]! - lon) * (b[0]! - lon) <= 0 && a[0] !== b[0])
          crossings.push(a[1]! + ((lon - a[0]!) / (b[0]! - a[0]!)) * (b[1]! - a[1]!));
      }
    return crossings.length ? Math.max(...crossings) : undefined;
  };
  const north: [string, [number, number]][] = [
    ['Tbilisi', [44.79, 41.72]],
    ['Yerevan', [44.51, 40.18]],
    ['Baku', [49.87, 40.41]],
    ['Derbent', [48.29, 42.06]],
    ['Lankaran', [48.85, 38.75]],
  ];
  const south: [string, [number, number]][] = [
    ['Tabriz', [46.29, 38.08]],
    ['Ardabil', [48.29, 38.25]],
  ];

  it('the 1828 frontier is drawn, along Iran’s border with Armenia and Azerbaijan', () => {
    expect(line.coordinates.length).toBeGreaterThan(0);
    const lons = line.coordinates.flat().map((p) => p[0]!);
    expect(Math.min(...lons)).toBeLessThan(45);
    expect(Math.max(...lons)).toBeGreaterThan(48.5);
  });

  it('puts Tbilisi, Yerevan, Baku, Derbent and Lankaran north of the 1828 line, Tabriz and Ardabil south of it', () => {
    for (const [name, city] of north) {
      expect(inCountry('IRN', city), `${name} is outside Iran`).toBe(false);
      const at = latitudeAt(city[0]);
      if (at !== undefined) expect(city[1], `${name} lies north of the line where it crosses ${city[0]}°E`).toBeGreaterThan(at);
    }
    for (const [name, city] of south) {
      expect(inCountry('IRN', city), `${name} is inside Iran`).toBe(true);
      const at = latitudeAt(city[0]);
      expect(at, `the line crosses ${city[0]}°E`).toBeDefined();
      expect(city[1], `${name} lies south of the line where it crosses ${city[0]}°E`).toBeLessThan(at!);
    }
  });

  it('draws the lands ceded in 1813 without Nakhchivan, and those of 1828 with it', () => {
    const contains = (id: string, point: [number, number]) =>
      geoContains({ type: 'Feature', properties: {}, geometry: areaGeometry(data.areas.find((a) => a.id === id)!) as MultiPolygon }, point);
    expect(contains('ceded-1813', [49.87, 40.41])).toBe(true); // Baku
    expect(contains('ceded-1813', [45.41, 39.21])).toBe(false); // Nakhchivan
    expect(contains('ceded-1828', [45.41, 39.21])).toBe(true);
    expect(contains('ceded-1828', [44.51, 40.18])).toBe(true); // Yerevan
    expect(contains('ceded-1828', [49.87, 40.41])).toBe(false);
  });

  it('refuses a part that no polygon of the country contains, naming the area and the point', () => {
    const area: MapAreaShape = { ...data.areas.find((a) => a.id === 'ceded-1828')!, countries: [{ country: 'AZE', only: [40, 30] }] };
    expect(() => areaGeometry(area)).toThrow('area "ceded-1828": no part of AZE contains [40, 30] (field only)');
  });

  it('the GeoJSON download has every place and area drawn, in longitude and latitude', () => {
    const collection = regionMapGeoJson(data.places, data.areas);
    expect(collection.features).toHaveLength(data.places.length + data.areas.length);
    const ids = collection.features.map((f: Feature) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of collection.features)
      for (const [lon, lat] of JSON.stringify(f.geometry)
        .match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!
        .map((pair) => pair.split(',').map(Number)))
        expect(Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90).toBe(true);
  });
});

describe('region map drawing', () => {
  snapshotTests(
    bindChart(chart.id, readChartData()),
    { wide: { width: layoutWidths.wide }, narrow: { width: layoutWidths.narrow } },
    import.meta.url,
  );

  it('names the places the filter and the key refer to, one group per period', () => {
    const { svg } = regionMapLayout(data.places, data.areas, { width: layoutWidths.wide, id: 'm' });
    for (const period of mapPeriods) expect(svg).toContain(`<g class="map-period" data-period="${period}">`);
    expect(svg.match(/class="point map-place"/g)).toHaveLength(data.places.length);
    expect(svg.match(/class="point map-area/g)).toHaveLength(data.areas.length);
  });

  it('draws a place beyond its window at the edge, saying which way it lies', () => {
    const far: MapPlacePoint = { ...data.places[0]!, id: 'far', name: 'Far', lon: 52.2, lat: 55.8, label: 'e', narrow: true };
    const { svg } = regionMapLayout([far, data.places[0]!], [], { width: layoutWidths.wide, id: 'm' });
    expect(svg).toContain('Far (further north)');
  });

  it(
    'takes any valid data: one point per place and area, with names in Latin, Cyrillic and Persian script',
    () => {
      const point = fc.tuple(fc.double({ min: 30, max: 65, noNaN: true }), fc.double({ min: 25, max: 60, noNaN: true }));
      const places = fc.array(
        fc.record({
          id: fc.uuid(),
          name: label(40),
          lon: fc.double({ min: 30, max: 65, noNaN: true }),
          lat: fc.double({ min: 25, max: 60, noNaN: true }),
          kind: fc.constantFrom(...placeKinds),
          period: fc.constantFrom(...mapPeriods),
          label: fc.constantFrom(...labelPositions),
          narrow: fc.boolean(),
          summary: label(200),
          confidence: fc.constantFrom('high', 'medium', 'low' as const),
        }),
        { maxLength: 40 },
      );
      const areas = fc.array(
        fc
          .oneof(
            fc.record({
              kind: fc.constant('ceded' as const),
              countries: fc.constant([{ country: 'ARM' }, { country: 'AZE', only: [45.41, 39.21] as [number, number] }]),
            }),
            fc.record({ kind: fc.constant('frontier' as const), borders: fc.constant([['IRN', 'TKM'] as [string, string]]) }),
            fc.record({
              kind: fc.constantFrom(...areaKinds.filter((k) => k !== 'ceded')),
              through: fc.array(point, { minLength: 2, maxLength: 8 }),
            }),
          )
          .chain((shape) =>
            fc
              .record({
                id: fc.uuid(),
                name: label(50),
                period: fc.constantFrom(...mapPeriods),
                stands_for: label(260),
                confidence: fc.constantFrom('high', 'medium', 'low' as const),
                tag: fc.option(label(24), { nil: undefined }),
                label: point,
              })
              .map((rest) => ({ ...rest, ...shape }) as MapAreaShape),
          ),
        { maxLength: 6 },
      );
      fc.assert(
        fc.property(places, areas, width, (p, a, w) => {
          checkDrawing(regionMapLayout(p, a, { width: w, id: 'p' }), p.length + a.length);
        }),
        { numRuns: 150 },
      );
    },
    propertyTimeout,
  );
});
