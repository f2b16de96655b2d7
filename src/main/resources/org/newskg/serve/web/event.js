/* An event's page: what, when, where, who (and who acted on whom), and every sentence telling it. */
'use strict';
const EventPage = {
  async view(iri) {
    const V = KG.iri(iri);
    const [facts, who, evidence] = await Promise.all([
      KG.select(`SELECT ?t ?label ?date ?status ?cameo ?cameoLabel ?place ?placeLabel ?article ?title WHERE {
          ${V} a ?c . FILTER(STRSTARTS(STR(?c), STR(nkg:))) BIND(STRAFTER(STR(?c), STR(nkg:)) AS ?t)
          OPTIONAL { ${V} rdfs:label ?label } OPTIONAL { ${V} nkg:eventDate ?date } OPTIONAL { ${V} nkg:eventStatus ?status }
          OPTIONAL { ${V} nkg:cameoCode ?cameo } OPTIONAL { ${V} nkg:cameoLabel ?cameoLabel }
          OPTIONAL { ${V} nkg:place ?place . OPTIONAL { ?place rdfs:label ?placeLabel } }
          OPTIONAL { ${V} nkg:inArticle ?article . OPTIONAL { ?article nkg:headline ?title } }
        } LIMIT 20`),
      KG.select(`SELECT ?p (MIN(?pl) AS ?label) (GROUP_CONCAT(DISTINCT ?r; separator=" ") AS ?roles) WHERE {
          VALUES ?rel { nkg:participant nkg:hostedBy nkg:sourceActor nkg:targetActor }
          ${V} ?rel ?p . BIND(STRAFTER(STR(?rel), STR(nkg:)) AS ?r) OPTIONAL { ?p rdfs:label ?pl }
        } GROUP BY ?p ORDER BY ?label LIMIT 100`),
      KG.select(`SELECT ?sentence ?sb ?b ?e ?article ?title WHERE { ${Evidence.pattern(V)} FILTER(BOUND(?ev)) } ORDER BY ?b LIMIT 50`)
    ]);
    if (!facts.length) return KG.show(KG.el('h1', {}, 'No such event'), KG.el('p', {}, iri));
    const f = facts[0];
    const role = { sourceActor: 'acting', targetActor: 'acted on', hostedBy: 'host' };
    KG.show(
      KG.el('h1', {}, KG.words(f.t) + (f.label ? ': ' + f.label : '')),
      KG.el('dl', { class: 'event-facts' },
        KG.el('dt', {}, 'When'), KG.el('dd', {}, f.date || 'not said'),
        f.status ? [KG.el('dt', {}, 'Status'), KG.el('dd', {}, f.status)] : null,
        f.place ? [KG.el('dt', {}, 'Where'), KG.el('dd', {}, KG.entityLink(f.place, f.placeLabel))] : null,
        KG.el('dt', {}, 'Who'), KG.el('dd', {}, who.length ? KG.el('ul', { class: 'facts', id: 'participants' }, who.map(p => KG.el('li', {},
          KG.entityLink(p.p, p.label),
          ...p.roles.split(' ').filter(r => role[r]).map(r => KG.el('span', { class: 'muted' }, ' (' + role[r] + ')'))))) : 'not said'),
        f.cameo ? [KG.el('dt', {}, 'CAMEO'), KG.el('dd', {}, f.cameo + ' ' + (f.cameoLabel || ''))] : null,
        f.article ? [KG.el('dt', {}, 'Article'), KG.el('dd', {}, KG.el('a', { href: KG.articleHref(f.article) }, f.title || f.article))] : null),
      KG.el('h2', {}, 'Evidence'),
      KG.el('div', { id: 'event-evidence' }, evidence.map(Evidence.render)));
  }
};
