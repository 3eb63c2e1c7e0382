// Turning the API's window, analytics and alerts into chart series (pure functions, no DOM).
import { num } from './format.js';

export const PERIOD_MS = { Day: 86_400_000, Hour: 3_600_000, Week: 7 * 86_400_000, 0: 86_400_000, 1: 3_600_000, 2: 7 * 86_400_000 };

/** Units per period with missing periods filled by straight lines between neighbours, flagged as imputed. */
export function unitsWithGaps(window, stepMs) {
  const points = [], imputed = [];
  const known = window.filter(o => Number.isFinite(num(o.units))).map(o => [Date.parse(o.periodStart), num(o.units)]);
  for (let i = 0; i < known.length; i++) {
    points.push(known[i]);
    const next = known[i + 1];
    if (!next) break;
    const [t0, v0] = known[i], [t1, v1] = next;
    for (let t = t0 + stepMs; t < t1 - stepMs / 2; t += stepMs) imputed.push([t, v0 + ((v1 - v0) * (t - t0)) / (t1 - t0)]);
  }
  return { points, imputed };
}

/** Outliers by the robust z-score (median and MAD, |z| > 3.5; Iglewicz and Hoaglin, 1993), computed on the page. */
export function robustOutliers(points) {
  if (points.length < 8) return [];
  const ys = points.map(p => p[1]).sort((a, b) => a - b);
  const median = ys[ys.length >> 1];
  const mad = [...ys.map(y => Math.abs(y - median))].sort((a, b) => a - b)[ys.length >> 1];
  if (!(mad > 0)) return [];
  return points.filter(([, y]) => Math.abs((0.6745 * (y - median)) / mad) > 3.5);
}

/** The forecast's mean and bands as [time, value] pairs, the bands as a lower line plus a stacked height. */
export function forecastSeries(forecast, stepMs) {
  const from = forecast?.from ? Date.parse(forecast.from) : NaN;
  const mean = (forecast?.mean ?? []).map(num);
  if (!Number.isFinite(from) || mean.length === 0) return null;
  const at = i => from + i * stepMs;
  const pairs = xs => (xs ?? []).map((v, i) => [at(i), num(v)]);
  const height = (lo, hi) => (lo ?? []).map((v, i) => [at(i), num(hi[i]) - num(v)]);
  return {
    mean: pairs(mean), lower80: pairs(forecast.lower80), band80: height(forecast.lower80, forecast.upper80),
    lower95: pairs(forecast.lower95), band95: height(forecast.lower95, forecast.upper95),
  };
}

/**
 * A metric's volatility thresholds as levels for the next period: the trigger levels up and down, and the buffer
 * band's inner edge (the exit level is 90% of the trigger on the log-change scale, so the band is
 * last × (next/last)^(exit/trigger)).
 */
export function thresholdLevels(t) {
  if (!t?.warm) return null;
  const last = num(t.lastLevel), up = num(t.nextUpperLevel), down = num(t.nextLowerLevel);
  const ratio = num(t.exitLevel) / num(t.threshold);
  if (![last, up, down, ratio].every(Number.isFinite) || last <= 0) return null;
  const inner = lvl => (lvl > 0 ? last * Math.pow(lvl / last, ratio) : lvl * ratio);
  return { up, down, upInner: inner(up), downInner: inner(down), last };
}
