/* An entity's page: types, Wikidata link, roles over time, events as a timeline, whom it talked with
   or met (graph), statements, articles; every fact with its evidence sentence. */
'use strict';
const Entity = {
  async view(iri) {
    const E = KG.iri(iri);
    const [info, roles, events, people, statements, articles] = await Promise.all([
      KG.select(`SELECT ?label ?t ?qid WHERE {
          OPTIONAL { ${E} rdfs:label ?label }
          OPTIONAL { ${E} a ?c . FILTER(STRSTARTS(STR(?c), STR(nkg:))) BIND(STRAFTER(STR(?c), STR(nkg:)) AS ?t) }
          OPTIONAL { ${E} nkg:wikidataId ?qid } } LIMIT 50`),
      KG.select(`SELECT ?title ?of ?ofLabel ?date ?endedBy ?sentence ?sb ?b ?e ?article ?title2 WHERE {
          ?h a nkg:PositionHolding ; nkg:holder ${E} ; nkg:position ?p . ?p nkg:title ?title .
          OPTIONAL { ?p nkg:positionOf ?of . OPTIONAL { ?of rdfs:label ?ofLabel } }
          OPTIONAL { ?h nkg:roleDate ?date } OPTIONAL { ?h nkg:endedBy ?endedBy }
          ${Evidence.pattern('?h', '?title2')}
        } ORDER BY ?date ?title LIMIT 200`),
      Entity.events(E),
      Graph.neighbours(iri),
      KG.select(`SELECT ?st ?text ?date ?kind ?sentence ?sb ?b ?e ?article ?title WHERE {
          ?st a nkg:Statement ; nkg:speaker ${E} ; nkg:statementText ?text ; nkg:beginIndex ?pos .
          OPTIONAL { ?st nkg:statementDate ?date } OPTIONAL { ?st nkg:statementKind ?kind }
          ${Evidence.pattern('?st')}
        } ORDER BY (!BOUND(?date)) STR(?date) ?st ?pos LIMIT 200`),
      KG.select(`SELECT ?article (MIN(?h) AS ?title) (MIN(?d) AS ?published) WHERE {
          ?article nkg:mentionsEntity ${E} . OPTIONAL { ?article nkg:headline ?h } OPTIONAL { ?article nkg:datePublished ?d }
        } GROUP BY ?article ORDER BY DESC(?published) LIMIT 100`)
    ]);
    const label = (info.find(r => r.label) || {}).label || iri.replace(KG.ENTITY, '');
    const types = [...new Set(info.map(r => r.t).filter(t => t))];
    const qid = (info.find(r => r.qid) || {}).qid;
    const type = KG.mainType(types.join(' '));
    const graphBox = KG.el('div', { id: 'entity-graph' });
    KG.show(
      KG.el('h1', {}, label),
      KG.el('p', {}, types.map(KG.typeBadge),
        qid ? KG.el('a', { href: 'https://www.wikidata.org/wiki/' + encodeURIComponent(qid), rel: 'noopener' }, 'Wikidata ' + qid)
            : KG.el('span', { class: 'muted' }, 'Not linked to Wikidata')),
      KG.el('section', { 'aria-labelledby': 'h-roles' }, KG.el('h2', { id: 'h-roles' }, 'Roles over time'), Entity.roles(roles)),
      KG.el('section', { 'aria-labelledby': 'h-events' }, KG.el('h2', { id: 'h-events' }, 'Events'), Entity.timeline(events, iri)),
      KG.el('section', { 'aria-labelledby': 'h-graph' }, KG.el('h2', { id: 'h-graph' }, 'Talked with or met'),
        people.nodes.length ? graphBox : KG.el('p', { class: 'muted' }, 'No phone call or meeting with another party is known.')),
      KG.el('section', { 'aria-labelledby': 'h-statements' }, KG.el('h2', { id: 'h-statements' }, 'Statements'), Entity.statements(statements)),
      KG.el('section', { 'aria-labelledby': 'h-articles' }, KG.el('h2', { id: 'h-articles' }, 'Articles mentioning ' + label),
        KG.el('ul', { class: 'results' }, articles.map(a => KG.el('li', {},
          KG.el('a', { href: KG.articleHref(a.article) }, a.title || a.article),
          a.published ? KG.el('span', { class: 'muted' }, ' · ' + a.published.slice(0, 10)) : null)))));
    if (people.nodes.length) {
      Graph.create(graphBox, { nodes: [{ id: iri, label, type, root: true }, ...people.nodes], edges: people.edges },
        (id, t) => Graph.isEvent(t) ? null : Graph.neighbours(id));
    }
  },

  /** The events the entity took part in (or hosted), one row per event, evidence and participants. */
  async events(E) {
    const [rows, parts] = await Promise.all([
      KG.select(`SELECT ?event ?t ?label ?date ?status ?sentence ?sb ?b ?e ?article ?title WHERE {
          ?event nkg:participant|nkg:hostedBy ${E} ; a ?c . FILTER(STRSTARTS(STR(?c), STR(nkg:)))
          BIND(STRAFTER(STR(?c), STR(nkg:)) AS ?t)
          OPTIONAL { ?event rdfs:label ?label } OPTIONAL { ?event nkg:eventDate ?date }
          OPTIONAL { ?event nkg:eventStatus ?status }
          ${Evidence.pattern('?event')}
        } ORDER BY (!BOUND(?date)) STR(?date) ?event ?b LIMIT 400`),
      KG.select(`SELECT ?event ?p (MIN(?pl) AS ?label) WHERE {
          ?event nkg:participant|nkg:hostedBy ${E} ; nkg:participant ?p . FILTER(?p != ${E})
          OPTIONAL { ?p rdfs:label ?pl } } GROUP BY ?event ?p LIMIT 1000`)
    ]);
    const others = KG.groupBy(parts, 'event');
    return [...KG.groupBy(rows, 'event')].map(([event, list]) => ({ event, ...list[0], with: others.get(event) || [] }));
  },

  timeline(events, self) {
    if (!events.length) return KG.el('p', { class: 'muted' }, 'No events known.');
    return KG.el('ol', { class: 'timeline', id: 'timeline' }, events.map(ev => KG.el('li', { 'data-type': ev.t },
      KG.el('span', { class: 'when' }, ev.date || 'undated'),
      KG.el('span', { class: 'badge t-Event' }, KG.words(ev.t)),
      KG.el('a', { href: KG.eventHref(ev.event) }, ev.label || KG.words(ev.t)),
      ev.status ? KG.el('span', { class: 'muted' }, ' (' + ev.status + ')') : null,
      ev.with.length ? KG.el('span', {}, ' with ', ev.with.flatMap((p, i) => [i ? ', ' : '', KG.entityLink(p.p, p.label)])) : null,
      Evidence.render(ev))));
  },

  roles(rows) {
    if (!rows.length) return KG.el('p', { class: 'muted' }, 'No positions known.');
    const seen = new Set();
    return KG.el('ul', { class: 'facts' }, rows.filter(r => {
      const k = [r.title, r.of, r.date, r.endedBy, r.article].join('|');
      return !seen.has(k) && seen.add(k);
    }).map(r => KG.el('li', {},
      KG.el('span', { class: 'when' }, r.endedBy ? 'before ' + r.endedBy : (r.date || 'undated')),
      r.endedBy ? 'Former ' : '', r.title,
      r.of ? [' of ', KG.entityLink(r.of, r.ofLabel)] : null,
      Evidence.render({ ...r, title: r.title2 }))));
  },

  statements(rows) {
    if (!rows.length) return KG.el('p', { class: 'muted' }, 'No statements known.');
    return KG.el('ul', { class: 'facts' }, [...KG.groupBy(rows, 'st')].map(([, list]) => {
      const r = list[0];
      return KG.el('li', {},
        KG.el('span', { class: 'when' }, r.date || 'undated'),
        r.kind ? KG.el('span', { class: 'badge' }, r.kind) : null,
        KG.el('span', { class: 'quote' }, '“' + r.text + '”'),
        Evidence.render(r));
    }));
  }
};
