import { median } from './measure.js';

/**
 * Runs several cases in turns (a, b, c, a, b, c, …) and returns each one's median wall time
 * and median CPU time (user + system, every thread of the process) in ms, and its first result.
 * Taking turns makes drift on a busy machine hit every case alike, so ratios stay fair even when
 * absolute times wander.
 * @example
 * const { ms, first } = await measureInTurns({ duck: () => duck(), cadre: () => cadre() }, 3);
 * ms.cadre / ms.duck; // the ratio
 */
export async function measureInTurns<C extends Record<string, () => unknown>>(
  cases: C,
  runs = 3,
): Promise<{
  ms: Record<keyof C, number>;
  cpuMs: Record<keyof C, number>;
  first: { [K in keyof C]: Awaited<ReturnType<C[K]>> };
}> {
  type K = keyof C;
  const names = Object.keys(cases) as K[];
  const times = new Map<K, number[]>(names.map((n) => [n, []]));
  const cpu = new Map<K, number[]>(names.map((n) => [n, []]));
  const first = {} as { [N in K]: Awaited<ReturnType<C[N]>> };
  for (let round = 0; round < runs; round++) {
    for (const name of names) {
      // Start each case from a collected heap, so one case's garbage is not another's pause.
      (globalThis as { gc?: () => void }).gc?.();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const result = await (cases[name] as () => unknown)();
      times.get(name)!.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.get(name)!.push((c.user + c.system) / 1000);
      if (round === 0) first[name] = result as Awaited<ReturnType<C[K]>>;
      const [wall, used] = [times.get(name)!.at(-1)!, cpu.get(name)!.at(-1)!];
      process.stderr.write(
        `  ${String(name)}: ${Math.round(wall)} ms wall, ${Math.round(used)} ms CPU\n`,
      );
    }
  }
  const ms = {} as Record<K, number>;
  const cpuMs = {} as Record<K, number>;
  for (const name of names) {
    ms[name] = median(times.get(name)!);
    cpuMs[name] = median(cpu.get(name)!);
  }
  return { ms, cpuMs, first };
}
