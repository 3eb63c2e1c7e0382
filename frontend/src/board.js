// The board: every monitored ASIN with tier, sparkline, latest figures and reason; filter by tier, category and text;
// sort; counts per tier; category drill-down. The list is virtual (only visible rows exist) and redrawn at most once
// per animation frame, however many lines change.
import { esc, fmt, money, sparkline, tierRank, TIERS, frameBatcher } from './format.js';

const RESORT_MS = 100;
const OVERSCAN = 6;
const COLUMNS = [
  ['asin', 'ASIN'], ['tier', 'Tier'], ['category', 'Category'], ['spark', 'Units, last 30'], ['units', 'Units'],
  ['price', 'Price'], ['rank', 'Rank'], ['reason', 'Reason'],
];

export class Board {
  constructor(root, directory) {
    this.directory = directory;
    const params = new URLSearchParams(location.search);
    this.filter = { tier: params.get('tier') ?? '', category: params.get('category') ?? '', q: params.get('q') ?? '' };
    this.sort = { key: params.get('sort') ?? 'tier', desc: params.get('dir') !== 'asc' };
    this.view = [];
    this.work = [];
    this.changedLines = new Set();
    this.full = true;
    this.sortCost = 0;
    this.viewLatencies = [];
    this.pending = [];
    this.lastSort = 0;
    this.dirty = true;
    root.innerHTML = `
      <section class="board" aria-labelledby="board-title">
        <h1 id="board-title" class="visually-hidden">Monitored ASINs</h1>
        <div class="toolbar">
          <div class="tiers" role="group" aria-label="Filter by tier"></div>
          <input class="search" type="search" placeholder="Filter: ASIN, category, reason" aria-label="Filter ASINs by text" value="${esc(this.filter.q)}">
          <label class="sort">Sort <select aria-label="Sort by">${COLUMNS.filter(c => c[0] !== 'spark').map(([k, t]) => `<option value="${k}">${t}</option>`).join('')}</select></label>
          <button type="button" class="dir" aria-label="Reverse the sort order">↓</button>
        </div>
        <nav class="crumbs" aria-label="Category"></nav>
        <div class="columns">
          <aside class="cats" aria-label="Categories"><h2>Categories</h2><ul></ul></aside>
          <div class="table" role="table" aria-label="ASINs" aria-rowcount="0">
            <div class="thead" role="row">${COLUMNS.map(([k, t]) => `<span role="columnheader" class="c-${k}">${k === 'spark' ? t : `<button type="button" data-sort="${k}" aria-label="Sort by ${t}">${t}</button>`}</span>`).join('')}</div>
            <div class="scroller" tabindex="0" aria-label="ASIN rows, scroll for more"><div class="spacer"></div></div>
            <p class="empty" hidden>No ASIN matches the filter.</p>
          </div>
        </div>
      </section>`;
    this.el = {
      tiers: root.querySelector('.tiers'), search: root.querySelector('.search'), sortSel: root.querySelector('.sort select'),
      dir: root.querySelector('.dir'), crumbs: root.querySelector('.crumbs'), cats: root.querySelector('.cats ul'),
      table: root.querySelector('.table'), scroller: root.querySelector('.scroller'), spacer: root.querySelector('.spacer'),
      empty: root.querySelector('.empty'),
    };
    this.el.sortSel.value = this.sort.key;
    this.el.search.addEventListener('input', () => this.setFilter({ q: this.el.search.value.trim() }));
    this.el.sortSel.addEventListener('change', () => this.setSort(this.el.sortSel.value, this.sort.desc));
    this.el.dir.addEventListener('click', () => this.setSort(this.sort.key, !this.sort.desc));
    root.querySelector('.thead').addEventListener('click', e => {
      const k = e.target.closest('[data-sort]')?.dataset.sort;
      if (k) this.setSort(k, this.sort.key === k ? !this.sort.desc : true);
    });
    root.addEventListener('click', e => {
      const t = e.target.closest('[data-tier-filter]');
      if (t) this.setFilter({ tier: this.filter.tier === t.dataset.tierFilter ? '' : t.dataset.tierFilter });
      const c = e.target.closest('[data-category]');
      if (c) { e.preventDefault(); this.setFilter({ category: c.dataset.category }); }
    });
    this.scrollTop = 0;
    this.viewportH = 800;
    this.el.scroller.addEventListener('scroll', () => { this.scrollTop = this.el.scroller.scrollTop; this.schedule(); }, { passive: true });
    new ResizeObserver(([e]) => { this.viewportH = e.contentRect.height; this.schedule(); }).observe(this.el.scroller);
    const phone = matchMedia('(max-width: 720px)');
    const size = () => { this.rowH = phone.matches ? 64 : 36; this.schedule?.(); };
    size();
    phone.addEventListener('change', size);
    this.pool = [];
    this.schedule = frameBatcher(t => this.frame(t));
    this.schedule();
  }

