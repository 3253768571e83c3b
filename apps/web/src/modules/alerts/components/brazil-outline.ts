import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

// SPEC ALR-06: the map works with no internet. Its background is Natural Earth's country borders,
// shipped from npm (world-atlas, public-domain data): Brazil drawn strong, its neighbours faint.
// Shipped as a static asset of the build and fetched (same origin) only when a map is shown.
const BRAZIL = '076';

export async function loadOutlines(): Promise<{ brazil: FeatureCollection; others: FeatureCollection }> {
  const topo = (await (await fetch(countriesUrl)).json()) as Topology<{ countries: GeometryCollection }>;
  const all = feature(topo, topo.objects.countries) as FeatureCollection;
  return {
    brazil: { type: 'FeatureCollection', features: all.features.filter((f) => f.id === BRAZIL) },
    others: { type: 'FeatureCollection', features: all.features.filter((f) => f.id !== BRAZIL) },
  };
}
