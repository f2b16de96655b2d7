/* Interactive graphs (Cytoscape.js): nodes coloured by type; click or Enter expands a node; drag and zoom. */
'use strict';
const Graph = {
  COLOURS: { person: '#1d4ed8', org: '#7e22ce', place: '#047857', event: '#b45309', other: '#4b5563' },
  KIND: {
    Person: 'person', Organization: 'org', NewsAgency: 'org', PoliticalParty: 'org', Company: 'org',
    Place: 'place', Country: 'place', City: 'place', Region: 'place', Subdivision: 'place', Facility: 'place',
    HistoricalCountry: 'place', NamedEvent: 'event'
  },
  kind(type) { return Graph.KIND[type] || (Graph.isEvent(type) ? 'event' : 'other'); },
  /** Types that are not entity classes are event classes (PhoneCall, Summit, ...). */
  isEvent(type) { return !(type in Graph.KIND) && !['Nationality', 'Law', 'Work', 'Entity'].includes(type); },

  /** The people, organizations and places an entity talked with or met, with the relation's name. */
  async neighbours(iri) {
    const rows = await KG.select(`
      SELECT ?o (MIN(?ol) AS ?label) (GROUP_CONCAT(DISTINCT ?t; separator=" ") AS ?types)
             (GROUP_CONCAT(DISTINCT ?r; separator=" ") AS ?rels)
      WHERE {
        VALUES ?rel { nkg:talkedWith nkg:met }
        { ${KG.iri(iri)} ?rel ?o } UNION { ?o ?rel ${KG.iri(iri)} }
        BIND(STRAFTER(STR(?rel), STR(nkg:)) AS ?r)
        OPTIONAL { ?o rdfs:label ?ol }
        OPTIONAL { ?o a ?c . FILTER(STRSTARTS(STR(?c), STR(nkg:))) BIND(STRAFTER(STR(?c), STR(nkg:)) AS ?t) }
      } GROUP BY ?o ORDER BY ?label LIMIT 100`);
    return {
      nodes: rows.map(r => ({ id: r.o, label: r.label || r.o, type: KG.mainType(r.types) })),
      edges: rows.map(r => ({ source: iri, target: r.o, label: r.rels.split(' ').map(x => x === 'talkedWith' ? 'talked with' : x).join(', ') }))
    };
  },

  /**
   * Draws a graph in box (an element); start: { nodes: [{id, label, type}], edges: [{source, target, label}] }.
   * expand(id) resolves to more nodes and edges, or null for a node that does not expand (an event).
   */
  create(box, start, expand) {
    const canvas = KG.el('div', { class: 'graph', role: 'img', 'aria-label': 'Graph; the list beside it holds the same nodes' });
    const list = KG.el('ul', { class: 'facts' });
    const status = KG.el('p', { class: 'muted', 'aria-live': 'polite' }, 'Click a node (or its button) to expand it; drag to move, scroll to zoom.');
    box.replaceChildren(KG.el('div', { class: 'graph-box' }, canvas,
      KG.el('div', {}, KG.el('h3', {}, 'Nodes'), status, list)), Graph.legend());
    const cy = cytoscape({
      container: canvas,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(colour)', label: 'data(label)', color: '#1b1f24', 'font-size': 12,
          'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-valign': 'bottom', 'text-margin-y': 4,
          width: 22, height: 22 } },
        { selector: 'node[?root]', style: { width: 32, height: 32, 'border-width': 3, 'border-color': '#1b1f24' } },
        { selector: 'node[?expanded]', style: { 'border-width': 2, 'border-color': '#1b1f24' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#c2410c' } },
        { selector: 'edge', style: {
          width: 2, 'line-color': '#9aa5b1', label: 'data(label)', 'font-size': 10, color: '#4a5360',
          'text-background-color': '#ffffff', 'text-background-opacity': 1, 'curve-style': 'bezier' } }
      ]
    });
    const expanded = new Set();
    const add = part => {
      for (const n of part.nodes) {
        if (cy.getElementById(n.id).empty()) {
          cy.add({ group: 'nodes', data: { id: n.id, label: n.label, type: n.type, colour: Graph.COLOURS[Graph.kind(n.type)], root: !!n.root } });
        }
      }
      for (const e of part.edges) {
        const id = e.source < e.target ? e.source + ' ' + e.target : e.target + ' ' + e.source;
        if (cy.getElementById(id).empty()) cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, label: e.label } });
      }
      cy.layout({ name: cy.nodes().length > 2 ? 'cose' : 'grid', animate: false, padding: 20, randomize: false, nodeDimensionsIncludeLabels: true }).run();
      Graph.renderList(cy, list, open);
    };
    const open = async id => {
      cy.nodes().unselect();
      cy.getElementById(id).select();
      if (expanded.has(id)) return;
      expanded.add(id);
      const more = await expand(id, cy.getElementById(id).data('type'));
      cy.getElementById(id).data('expanded', true);
      if (more && more.nodes.length) {
        add(more);
        status.textContent = 'Expanded ' + cy.getElementById(id).data('label') + ': ' + more.nodes.length + ' neighbours.';
      } else {
        status.textContent = cy.getElementById(id).data('label') + ' has nothing more to show.';
        Graph.renderList(cy, list, open);
      }
    };
    cy.on('tap', 'node', ev => open(ev.target.id()).catch(KG.fail));
    add(start);
    for (const n of start.nodes) if (n.root) { expanded.add(n.id); cy.getElementById(n.id).data('expanded', true); }
    Graph.renderList(cy, list, open);
    return cy;
  },

  /** The keyboard-usable twin of the canvas: each node with its page and an expand button. */
  renderList(cy, list, open) {
    list.replaceChildren(...cy.nodes().sort((a, b) => a.data('label').localeCompare(b.data('label'))).map(n => {
      const id = n.id(), type = n.data('type');
      const page = Graph.isEvent(type) ? KG.eventHref(id) : KG.entityHref(id);
      return KG.el('li', {},
        KG.el('span', { class: 'badge t-' + type }, KG.words(type)),
        KG.el('a', { href: page }, n.data('label')), ' ',
        n.data('expanded') ? null : KG.el('button', { type: 'button', class: 'plain', onclick: () => open(id).catch(KG.fail),
          'aria-label': 'Expand ' + n.data('label') }, 'Expand'));
    }));
  },

  legend() {
    const names = { person: 'Person', org: 'Organization', place: 'Place', event: 'Event', other: 'Other' };
    return KG.el('ul', { class: 'legend', 'aria-label': 'Colours' }, Object.entries(names).map(([k, v]) =>
      KG.el('li', {}, KG.el('span', { class: 'dot', style: 'background:' + Graph.COLOURS[k] }), v)));
  }
};