  /** Lines changed (from the directory or the hub): redraw on the next frame. */
  changed(lines) {
    const now = performance.now();
    for (const l of lines) { this.pending.push(now); this.changedLines.add(l); }
    this.dirty = true;
    this.schedule();
  }

  setFilter(change) {
    Object.assign(this.filter, change);
    this.lastSort = 0;
    this.full = true;
    this.dirty = true;
    this.remember();
    this.el.scroller.scrollTop = 0;
    this.scrollTop = 0;
    this.schedule();
  }

  setSort(key, desc) {
    this.sort = { key, desc };
    this.el.sortSel.value = key;
    this.setFilter({});
  }

  remember() {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(this.filter)) if (v) p.set(k, v);
    if (this.sort.key !== 'tier') p.set('sort', this.sort.key);
    if (!this.sort.desc) p.set('dir', 'asc');
    history.replaceState(null, '', p.size ? `/?${p}` : '/');
  }

  frame() {
    const now = performance.now();
    if (this.dirty) {
      // Filtering and sorting every line is the expensive part: at most every RESORT_MS, and never more than a
      // quarter of the time (a slow machine or a huge list re-sorts less often rather than dropping frames).
      const wait = Math.max(RESORT_MS, 4 * this.sortCost);
      if (now - this.lastSort >= wait) this.recompute(now);
      else if (!this.timer) this.timer = setTimeout(() => { this.timer = 0; this.schedule(); }, wait - (now - this.lastSort));
    }
    this.renderRows();
    this.work.push(performance.now() - now);
    if (this.work.length > 20_000) this.work.splice(0, 10_000);
  }

  recompute(now) {
    this.dirty = false;
    this.lastSort = now;
    const started = performance.now();
    const { tier, category, q } = this.filter;
    const needle = q.toLowerCase();
    const passes = l => (!category || (l.category ?? '(none)') === category) && (!needle || l.search.includes(needle));
    const shows = l => passes(l) && (!tier || l.tier === tier);
    const { key, desc } = this.sort, sign = desc ? -1 : 1;
    const value = SORT_KEYS[key] ?? SORT_KEYS.asin;
    const cmp = (a, b) => {
      const x = a._k, y = b._k;
      const c = x < y ? -1 : x > y ? 1 : 0;
      return c !== 0 ? sign * c : a.asin < b.asin ? -1 : 1;
    };

    // Counts per tier (under the category and text filters) and per category: one pass, no sorting.
    const counts = { Red: 0, Orange: 0, Yellow: 0, None: 0 };
    const cats = new Map();
    for (const l of this.directory.lines.values()) {
      const c = l.category ?? '(none)';
      let cc = cats.get(c);
      if (!cc) cats.set(c, cc = { n: 0, Red: 0, Orange: 0, Yellow: 0 });
      cc.n++;
      if (l.tier !== 'None') cc[l.tier]++;
      if (passes(l)) counts[l.tier] = (counts[l.tier] ?? 0) + 1;
    }

    // The list: a few changed lines move by binary insertion; a new filter or sort (or many changes) sorts again.
    const changed = this.changedLines;
    this.changedLines = new Set();
    if (this.full || changed.size > 500) {
      this.full = false;
      const view = [];
      for (const l of this.directory.lines.values()) if (shows(l)) { l._k = value(l); view.push(l); }
      view.sort(cmp);
      this.view = view;
    } else if (changed.size) {
      // The directory replaces a line's object on every change: match by ASIN, insert the current object.
      const asins = new Set([...changed].map(l => l.asin));
      const view = this.view.filter(l => !asins.has(l.asin));
      for (const asin of asins) {
        const l = this.directory.lines.get(asin);
        if (!l || !shows(l)) continue;
        l._k = value(l);
        let lo = 0, hi = view.length;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (cmp(view[mid], l) < 0) lo = mid + 1; else hi = mid; }
        view.splice(lo, 0, l);
      }
      this.view = view;
    }
    const view = this.view;
    this.el.table.setAttribute('aria-rowcount', String(view.length));
    this.el.empty.hidden = view.length > 0 || !this.directory.loaded;
    setHtml(this.el.tiers, ['', ...TIERS].map(t => {
      const n = t ? counts[t] : Object.values(counts).reduce((a, b) => a + b, 0);
      return `<button type="button" class="tier-btn tier-${t || 'All'}" data-tier-filter="${t}" aria-pressed="${this.filter.tier === t}" aria-label="${t || 'All'} tiers: ${n} ASINs">${t || 'All'} <b data-count="${t || 'All'}">${n}</b></button>`;
    }).join(''));
    setHtml(this.el.crumbs, category
      ? `<a href="/" data-category="">All categories</a> › <span aria-current="page">${esc(category)}</span> · ${view.length} ASINs`
      : `All categories · ${view.length} of ${this.directory.lines.size} ASINs`);
    setHtml(this.el.cats, [...cats].sort((a, b) => (b[1].Red - a[1].Red) || (b[1].Orange - a[1].Orange) || (b[1].n - a[1].n) || (a[0] < b[0] ? -1 : 1)).slice(0, 200)
      .map(([c, v]) => `<li><a href="/?category=${encodeURIComponent(c)}" data-category="${esc(c)}" ${c === category ? 'aria-current="true"' : ''}>${esc(c)}</a>
        <span class="n">${v.n}</span>${['Red', 'Orange', 'Yellow'].map(t => v[t] ? `<span class="dot tier-${t}" title="${t}">${v[t]}</span>` : '').join('')}</li>`).join(''));
    const done = performance.now();
    this.sortCost = done - started;
    for (const at of this.pending.splice(0)) this.viewLatencies.push(done - at);
    if (this.viewLatencies.length > 20_000) this.viewLatencies.splice(0, 10_000);
  }

  /**
   * Draws the visible slice. Rows are keyed by ASIN, so a line that only moves keeps its DOM (one transform), and
   * the sizes come from observers, so drawing never forces a layout.
   */
  renderRows() {
    const { scroller, spacer } = this.el;
    const rowH = this.rowH;
    const height = this.view.length * rowH;
    if (this.spacerH !== height) { this.spacerH = height; spacer.style.height = `${height}px`; }
    const first = Math.max(0, Math.floor(this.scrollTop / rowH) - OVERSCAN);
    const last = Math.min(this.view.length, Math.ceil((this.scrollTop + this.viewportH) / rowH) + OVERSCAN);
    const wanted = new Map();
    for (let i = first; i < last; i++) wanted.set(this.view[i].asin, i);
    const free = [], kept = new Map();
    for (const row of this.pool) (wanted.has(row._asin) ? kept.set(row._asin, row) : free.push(row));
    const recent = Date.now() - 3000;
    for (const [asin, i] of wanted) {
      let row = kept.get(asin) ?? free.pop();
      if (!row) {
        row = document.createElement('div');
        row.className = 'row';
        row.setAttribute('role', 'row');
        scroller.appendChild(row);
        this.pool.push(row);
      }
      const l = this.view[i];
      if (row.hidden) row.hidden = false;
      if (row._y !== i * rowH) { row._y = i * rowH; row.style.transform = `translateY(${row._y}px)`; row.setAttribute('aria-rowindex', String(i + 1)); }
      const html = rowHtml(l);
      if (row._html !== html) {
        row._html = html;
        row.innerHTML = html;
        row.dataset.tier = l.tier;
      }
      if (row._asin !== asin) { row._asin = asin; row.dataset.asin = asin; }
      const flash = (l.heardAt ?? 0) > recent;
      if (row._flash !== flash) { row._flash = flash; row.classList.toggle('flash', flash); }
    }
    for (const row of free) {
      if (row.hidden) continue;
      row.hidden = true;
      row._html = row._asin = null;
      row.innerHTML = '';
      delete row.dataset.asin;
      delete row.dataset.tier;
    }
  }
}

