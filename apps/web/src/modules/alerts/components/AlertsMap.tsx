import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertView } from '../api';
import { loadOutlines } from './brazil-outline';
import { levelColor } from './levels';

const BRAZIL_BOUNDS = L.latLngBounds([-34, -74], [5.5, -34.5]);

/**
 * SPEC ALR-06: the alerts on a map of Brazil, one marker per located alert coloured by level;
 * clicking one opens its card. Tiles only when an admin configured their address.
 */
export function AlertsMap({ alerts, tileUrl, onSelect }: { alerts: AlertView[]; tileUrl: string | null; onSelect: (a: AlertView) => void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.FeatureGroup | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const m = L.map(box.current!, { attributionControl: Boolean(tileUrl), zoomSnap: 0.25 }).fitBounds(BRAZIL_BOUNDS);
    map.current = m;
    if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 18 }).addTo(m);
    else box.current!.style.background = '#e7f5ff';
    let alive = true;
    void loadOutlines().then(({ brazil, others, states }) => {
      if (!alive) return;
      if (!tileUrl) L.geoJSON(others, { interactive: false, style: { color: '#adb5bd', weight: 1, fillColor: '#f1f3f5', fillOpacity: 1 } }).addTo(m);
      L.geoJSON(brazil, {
        interactive: false,
        style: { color: '#495057', weight: 1.5, fillColor: '#ffffff', fillOpacity: tileUrl ? 0 : 1, className: 'brazil-outline' },
      }).addTo(m);
      // Thin state borders; hovering a state names it ("SP · São Paulo").
      L.geoJSON(states, {
        style: { color: '#868e96', weight: 0.6, fillOpacity: 0, className: 'brazil-state' },
        onEachFeature: (f, layer) => {
          const { uf, name } = f.properties as { uf: string; name: string };
          layer.bindTooltip(`${uf} · ${name}`, { sticky: true, className: 'brazil-state-name' });
        },
      }).addTo(m);
      markers.current?.bringToFront();
    });
    markers.current = L.featureGroup().addTo(m);
    return () => {
      alive = false;
      m.remove();
      map.current = null;
    };
  }, [tileUrl]);

  useEffect(() => {
    const group = markers.current;
    if (!group) return;
    group.clearLayers();
    for (const a of alerts) {
      if (!a.location) continue;
      const c = levelColor[a.level].hex;
      L.circleMarker([a.location.lat, a.location.lng], {
        radius: 9,
        color: '#ffffff',
        weight: 2,
        fillColor: c,
        fillOpacity: 0.95,
        className: `alert-marker alert-marker-${a.level}`,
      })
        .bindTooltip(`${t(`alerts.level.${a.level}`)} · ${a.appUser.name}`)
        .on('click', () => select.current(a))
        .addTo(group);
    }
  }, [alerts, tileUrl, t]);

  return (
    <div ref={box} role="region" aria-label={t('alerts.monitor.map')} style={{ height: 420, borderRadius: 12, overflow: 'hidden', zIndex: 0 }} />
  );
}
