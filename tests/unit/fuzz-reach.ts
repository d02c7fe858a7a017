/**
 * How far fuzzed calls get, per method: a fuzzer whose calls all stop at the first check tests
 * nothing behind it. `eligible`: the call could reach the handler (a public method, or an organizer
 * method with a live session); `reached`: it also passed the method's schema, so the handler ran;
 * `ok`: the handler answered with a result. Both fuzzers print the table and assert a floor.
 */
export interface Reach {
  calls: number;
  eligible: number;
  reached: number;
  ok: number;
  /** Answers by code (`ok` or an error code). */
  codes: Map<string, number>;
}

export class ReachTally {
  readonly byMethod = new Map<string, Reach>();

  of(method: string): Reach {
    let reach = this.byMethod.get(method);
    if (!reach) {
      reach = { calls: 0, eligible: 0, reached: 0, ok: 0, codes: new Map() };
      this.byMethod.set(method, reach);
    }
    return reach;
  }

  record(method: string, call: { eligible: boolean; reached: boolean; code: string }): void {
    const reach = this.of(method);
    reach.calls++;
    if (call.eligible) reach.eligible++;
    if (call.eligible && call.reached) reach.reached++;
    if (call.code === 'ok') reach.ok++;
    reach.codes.set(call.code, (reach.codes.get(call.code) ?? 0) + 1);
  }

  /** One line per method: reached of eligible (share), ok, and every answer code. */
  table(): string {
    const share = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((100 * n) / of)}%`);
    return [...this.byMethod]
      .map(([method, r]) => {
        const codes = [...r.codes].map(([code, n]) => `${code} ${n}`).join(', ');
        return `  ${method}: ${r.calls} calls, reached ${r.reached}/${r.eligible} (${share(r.reached, r.eligible)}), ok ${r.ok} [${codes}]`;
      })
      .join('\n');
  }
}
