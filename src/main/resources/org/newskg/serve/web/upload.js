/* Adds one article to the graph through the server's ingest endpoint (basic auth), then shows what it found. */
'use strict';
const Upload = {
  view() {
    const file = KG.el('input', { id: 'upload-file', type: 'file', accept: '.txt,.html,.htm,.jsonl' });
    const name = KG.el('input', { id: 'upload-name', type: 'text', value: 'article.txt', 'aria-describedby': 'upload-name-help' });
    const text = KG.el('textarea', { id: 'upload-text', rows: 10 });
    const user = KG.el('input', { id: 'upload-user', type: 'text', autocomplete: 'username', required: true });
    const pass = KG.el('input', { id: 'upload-password', type: 'password', autocomplete: 'current-password', required: true });
    const out = KG.el('div', { id: 'upload-result', 'aria-live': 'polite' });
    file.addEventListener('change', () => { if (file.files[0]) name.value = file.files[0].name; });
    const send = async e => {
      e.preventDefault();
      const body = file.files[0] || new Blob([text.value], { type: 'text/plain' });
      if (!file.files[0] && !text.value.trim()) {
        return out.replaceChildren(KG.el('p', { class: 'error', role: 'alert' }, 'Choose a file or paste an article first.'));
      }
      out.replaceChildren(KG.el('p', {}, 'Reading the article…'));
      try {
        const resp = await fetch('kg/ingest?name=' + encodeURIComponent(name.value || 'article.txt'), {
          method: 'POST', body, headers: { 'Authorization': 'Basic ' + Upload.base64(user.value + ':' + pass.value) },
          // Without credentials mode the browser would answer the server's 401 challenge with its own login dialog;
          // the header above is still sent.
          credentials: 'omit' });
        const answer = { 401: 'The user name or password is wrong.', 403: 'This server does not accept articles (it was started without --ingest).',
          413: 'The article is too large for this server.' }[resp.status];
        if (answer) throw new Error(answer);
        const json = await resp.json().catch(() => { throw new Error('The server answered ' + resp.status + '.'); });
        await Upload.result(out, json);
      } catch (err) {
        out.replaceChildren(KG.el('p', { class: 'error', role: 'alert' }, String(err.message || err)));
      }
    };
    KG.show(KG.el('h1', {}, 'Add an article'),
      KG.el('p', {}, 'Plain text (a title line, then the body; or a Title:/Published: header block), an HTML page, or JSON Lines. ',
        'The server extracts it and adds it to the graph; readers see it once it is complete.'),
      KG.el('form', { id: 'upload-form', onsubmit: send },
        KG.el('div', { class: 'field' }, KG.el('label', { for: 'upload-file' }, 'Article file'), file),
        KG.el('div', { class: 'field', style: 'max-width:none' }, KG.el('label', { for: 'upload-text' }, 'or paste the article'), text),
        KG.el('div', { class: 'field' }, KG.el('label', { for: 'upload-name' }, 'File name'), name,
          KG.el('span', { id: 'upload-name-help', class: 'muted' }, 'Its extension (.txt, .html, .jsonl) tells the format.')),
        KG.el('div', { class: 'row' },
          KG.el('div', { class: 'field' }, KG.el('label', { for: 'upload-user' }, 'User'), user),
          KG.el('div', { class: 'field' }, KG.el('label', { for: 'upload-password' }, 'Password'), pass)),
        KG.el('button', { type: 'submit', id: 'upload-send' }, 'Add to the graph')),
      out);
  },

  /** Lists the articles added and refused; for each added one, its entities and its graph. */
  async result(out, json) {
    const parts = [], graphs = [];
    for (const r of json.refused || []) parts.push(KG.el('p', { class: 'error', role: 'alert' }, 'Refused ' + r.name + ': ' + r.reason));
    for (const a of json.articles || []) {
      const rows = await KG.select(`SELECT ?article ?ent (MIN(?l) AS ?label) (GROUP_CONCAT(DISTINCT ?t; separator=" ") AS ?types) WHERE {
          GRAPH ${KG.iri(a.graph)} { ?article a nkg:Article . OPTIONAL { ?article nkg:mentionsEntity ?ent . OPTIONAL { ?ent rdfs:label ?l }
            OPTIONAL { ?ent a ?c . FILTER(STRSTARTS(STR(?c), STR(nkg:))) BIND(STRAFTER(STR(?c), STR(nkg:)) AS ?t) } } }
        } GROUP BY ?article ?ent ORDER BY ?label LIMIT 500`);
      const article = rows.length ? rows[0].article : null;
      const box = KG.el('div', { class: 'upload-graph' });
      parts.push(KG.el('h2', {}, 'Added: ' + (a.title || a.graph)),
        KG.el('p', {}, a.triples + ' triples. ', article ? KG.el('a', { href: KG.articleHref(article), id: 'upload-article-link' }, 'Open the article') : null),
        KG.el('ul', { class: 'results', id: 'upload-entities' }, rows.filter(r => r.ent).map(r => KG.el('li', {},
          KG.typeBadge(KG.mainType(r.types)), KG.entityLink(r.ent, r.label)))), box);
      if (article) {
        const evs = await KG.select(`SELECT ?event ?t (MIN(?l) AS ?label) ?p (MIN(?pl) AS ?pLabel) (MIN(?pt) AS ?pType) WHERE {
            GRAPH ${KG.iri(a.graph)} { ?event nkg:inArticle ?a ; nkg:evidence ?any ; a ?c ; nkg:participant ?p .
              FILTER(STRSTARTS(STR(?c), STR(nkg:))) BIND(STRAFTER(STR(?c), STR(nkg:)) AS ?t)
              OPTIONAL { ?event rdfs:label ?l } OPTIONAL { ?p rdfs:label ?pl }
              OPTIONAL { ?p a ?pc . FILTER(STRSTARTS(STR(?pc), STR(nkg:))) BIND(STRAFTER(STR(?pc), STR(nkg:)) AS ?pt) } }
          } GROUP BY ?event ?t ?p LIMIT 1000`);
        if (evs.length) graphs.push(() => Article.graph(box, [...KG.groupBy(evs, 'event')]));
      }
    }
    out.replaceChildren(...parts);
    const first = out.querySelector('h2, [role=alert]');
    if (first) { first.setAttribute('tabindex', '-1'); first.focus(); }
    graphs.forEach(draw => draw());   // Cytoscape measures its box: it must be in the page first
  },

  /** Base64 of the UTF-8 bytes (btoa alone takes only Latin-1). */
  base64(s) {
    return btoa(Array.from(new TextEncoder().encode(s), b => String.fromCharCode(b)).join(''));
  }
};
