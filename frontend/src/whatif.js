// The what-if panel: a price change and promotion days, projected by the silo (Monte Carlo), shown as P10/P50/P90.
import { api } from './api.js';
import { echarts } from './charts.js';
import { esc, fmt, money } from './format.js';

export function whatIfPanel(root, asin) {
  root.innerHTML = `
    <h2 id="wi-title">What if…</h2>
    <form class="wi-form">
      <label>Price change % <input name="price" type="number" min="-90" max="200" step="1" value="-10" aria-label="Price change in percent"></label>
      <label>Promotion periods <input name="promo" type="number" min="0" max="90" step="1" value="0" aria-label="Promotion periods"></label>
      <label>Horizon <input name="horizon" type="number" min="1" max="90" step="1" value="28" aria-label="Horizon in periods"></label>
      <button type="submit">Project</button>
    </form>
    <p class="wi-status" role="status" aria-live="polite"></p>
    <div class="wi-result" hidden>
      <table><caption>Totals over the horizon</caption>
        <thead><tr><th scope="col"></th><th scope="col">P10</th><th scope="col">P50</th><th scope="col">P90</th></tr></thead><tbody></tbody></table>
      <div class="chart small wi-chart" role="img" aria-label="Projected units per period, P10 to P90"></div>
    </div>`;
  const form = root.querySelector('form');
  const status = root.querySelector('.wi-status');
  const result = root.querySelector('.wi-result');
  let chart;
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const plan = { priceChange: Number(form.price.value) / 100, promotionDays: Number(form.promo.value), horizon: Number(form.horizon.value) };
    status.textContent = 'Projecting…';
    try {
      const v = await api(`/api/asins/${encodeURIComponent(asin)}/whatif`, { method: 'POST', body: plan });
      status.textContent = `${v.trusted ? '' : 'Indicative only (forecast not trusted). '}Model ${v.model}; price ${money(v.referencePrice)} → ${money(v.plannedPrice)}. ${v.elasticity.note} ${v.uplift.note}`;
      const row = (name, t, f) => `<tr><th scope="row">${esc(name)}</th><td>${f(t.unitsP10 ?? t.revenueP10)}</td><td>${f(t.unitsP50 ?? t.revenueP50)}</td><td>${f(t.unitsP90 ?? t.revenueP90)}</td></tr>`;
      const units = t => ({ unitsP10: t.unitsP10, unitsP50: t.unitsP50, unitsP90: t.unitsP90 });
      const revenue = t => ({ revenueP10: t.revenueP10, revenueP50: t.revenueP50, revenueP90: t.revenueP90 });
      result.querySelector('tbody').innerHTML = row('Units (plan)', units(v.totals), fmt) + row('Units (no change)', units(v.baseline), fmt)
        + row('Units (effect)', units(v.change), fmt) + row('Revenue (plan)', revenue(v.totals), money) + row('Revenue (effect)', revenue(v.change), money);
      result.hidden = false;
      chart ??= echarts.init(result.querySelector('.wi-chart'));
      const at = p => Date.parse(p.period);
      chart.setOption({
        animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 44, right: 12, top: 28, bottom: 24 },
        xAxis: { type: 'time' }, yAxis: { type: 'value', scale: true },
        series: [
          { name: 'P10', type: 'line', data: v.periods.map(p => [at(p), p.unitsP10]), stack: 'wi', symbol: 'none', lineStyle: { opacity: 0 } },
          { name: 'P10–P90', type: 'line', data: v.periods.map(p => [at(p), p.unitsP90 - p.unitsP10]), stack: 'wi', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { opacity: 0.3 } },
          { name: 'P50', type: 'line', data: v.periods.map(p => [at(p), p.unitsP50]), symbol: 'none' },
          { name: 'No change (P50)', type: 'line', data: v.periods.map(p => [at(p), p.baselineUnitsP50]), symbol: 'none', lineStyle: { type: 'dashed' } },
        ],
      }, { notMerge: true });
    } catch (err) {
      result.hidden = true;
      status.textContent = `No projection: ${err.detail ?? err.message}`;
    }
  });
}
