/**
 * Lighthouse's CPU slowdown, calibrated to the machine it runs on.
 *
 * Lighthouse scores a page as it would load on a mid-tier phone. It records the load at
 * full speed and simulates the phone by multiplying the main thread's work by
 * `cpuSlowdownMultiplier`, 4 by default: the factor that takes a *high-end desktop*
 * (Lighthouse `benchmarkIndex` 1,500–2,000) down to a mid-tier phone. On a slower
 * machine the same 4× simulates a slower phone than intended, and on a faster one a
 * faster phone. Lighthouse's docs (docs/throttling.md, "Calibrating the CPU slowdown")
 * say to calibrate on such machines, and point to the calculator written by its
 * maintainers (lighthouse-cpu-throttling-calculator), whose mapping this reproduces:
 *
 *   benchmarkIndex  2,000 → 6×   1,533 → 4×   1,300 → 3×   800 → 2×   150 → 1×
 *
 * linear between those points. So a calibrated run targets the same phone on every
 * machine: stricter than the default on a fast one, more lenient on a slow one.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) throw new Error(`Not a Lighthouse benchmarkIndex: ${benchmarkIndex}`)
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650)
}

/** Lighthouse's own default, which the calibrated figure is printed beside. */
export const DEFAULT_CPU_SLOWDOWN = 4
