/* Search over entity labels and the names the articles use for them (aliases such as a surname). */
'use strict';
const Search = {
  async view(term) {
    document.getElementById('search-box').value = term || '';
    if (!term) return Search.home();
    const t = term.trim().toLowerCase();
    const rows = await KG.select(`
      SELECT ?e (MIN(?l) AS ?label) (GROUP_CONCAT(DISTINCT ?t; separator=" ") AS ?types) (MIN(?q) AS ?qid) ?aliases
      WHERE {
        { SELECT ?e (GROUP_CONCAT(DISTINCT ?name; separator="|") AS ?aliases) WHERE {
            { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } UNION { ?m nkg:refersTo ?e ; nkg:anchorOf ?name }
            FILTER(STRSTARTS(STR(?e), "${KG.ENTITY}"))
            FILTER(CONTAINS(LCASE(STR(?name)), ${KG.str(t)}))
          } GROUP BY ?e LIMIT 50 }
        OPTIONAL { ?e rdfs:label ?l }
        OPTIONAL { ?e a ?c . FILTER(STRSTARTS(STR(?c), STR(nkg:))) BIND(STRAFTER(STR(?c), STR(nkg:)) AS ?t) }
        OPTIONAL { ?e nkg:wikidataId ?q }
      } GROUP BY ?e ?aliases ORDER BY ?label LIMIT 50`);
    // Exact names first, then names that start with the term, then the rest.
    const rank = r => (r.label || '').toLowerCase() === t ? 0 : (r.label || '').toLowerCase().startsWith(t) ? 1 : 2;
    rows.sort((a, b) => rank(a) - rank(b));
    KG.show(KG.el('h1', {}, 'Entities matching “' + term + '”'),
      rows.length === 0 ? KG.el('p', {}, 'Nothing found. Try another spelling or a part of the name.') :
        KG.el('ul', { class: 'results', id: 'search-results' }, rows.map(r => {
          const type = KG.mainType(r.types);
          const other = (r.aliases || '').split('|').filter(a => a && a !== r.label);
          return KG.el('li', {},
            KG.typeBadge(type), KG.entityLink(r.e, r.label),
            r.qid ? KG.el('span', { class: 'muted' }, ' · ', r.qid) : null,
            other.length ? KG.el('div', { class: 'muted' }, 'Also written: ' + other.slice(0, 8).join(', ')) : null);
        })),
      rows.length === 50 ? KG.el('p', { class: 'muted' }, 'The first 50 matches; type more of the name to narrow them.') : null);
  },

  async home() {
    const rows = await KG.select(`
      SELECT ?e (MIN(?l) AS ?label) (GROUP_CONCAT(DISTINCT ?t; separator=" ") AS ?types) ?n WHERE {
        { SELECT ?e (COUNT(?m) AS ?n) WHERE { ?m nkg:refersTo ?e } GROUP BY ?e ORDER BY DESC(?n) LIMIT 20 }
        OPTIONAL { ?e rdfs:label ?l }
        OPTIONAL { ?e a ?c . FILTER(STRSTARTS(STR(?c), STR(nkg:))) BIND(STRAFTER(STR(?c), STR(nkg:)) AS ?t) }
      } GROUP BY ?e ?n ORDER BY DESC(?n) ?label`);
    KG.show(KG.el('h1', {}, 'Explore the news graph'),
      KG.el('p', {}, 'Search for a person, organization or place above, browse the ',
        KG.el('a', { href: '#/articles' }, 'articles'), ', or ask the graph with ', KG.el('a', { href: '#/sparql' }, 'SPARQL'), '.'),
      KG.el('h2', {}, 'Most mentioned'),
      KG.el('ul', { class: 'results' }, rows.map(r => KG.el('li', {},
        KG.typeBadge(KG.mainType(r.types)), KG.entityLink(r.e, r.label), KG.el('span', { class: 'muted' }, ' · ' + r.n + ' mentions')))));
  }
};
