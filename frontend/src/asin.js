// One ASIN: history of units, price and rank with the forecast, its 80%/95% bands, the volatility thresholds and
// buffer band, markers (imputed, outliers, promotions, alerts), the alert timeline, acknowledge/snooze, what-if.
import { api, ApiError } from './api.js';
import { echarts, TIER_COLORS } from './charts.js';
import { esc, fmt, money, num, pct, when, day } from './format.js';
import { PERIOD_MS, unitsWithGaps, robustOutliers, forecastSeries, thresholdLevels } from './series.js';
import { whatIfPanel } from './whatif.js';

const RANGES = [['30', '30 periods'], ['90', '90 periods'], ['365', '365 periods'], ['all', 'All']];

export class AsinPage {
  constructor(root, asin, say) {
    this.asin = asin;
    this.say = say;
    this.root = root;
    root.innerHTML = `
      <article class="asin-page" aria-labelledby="asin-title">
        <nav class="crumbs" aria-label="Breadcrumb"><a href="/">Board</a> › <span class="crumb-cat"></span> <span aria-current="page">${esc(asin)}</span></nav>
        <header class="asin-head">
          <h1 id="asin-title">${esc(asin)}</h1>
          <span class="badge tier-None" data-role="tier">–</span>
          <span class="state" data-role="state"></span>
          <p class="reason" data-role="reason"></p>
        </header>
        <div class="page-error" role="alert" hidden></div>
        <div class="body">
          <section class="actions" aria-label="Alert actions">
            <button type="button" data-act="ack" disabled>Acknowledge alert</button>
            <label>Snooze for <select data-role="snooze-for" aria-label="Snooze duration">
              <option value="1">1 hour</option><option value="24" selected>1 day</option><option value="168">7 days</option></select></label>
            <button type="button" data-act="snooze">Snooze ASIN</button>
            <span class="action-status" role="status" aria-live="polite"></span>
          </section>
          <section class="charts" aria-label="History and forecast">
            <div class="ranges" role="group" aria-label="Time range">${RANGES.map(([k, t]) => `<button type="button" data-range="${k}" aria-pressed="${k === 'all'}">${t}</button>`).join('')}</div>
            <div class="chart" data-chart="units" role="img" aria-label="Units: history, forecast with 80% and 95% bands, thresholds"></div>
            <div class="chart small" data-chart="price" role="img" aria-label="Price and sales rank history"></div>
            <p class="legend-note">Imputed: periods without units, drawn on the line between neighbours. Outliers: robust z-score above 3.5.
              Thresholds: the next period's level that would cross the volatility trigger (dashed) and the 10% buffer band inside it (shaded).</p>
          </section>
          <section class="facts" aria-label="Forecast and thresholds"></section>
          <section class="timeline" aria-labelledby="tl-title"><h2 id="tl-title">Alert timeline</h2><ol></ol></section>
          <section class="whatif" aria-labelledby="wi-title"></section>
        </div>
      </article>`;
    this.q = sel => root.querySelector(sel);
    this.units = echarts.init(this.q('[data-chart=units]'));
    this.price = echarts.init(this.q('[data-chart=price]'));
    echarts.connect([this.units, this.price]);
    addEventListener('resize', () => { this.units.resize(); this.price.resize(); });
    root.addEventListener('click', e => {
      const r = e.target.closest('[data-range]');
      if (r) this.zoom(r.dataset.range);
      const a = e.target.closest('[data-act]')?.dataset.act;
      if (a === 'ack') this.acknowledge();
      if (a === 'snooze') this.snooze();
    });
    whatIfPanel(this.q('.whatif'), asin);
  }

  async load() {
    try {
      const [detail, window, alerts] = await Promise.all([
        api(`/api/asins/${encodeURIComponent(this.asin)}`),
        api(`/api/asins/${encodeURIComponent(this.asin)}/window`),
        api(`/api/asins/${encodeURIComponent(this.asin)}/alerts?max=200`),
      ]);
      this.data = { ...detail, window, alerts };
      this.error(null);
      this.draw();
      return true;
    } catch (e) {
      this.error(e);
      return false;
    }
  }

