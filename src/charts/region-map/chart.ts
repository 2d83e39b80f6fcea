// Where the story happened: the lands Iran ceded to Russia in 1813 and 1828, the lines of the
// 1941 occupation, and the places of today's partnership, on one map of the region.
import { z } from 'astro/zod';
import { confidence, plainText, sourceIds } from '../../collections/schemas.ts';
import { cites, defineChart, yamlFile, type DataOf } from '../define.ts';
import { atlasPackage, countryCodes } from './atlas.ts';

/** The map's three states, in the order a reader steps through them. */
export const mapPeriods = ['conquest', 'occupation', 'today'] as const;
export const placeKinds = ['city', 'base', 'plant', 'factory', 'port', 'crossing'] as const;
export const labelPositions = ['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw'] as const;
/** ceded: land given up (filled); frontier: a border set then; limit: a proposed line; route: a planned link. */
export const areaKinds = ['ceded', 'frontier', 'limit', 'route'] as const;

/** Longitude and latitude in decimal degrees, within the map's reach (the Levant to Central Asia). */
const lon = z.number().min(30).max(65);
const lat = z.number().min(25).max(60);
export const lonLat = z.tuple([lon, lat]);
/** A country of the map data by its ISO 3166 alpha-3 code; layout.ts checks that the data has it. */
export const countryCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 country code such as IRN');

/** One place in one period (content/data/map-places.yaml). */
export const mapPlaceSchema = z.strictObject({
  name: plainText(40),
  lon,
  lat,
  kind: z.enum(placeKinds),
  period: z.enum(mapPeriods),
  label: z.enum(labelPositions),
  /** false: the phone drawing leaves the name off (the mark, its tooltip and the table keep it). */
  narrow: z.boolean().default(true),
  summary: plainText(200),
  confidence,
  sources: sourceIds,
});

const countryPart = z
  .strictObject({
    country: countryCode,
    /** Only the part of the country (one of its polygons) that contains this point. */
    only: lonLat.optional(),
    /** The country without the part that contains this point. */
    except: lonLat.optional(),
  })
  .refine((part) => !(part.only && part.except), { message: 'must not give both only and except', path: ['except'] });

/** One area or line (content/data/map-areas.yaml): exactly one of countries, borders, through. */
export const mapAreaSchema = z
  .strictObject({
    name: plainText(50),
    period: z.enum(mapPeriods),
    kind: z.enum(areaKinds),
    countries: z.array(countryPart).min(1).optional(),
    borders: z
      .array(z.tuple([countryCode, countryCode]))
      .min(1)
      .optional(),
    through: z.array(lonLat).min(2).optional(),
    /** A short name written on the map at `label` (lon, lat); without one the area is named in the key and its tooltip. */
    tag: plainText(24).optional(),
    label: lonLat.optional(),
    stands_for: plainText(260),
    confidence,
    sources: sourceIds,
  })
  .superRefine((area, ctx) => {
    const given = (['countries', 'borders', 'through'] as const).filter((key) => area[key] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({
        code: 'custom',
        message: `must give exactly one of countries, borders or through (found ${given.length ? given.join(', ') : 'none'})`,
        path: [given[1] ?? 'countries'],
      });
    if ((area.tag === undefined) !== (area.label === undefined))
      ctx.addIssue({ code: 'custom', message: 'must be given together with tag (a name on the map and where it goes)', path: ['label'] });
    // A filled area is a set of countries; a line is a border or a path.
    if (area.kind === 'ceded' && !area.countries)
      ctx.addIssue({ code: 'custom', message: 'must be drawn with countries for kind ceded', path: ['kind'] });
    if (area.kind !== 'ceded' && area.countries)
      ctx.addIssue({ code: 'custom', message: `must be drawn with borders or through for kind ${area.kind}`, path: ['kind'] });
  });

export type MapPlace = z.infer<typeof mapPlaceSchema>;
export type MapArea = z.infer<typeof mapAreaSchema>;

const files = {
  places: yamlFile('content/data/map-places.yaml', mapPlaceSchema, ['name', 'summary']),
  areas: yamlFile('content/data/map-areas.yaml', mapAreaSchema, ['name', 'tag', 'stands_for']),
};

export type RegionMapData = DataOf<typeof files>;

export const chart = defineChart({
  id: 'region-map',
  page: 'historic-rivals',
  files,
  references: (data) => [
    ...data.areas.map((area) => cites(files.areas, area, 'sources', area.sources)),
    ...data.places.map((place) => cites(files.places, place, 'sources', place.sources)),
  ],
  // Every country an area names must be in the map data, or the area would not be drawn.
  check: (data, { lineOf }) => {
    const known = countryCodes();
    for (const area of data.areas) {
      const named = [...(area.countries ?? []).map((part) => part.country), ...(area.borders ?? []).flat()];
      for (const code of named) {
        if (known.has(code)) continue;
        const line = lineOf(files.areas.path, area.id);
        throw new Error(
          `${files.areas.path}${line === undefined ? '' : `:${line}`}, id "${area.id}", field "${area.countries ? 'countries' : 'borders'}": ${code} is not a country in the map data (${atlasPackage}); use the ISO 3166 alpha-3 code of a country it has`,
        );
      }
    }
  },
});
