/* The articles: a list, and each article's text with its mentions marked and linked, its graph,
   its events, roles and statements. */
'use strict';
const Article = {
  async list() {
    const rows = await KG.select(`SELECT ?article (MIN(?h) AS ?title) (MIN(?s) AS ?source) (MIN(?d) AS ?published) WHERE {
        ?article a nkg:Article . OPTIONAL { ?article nkg:headline ?h } OPTIONAL { ?article nkg:source ?s }
        OPTIONAL { ?article nkg:datePublished ?d } } GROUP BY ?article ORDER BY DESC(?published) ?article LIMIT 200`);
    KG.show(KG.el('h1', {}, 'Articles'),
      KG.el('ul', { class: 'results' }, rows.map(r => KG.el('li', {},
        KG.el('a', { href: KG.articleHref(r.article) }, r.title || r.article),
        KG.el('span', { class: 'muted' }, [r.source, r.published && r.published.slice(0, 10)].filter(x => x).map(x => ' · ' + x).join(''))))),
      rows.length === 200 ? KG.el('p', { class: 'muted' }, 'The newest 200; use SPARQL for the others.') : null);
  },

  async view(iri, begin, end) {
    const A = KG.iri(iri);
    const [meta, mentions, events, roles, statements] = await Promise.all([
      KG.select(`SELECT ?title ?text ?source ?published ?byline ?url WHERE { ${A} nkg:articleText ?text .
          OPTIONAL { ${A} nkg:headline ?title } OPTIONAL { ${A} nkg:source ?source } OPTIONAL { ${A} nkg:byline ?byline }
          OPTIONAL { ${A} nkg:datePublished ?published } OPTIONAL { ${A} nkg:url ?url } } LIMIT 1`),
      KG.select(`SELECT ?b ?e ?ent (MIN(?l) AS ?label) (GROUP_CONCAT(DISTINCT ?t; separator=" ") AS ?types) WHERE {
          ?m nkg:inArticle ${A} ; nkg:refersTo ?ent ; nkg:beginIndex ?b ; nkg:endIndex ?e .
          OPTIONAL { ?ent rdfs:label ?l }
          OPTIONAL { ?ent a ?c . FILTER(STRSTARTS(STR(?c), STR(nkg:))) BIND(STRAFTER(STR(?c), STR(nkg:)) AS ?t) }
        } GROUP BY ?b ?e ?ent ORDER BY ?b LIMIT 5000`),
      KG.select(`SELECT ?event ?t (MIN(?l) AS ?label) (MIN(?d) AS ?date) ?p (MIN(?pl) AS ?pLabel) (MIN(?pt) AS ?pType) WHERE {
          ?event nkg:inArticle ${A} ; a ?c . FILTER(STRSTARTS(STR(?c), STR(nkg:)))
          FILTER EXISTS { ?event nkg:evidence ?any }
          FILTER NOT EXISTS { ?event a nkg:Statement } FILTER NOT EXISTS { ?event a nkg:PositionHolding }
          BIND(STRAFTER(STR(?c), STR(nkg:)) AS ?t)
          OPTIONAL { ?event rdfs:label ?l } OPTIONAL { ?event nkg:eventDate ?d }
          OPTIONAL { ?event nkg:participant|nkg:hostedBy ?p . OPTIONAL { ?p rdfs:label ?pl }
                     OPTIONAL { ?p a ?pc . FILTER(STRSTARTS(STR(?pc), STR(nkg:))) BIND(STRAFTER(STR(?pc), STR(nkg:)) AS ?pt) } }
        } GROUP BY ?event ?t ?p ORDER BY ?event LIMIT 1000`),
      KG.select(`SELECT ?person (MIN(?n) AS ?name) ?title ?of (MIN(?ol) AS ?ofLabel) ?b ?e WHERE {
          ?h a nkg:PositionHolding ; nkg:holder ?person ; nkg:position ?p ; nkg:evidence ?ev .
          ?ev nkg:inArticle ${A} ; nkg:beginIndex ?b ; nkg:endIndex ?e . ?p nkg:title ?title .
          OPTIONAL { ?person rdfs:label ?n } OPTIONAL { ?p nkg:positionOf ?of . OPTIONAL { ?of rdfs:label ?ol } }
        } GROUP BY ?person ?title ?of ?b ?e ORDER BY ?b LIMIT 500`),
      KG.select(`SELECT ?st ?speaker (MIN(?sl) AS ?speakerLabel) ?text ?b ?e WHERE {
          ?st a nkg:Statement ; nkg:inArticle ${A} ; nkg:speaker ?speaker ; nkg:statementText ?text ;
              nkg:beginIndex ?b ; nkg:endIndex ?e . OPTIONAL { ?speaker rdfs:label ?sl }
        } GROUP BY ?st ?speaker ?text ?b ?e ORDER BY ?b LIMIT 500`)
    ]);
    if (!meta.length) return KG.show(KG.el('h1', {}, 'No such article'), KG.el('p', {}, iri));
    const m = meta[0];
    const evs = [...KG.groupBy(events, 'event')];
    const jump = (b, e, text) => KG.el('a', { href: KG.articleHref(iri, b, e) }, text);
    const graphBox = KG.el('div', { id: 'article-graph' });
    KG.show(
      KG.el('h1', {}, m.title || 'Untitled article'),
      KG.el('p', { class: 'muted' }, [m.source, m.byline, m.published].filter(x => x).join(' · '),
        m.url ? [' · ', KG.el('a', { href: m.url, rel: 'noopener' }, 'original')] : null),
      Graph.legend(),
      KG.el('section', { 'aria-labelledby': 'h-text' }, KG.el('h2', { id: 'h-text' }, 'Text'),
        KG.el('div', { class: 'article-text', id: 'article-text' }, Article.marked(m.text, mentions, Number(begin), Number(end)))),
      KG.el('section', { 'aria-labelledby': 'h-agraph' }, KG.el('h2', { id: 'h-agraph' }, 'Graph'),
        evs.length ? graphBox : KG.el('p', { class: 'muted' }, 'No events found in this article.')),
      KG.el('section', { 'aria-labelledby': 'h-aevents' }, KG.el('h2', { id: 'h-aevents' }, 'Events'),
        KG.el('ul', { class: 'facts' }, evs.map(([ev, rows]) => KG.el('li', {},
          KG.el('span', { class: 'when' }, rows[0].date || 'undated'), KG.el('span', { class: 'badge t-Event' }, KG.words(rows[0].t)),
          KG.el('a', { href: KG.eventHref(ev) }, rows[0].label || KG.words(rows[0].t)),
          rows.some(r => r.p) ? [' with ', rows.filter(r => r.p).flatMap((r, i) => [i ? ', ' : '', KG.entityLink(r.p, r.pLabel)])] : null)))),
      KG.el('section', { 'aria-labelledby': 'h-aroles' }, KG.el('h2', { id: 'h-aroles' }, 'Roles'),
        KG.el('ul', { class: 'facts' }, roles.map(r => KG.el('li', {}, KG.entityLink(r.person, r.name), ': ', r.title,
          r.of ? [' of ', KG.entityLink(r.of, r.ofLabel)] : null, ' ', jump(r.b, r.e, '(in the text)'))))),
      KG.el('section', { 'aria-labelledby': 'h-astatements' }, KG.el('h2', { id: 'h-astatements' }, 'Statements'),
        KG.el('ul', { class: 'facts' }, statements.map(s => KG.el('li', {}, KG.entityLink(s.speaker, s.speakerLabel), ': ',
          KG.el('span', { class: 'quote' }, '“' + s.text + '”'), ' ', jump(s.b, s.e, '(in the text)'))))));
    if (evs.length) Article.graph(graphBox, evs);
    const target = document.getElementById('at-' + begin);
    if (target) target.scrollIntoView({ block: 'center' });
  },

  /** The article's events and their participants as a graph; entity nodes expand to whom they talked with or met. */
  graph(box, evs) {
    const nodes = [], edges = [];
    for (const [ev, rows] of evs) {
      nodes.push({ id: ev, label: rows[0].label || KG.words(rows[0].t), type: rows[0].t });
      for (const r of rows.filter(x => x.p)) {
        nodes.push({ id: r.p, label: r.pLabel || r.p, type: KG.mainType(r.pType) });
        edges.push({ source: ev, target: r.p, label: '' });
      }
    }
    Graph.create(box, { nodes, edges }, (id, t) => Graph.isEvent(t) ? null : Graph.neighbours(id));
  },

  /**
   * The text as nodes: mentions become links coloured by type; the span [begin, end), when given, is marked.
   * Overlapping mentions keep the first (longest at equal start).
   */
  marked(text, mentions, begin, end) {
    const spans = [];
    let last = 0;
    for (const m of mentions.map(x => ({ ...x, b: Number(x.b), e: Number(x.e) })).sort((x, y) => x.b - y.b || y.e - x.e)) {
      if (m.b >= last && m.e <= text.length) { spans.push(m); last = m.e; }
    }
    const out = [];
    let markId = 'at-' + begin;
    const mark = child => { const node = KG.el('mark', { id: markId }, child); markId = null; return node; };
    const piece = (from, to) => {
      // Plain text between mentions, with the marked span (if it falls there) cut out.
      if (from >= to) return;
      if (begin < to && end > from) {
        const b = Math.max(begin, from), e = Math.min(end, to);
        out.push(text.slice(from, b), mark(text.slice(b, e)), text.slice(e, to));
      } else out.push(text.slice(from, to));
    };
    let pos = 0;
    for (const m of spans) {
      piece(pos, m.b);
      const type = KG.mainType(m.types);
      const link = KG.el('a', { class: 'm t-' + type, href: KG.entityHref(m.ent), title: (m.label || '') + ' (' + KG.words(type) + ')' }, text.slice(m.b, m.e));
      out.push(begin < m.e && end > m.b ? mark(link) : link);
      pos = m.e;
    }
    piece(pos, text.length);
    return out;
  }
};
