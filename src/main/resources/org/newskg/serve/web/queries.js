/* The SPARQL box: the ready queries of queries/, results as a sortable table, downloads as CSV or JSON. */
'use strict';
const Queries = {
  SHOWN: 1000,

  async view() {
    const catalog = await (await fetch('api/queries')).json();
    const choose = KG.el('select', { id: 'query-choice' },
      KG.el('option', { value: '' }, '(write your own)'),
      catalog.queries.map(q => KG.el('option', { value: q.name }, q.name)));
    const box = KG.el('textarea', { id: 'query-text', rows: 14, spellcheck: 'false' },
      'SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10');
    const out = KG.el('div', { id: 'query-results', 'aria-live': 'polite' });
    const note = KG.el('p', { class: 'muted', id: 'query-note' });
    choose.addEventListener('change', () => {
      const q = catalog.queries.find(x => x.name === choose.value);
      if (q) box.value = q.text;
      const first = q ? q.text.split('\n').find(l => l.startsWith('#')) : '';
      note.textContent = first ? first.replace(/^#\s*/, '') : '';
    });
    const run = async () => {
      out.replaceChildren(KG.el('p', {}, 'Running…'));
      try {
        const resp = await fetch(KG.endpoint, { method: 'POST', headers: { 'Accept': 'application/sparql-results+json',
          'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query: box.value }) });
        if (!resp.ok) throw new Error('The endpoint answered ' + resp.status + ': ' + (await resp.text()).slice(0, 500));
        Queries.table(out, await resp.json());
      } catch (err) {
        out.replaceChildren(KG.el('p', { class: 'error', role: 'alert' }, String(err.message || err)));
      }
    };
    const download = (accept, ext) => async () => {
      try {
        const resp = await fetch(KG.endpoint, { method: 'POST', headers: { 'Accept': accept,
          'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query: box.value }) });
        if (!resp.ok) throw new Error('The endpoint answered ' + resp.status + ': ' + (await resp.text()).slice(0, 500));
        const a = KG.el('a', { href: URL.createObjectURL(await resp.blob()),
          download: (choose.value || 'query.rq').replace(/\.rq$/, '') + '.' + ext });
        document.body.append(a); a.click(); a.remove();
      } catch (err) {
        out.replaceChildren(KG.el('p', { class: 'error', role: 'alert' }, String(err.message || err)));
      }
    };
    KG.show(KG.el('h1', {}, 'SPARQL'),
      KG.el('form', { id: 'query-form', onsubmit: e => { e.preventDefault(); run(); } },
        KG.el('div', { class: 'field' }, KG.el('label', { for: 'query-choice' }, 'Ready queries'), choose), note,
        KG.el('div', { class: 'field', style: 'max-width:none' }, KG.el('label', { for: 'query-text' }, 'Query'), box),
        KG.el('div', { class: 'row' },
          KG.el('button', { type: 'submit', id: 'query-run' }, 'Run'),
          KG.el('button', { type: 'button', class: 'plain', onclick: download('text/csv', 'csv') }, 'Download CSV'),
          KG.el('button', { type: 'button', class: 'plain', onclick: download('application/sparql-results+json', 'json') }, 'Download JSON'))),
      out);
  },

  /** Renders SPARQL JSON results; a click on a column header sorts by it (again: the other way). */
  table(out, json) {
    if (json.boolean !== undefined) return out.replaceChildren(KG.el('p', {}, 'Answer: ' + json.boolean));
    const vars = json.head.vars;
    const rows = json.results.bindings;
    const tbody = KG.el('tbody');
    const fill = () => tbody.replaceChildren(...rows.slice(0, Queries.SHOWN).map(b => KG.el('tr', {}, vars.map(v => KG.el('td', {}, Queries.cell(b[v]))))));
    const sort = { v: null, dir: 1 };
    const heads = vars.map(v => KG.el('th', { scope: 'col', 'aria-sort': 'none' }, KG.el('button', { type: 'button', onclick: () => {
      sort.dir = sort.v === v ? -sort.dir : 1; sort.v = v;
      const key = b => b[v] ? b[v].value : '';
      const num = rows.every(b => !b[v] || !isNaN(Number(b[v].value)));
      rows.sort((x, y) => sort.dir * (num ? Number(key(x) || -Infinity) - Number(key(y) || -Infinity) : key(x).localeCompare(key(y))));
      heads.forEach(h => h.setAttribute('aria-sort', 'none'));
      heads[vars.indexOf(v)].setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
      fill();
    } }, v)));
    fill();
    out.replaceChildren(KG.el('p', {}, rows.length + ' rows' + (rows.length > Queries.SHOWN ? ', the first ' + Queries.SHOWN + ' shown (downloads hold all)' : '') + '.'),
      KG.el('div', { class: 'table-wrap' }, KG.el('table', {}, KG.el('thead', {}, KG.el('tr', {}, heads)), tbody)));
  },

  cell(term) {
    if (!term) return '';
    if (term.type === 'uri' && term.value.startsWith(KG.ENTITY)) return KG.el('a', { href: KG.entityHref(term.value) }, term.value);
    const article = 'https://w3id.org/newskg/id/article/';
    if (term.type === 'uri' && term.value.startsWith(article) && !term.value.includes('/', article.length)) {
      return KG.el('a', { href: KG.articleHref(term.value) }, term.value);
    }
    if (term.type === 'uri' && term.value.startsWith(article) && term.value.includes('/event/')) {
      return KG.el('a', { href: KG.eventHref(term.value) }, term.value);
    }
    return term.value;
  }
};