  error(e) {
    const box = this.q('.page-error');
    if (!e) { box.hidden = true; return; }
    box.hidden = false;
    const what = e instanceof ApiError && e.status === 404 ? `Nothing is known about ${this.asin}: ${e.detail}`
      : e instanceof ApiError && e.status === 400 ? `"${this.asin}" is not an ASIN: ${e.detail}`
      : `Could not load ${this.asin}: ${e.message}. The page will retry when new data arrives.`;
    box.innerHTML = `${esc(what)} <a href="/">Back to the board</a>`;
    this.root.classList.toggle('no-data', !this.data);
  }

  /** A transition for this ASIN arrived over the hub: reload (debounced). */
  heard() {
    clearTimeout(this.reload);
    this.reload = setTimeout(() => this.load(), 300);
  }

  draw() {
    const { status, analytics, window, alerts } = this.data;
    const step = PERIOD_MS[status.period] ?? PERIOD_MS.Day;
    const open = alerts.open;
    const tier = open?.tier ?? 'None';
    const tierEl = this.q('[data-role=tier]');
    tierEl.className = `badge tier-${tier}`;
    tierEl.textContent = tier;
    this.q('[data-role=state]').textContent = open ? `${open.state}${open.acknowledgedBy ? ` · acknowledged by ${open.acknowledgedBy}` : ''}` : 'no open alert';
    const lastOpen = [...alerts.history].reverse().find(n => n.alertId === open?.id && n.reason);
    this.q('[data-role=reason]').textContent = lastOpen?.reason ?? '';
    const cat = status.category ?? alerts.category;
    this.q('.crumb-cat').innerHTML = cat ? `<a href="/?category=${encodeURIComponent(cat)}">${esc(cat)}</a> ›` : '';
    const ack = this.q('[data-act=ack]');
    ack.disabled = !open || !!open.acknowledgedBy;
    ack.dataset.alertId = open?.id ?? '';
    ack.setAttribute('aria-label', open ? `Acknowledge alert ${open.id}` : 'Acknowledge alert (no open alert)');
    this.drawUnits(window, analytics, alerts, step);
    this.drawPrice(window, analytics);
    this.drawFacts(analytics, status, alerts);
    this.drawTimeline(alerts);
  }

