/** House seats are keyed "MA7" (state + district number, 0 = at-large) and shown as "MA-7" or "AK-AL". */

export function seatKey(state: string, district: number): string {
  return `${state}${district}`;
}

export function parseSeat(key: string): { state: string; district: number } {
  return { state: key.slice(0, 2), district: Number(key.slice(2)) };
}

export function seatLabel(key: string): string {
  const { state, district } = parseSeat(key);
  return district === 0 ? `${state}-AL` : `${state}-${district}`;
}

/** By state, then district number (so OH-3 comes before OH-15). */
export function bySeat(a: string, b: string): number {
  const x = parseSeat(a);
  const y = parseSeat(b);
  return x.state.localeCompare(y.state) || x.district - y.district;
}
