// Formatting and small helpers shared by the views.

/** A JSON number that may arrive as "NaN"/"Infinity" (the API allows named literals) or null, as a number or NaN. */
export const num = v => (v == null || v === '' ? NaN : typeof v === 'number' ? v : Number(v));

export const finite = v => Number.isFinite(num(v));

export function fmt(v, digits = 0) {
  const x = num(v);
  if (!Number.isFinite(x)) return '–';
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export const money = v => (finite(v) ? num(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : '–');

export const pct = v => (finite(v) ? `${(num(v) * 100).toFixed(0)}%` : '–');

export const when = iso => (iso ? new Date(iso).toISOString().replace('T', ' ').slice(0, 16) : '–');

export const day = iso => (iso ? new Date(iso).toISOString().slice(0, 10) : '–');

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ESC[c]);

export const TIERS = ['Red', 'Orange', 'Yellow', 'None'];
const TIER_RANK = { Red: 3, Orange: 2, Yellow: 1, None: 0 };
export const tierRank = t => TIER_RANK[t] ?? 0;

export const sleep = ms => new Promise(r => setTimeout(r, ms));

/** One call per animation frame however often it is asked for. */
export function frameBatcher(fn) {
  let scheduled = false;
  return () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(t => { scheduled = false; fn(t); });
  };
}

/** An inline SVG sparkline of values (null: missing), scaled to its own range. */
export function sparkline(values, w = 96, h = 22) {
  const xs = values ?? [];
  const ok = xs.filter(v => v != null && Number.isFinite(v));
  if (ok.length < 2) return `<svg class="spark" width="${w}" height="${h}" aria-hidden="true"></svg>`;
  const lo = Math.min(...ok), hi = Math.max(...ok), span = hi - lo || 1, step = w / Math.max(1, xs.length - 1);
  let d = '', pen = false;
  xs.forEach((v, i) => {
    if (v == null || !Number.isFinite(v)) { pen = false; return; }
    d += `${pen ? 'L' : 'M'}${(i * step).toFixed(1)},${(h - 2 - ((v - lo) / span) * (h - 4)).toFixed(1)}`;
    pen = true;
  });
  return `<svg class="spark" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" aria-hidden="true"><path d="${d}"/></svg>`;
}