const SORT_KEYS = {
  tier: l => tierRank(l.tier), units: l => l.units ?? -Infinity, price: l => l.price ?? -Infinity,
  rank: l => l.rank ?? Infinity, asin: l => l.asin, category: l => l.category ?? '', reason: l => l.reason ?? '',
};

/** Writes only when the markup changed (the counts and categories are rebuilt often, and rarely differ). */
function setHtml(el, html) {
  if (el._html !== html) { el._html = html; el.innerHTML = html; }
}

function rowHtml(l) {
  if (l._sparkOf !== l.spark) { l._sparkOf = l.spark; l._spark = sparkline(l.spark); }
  const href = `/asin/${encodeURIComponent(l.asin)}`;
  return `<span role="cell" class="c-asin"><a href="${href}">${esc(l.asin)}</a></span>`
    + `<span role="cell" class="c-tier"><span class="badge tier-${esc(l.tier)}">${esc(l.tier)}</span>${l.alertState && l.alertState !== 'Firing' ? ` <small>${esc(l.alertState)}</small>` : ''}</span>`
    + `<span role="cell" class="c-category">${esc(l.category ?? '')}</span>`
    + `<span role="cell" class="c-spark">${l._spark}</span>`
    + `<span role="cell" class="c-units">${fmt(l.units)}</span>`
    + `<span role="cell" class="c-price">${money(l.price)}</span>`
    + `<span role="cell" class="c-rank">${fmt(l.rank)}</span>`
    + `<span role="cell" class="c-reason" title="${esc(l.reason ?? '')}">${esc(l.reason ?? '')}</span>`;
}