  drawUnits(window, analytics, alerts, step) {
    const { points, imputed } = unitsWithGaps(window, step);
    const outliers = robustOutliers(points);
    const promos = window.filter(o => o.promotion && Number.isFinite(num(o.units))).map(o => [Date.parse(o.periodStart), num(o.units)]);
    const fc = forecastSeries(analytics.forecast, step);
    const th = thresholdLevels(analytics.thresholds.find(t => t.metric === 'Units'));
    const byTime = new Map(points);
    const alertPoints = alerts.history.filter(n => ['Firing', 'Escalated', 'Pending'].includes(n.kind)).map(n => {
      const t = Date.parse(n.period);
      return { value: [t, byTime.get(t) ?? null], itemStyle: { color: TIER_COLORS[n.tier] }, alert: n };
    }).filter(p => p.value[1] != null);
    const band = (name, lower, height, color) => [
      { name: `${name} lower`, type: 'line', data: lower, stack: name, symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false }, silent: true },
      { name, type: 'line', data: height, stack: name, symbol: 'none', itemStyle: { color }, lineStyle: { opacity: 0 }, areaStyle: { color, opacity: 0.35 }, silent: true },
    ];
    const thresholdMarks = th ? {
      markLine: { symbol: 'none', lineStyle: { type: 'dashed', color: '#b22' }, label: { formatter: '{b}', position: 'insideEndTop' },
        data: [{ name: 'Upper trigger', yAxis: th.up }, { name: 'Lower trigger', yAxis: th.down }] },
      markArea: { silent: true, itemStyle: { color: 'rgba(200,40,40,0.08)' },
        data: [[{ name: 'Buffer band', yAxis: th.upInner }, { yAxis: th.up }], [{ yAxis: th.down }, { yAxis: th.downInner }]] },
    } : {};
    const series = [
      { name: 'Units', type: 'line', data: points, symbol: 'none', itemStyle: { color: '#1f77b4' }, lineStyle: { width: 1.5, color: '#1f77b4' }, z: 3, ...thresholdMarks },
      ...(fc ? [...band('95% band', fc.lower95, fc.band95, '#9ecae1'), ...band('80% band', fc.lower80, fc.band80, '#6baed6'),
        { name: 'Forecast', type: 'line', data: fc.mean, symbol: 'none', itemStyle: { color: '#08519c' }, lineStyle: { type: 'dashed', color: '#08519c' } }] : []),
      { name: 'Imputed', type: 'scatter', data: imputed, symbol: 'emptyCircle', symbolSize: 6, itemStyle: { color: '#999' } },
      { name: 'Outlier', type: 'scatter', data: outliers, symbol: 'diamond', symbolSize: 10, itemStyle: { color: '#9467bd' } },
      { name: 'Promotion', type: 'scatter', data: promos, symbol: 'triangle', symbolSize: 9, itemStyle: { color: '#2ca02c' } },
      { name: 'Alerts', type: 'scatter', data: alertPoints, symbol: 'pin', symbolSize: 22, z: 5, itemStyle: { color: TIER_COLORS.Red } },
    ];
    // Show the trigger lines when they are within reach of the data (a far-off line would flatten the history).
    const highest = Math.max(0, ...points.map(p => p[1]), ...(fc ? fc.mean.map((p, i) => p[1] + fc.band95[i][1] / 2) : []));
    const yMax = th && th.up > highest && th.up <= 3 * highest ? th.up * 1.05 : undefined;
    this.units.setOption({
      animation: false,
      title: { text: 'Units', left: 0, textStyle: { fontSize: 13 } },
      legend: { top: 0, right: 0, type: 'scroll', data: ['Units', 'Forecast', '80% band', '95% band', 'Imputed', 'Outlier', 'Promotion', 'Alerts'] },
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 36, bottom: 56 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', scale: true, max: yMax },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
      series,
    }, { notMerge: true });
    this.q('[data-chart=units]').dataset.series = series.map(s => `${s.name}:${s.data.length}`).join(',');
  }

  drawPrice(window, analytics) {
    const price = window.filter(o => Number.isFinite(num(o.price))).map(o => [Date.parse(o.periodStart), num(o.price)]);
    const rank = window.filter(o => Number.isFinite(num(o.salesRank))).map(o => [Date.parse(o.periodStart), num(o.salesRank)]);
    const th = thresholdLevels(analytics.thresholds.find(t => t.metric === 'Price'));
    this.price.setOption({
      animation: false,
      legend: { top: 0, right: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 56, top: 28, bottom: 28 },
      xAxis: { type: 'time' },
      yAxis: [{ type: 'value', name: 'Price', scale: true }, { type: 'value', name: 'Rank', inverse: true, scale: true }],
      dataZoom: [{ type: 'inside' }],
      series: [
        { name: 'Price', type: 'line', data: price, symbol: 'none', step: 'end', lineStyle: { color: '#2ca02c' },
          ...(th ? { markLine: { symbol: 'none', lineStyle: { type: 'dashed', color: '#b22' }, data: [{ name: 'Price upper', yAxis: th.up }, { name: 'Price lower', yAxis: th.down }] } } : {}) },
        { name: 'Rank', type: 'line', yAxisIndex: 1, data: rank, symbol: 'none', lineStyle: { color: '#8c564b' } },
      ],
    }, { notMerge: true });
  }

  zoom(range) {
    for (const b of this.root.querySelectorAll('[data-range]')) b.setAttribute('aria-pressed', String(b.dataset.range === range));
    const w = this.data?.window ?? [];
    if (!w.length) return;
    const step = PERIOD_MS[this.data.status.period] ?? PERIOD_MS.Day;
    const end = Date.parse(w[w.length - 1].periodStart) + (this.data.analytics.forecast.mean?.length ?? 0) * step;
    const start = range === 'all' ? Date.parse(w[0].periodStart) : end - Number(range) * step;
    this.units.dispatchAction({ type: 'dataZoom', startValue: start, endValue: end });
  }

  drawFacts(a, status, alerts) {
    const f = a.forecast;
    const rows = a.thresholds.map(t => `<tr><th scope="row">${esc(t.metric)}</th><td>${t.warm ? 'yes' : 'warming up'}</td><td>${fmt(t.threshold, 3)}</td><td>${fmt(t.exitLevel, 3)}</td>
      <td>${fmt(t.nextLowerLevel, 2)} – ${fmt(t.nextUpperLevel, 2)}</td><td>${esc(t.regime)}</td></tr>`).join('');
    this.q('.facts').innerHTML = `
      <h2>Forecast and thresholds</h2>
      <p>Model <b>${esc(f.model ?? 'none')}</b>${f.trusted ? '' : ' (not trusted: rule-based thresholds only)'} · ${esc(f.note)}
        · MAE ${fmt(f.mae, 2)} · MAPE ${fmt(f.mape, 1)}% · lifecycle ${esc(a.lifecycle)}</p>
      <p>Latest: units ${fmt(status.latest?.units)} · price ${money(status.latest?.price)} · rank ${fmt(status.latest?.salesRank)}
        · ${status.windowCount} periods held · share ${pct(a.marketShare)} of ${esc(status.category ?? '')}</p>
      <table><caption>Volatility thresholds (log-change; next-period levels)</caption>
        <thead><tr><th scope="col">Metric</th><th scope="col">Warm</th><th scope="col">Trigger</th><th scope="col">Exit (buffer)</th><th scope="col">Next period band</th><th scope="col">Regime</th></tr></thead>
        <tbody>${rows}</tbody></table>
      ${alerts.snoozes.length ? `<p>Snoozed: ${alerts.snoozes.map(s => `${esc(s.scope)} until ${when(s.until)} by ${esc(s.by)}`).join('; ')}</p>` : ''}`;
  }

  drawTimeline(alerts) {
    const items = [...alerts.history].reverse();
    this.q('.timeline ol').innerHTML = items.length ? items.map(n => `
      <li class="tl tier-${esc(n.tier)}" data-kind="${esc(n.kind)}">
        <div><time datetime="${esc(n.raisedAt)}">${day(n.period)}</time> <span class="badge tier-${esc(n.tier)}">${esc(n.tier)}</span>
          <b>${esc(n.kind)}</b>${n.by ? ` by ${esc(n.by)}` : ''} ${n.probability != null ? `· p=${fmt(n.probability, 2)}` : ''}</div>
        <div class="reason">${esc(n.reason)}</div>
        ${(n.signals ?? []).length ? `<ul class="signals">${n.signals.map(s => `<li><b>${esc(s.kind)}</b>: ${esc(s.explanation)}</li>`).join('')}</ul>` : ''}
      </li>`).join('') : '<li>No alerts.</li>';
  }

  async acknowledge() {
    const id = this.q('[data-act=ack]').dataset.alertId;
    if (!id) return;
    await this.command(() => api(`/api/asins/${encodeURIComponent(this.asin)}/alerts/${encodeURIComponent(id)}/ack`, { method: 'POST', body: { note: 'acknowledged on the board' } }),
      `Alert ${id} acknowledged.`);
  }

  async snooze() {
    const hours = Number(this.q('[data-role=snooze-for]').value);
    const until = new Date(Date.now() + hours * 3_600_000).toISOString();
    await this.command(() => api(`/api/asins/${encodeURIComponent(this.asin)}/snooze`, { method: 'POST', body: { scope: 'Asin', until, note: 'snoozed on the board' } }),
      `Snoozed until ${when(until)}.`);
  }

  async command(call, done) {
    const status = this.q('.action-status');
    status.textContent = 'Sending…';
    try {
      await call();
      // Redraw from the grain's state before saying it is done, so the page never shows "done" next to stale controls.
      await this.load();
      status.textContent = done;
    } catch (e) {
      status.textContent = e instanceof ApiError && e.status === 403 ? `Not allowed: ${e.detail}` : `Failed: ${e.message}`;
    }
  }
}
