/** Great-circle distance: close enough at the scale of a congressional district. */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_MILE = 1.609344;

export type Point = readonly [lat: number, lon: number];

export function haversineKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}

/** Coordinates kept in the data file: 4 decimals is about 11 m, far finer than a ZIP's size. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
