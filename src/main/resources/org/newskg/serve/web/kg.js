/* Shared helpers of the page: SPARQL over the server's own endpoint, safe DOM building, links. */
'use strict';
const KG = {
  endpoint: 'kg/sparql',
  ENTITY: 'https://w3id.org/newskg/id/entity/',
  NKG: 'https://w3id.org/newskg/ontology#',
  PREFIXES: 'PREFIX nkg: <https://w3id.org/newskg/ontology#>\n'
    + 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n'
    + 'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n',

  /** Runs a SELECT query; resolves to rows of plain strings (unbound variables are absent). */
  async select(query) {
    const resp = await fetch(KG.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: new URLSearchParams({ query: KG.PREFIXES + query })
    });
    if (!resp.ok) throw new Error('The endpoint answered ' + resp.status + ': ' + (await resp.text()).slice(0, 300));
    const json = await resp.json();
    return json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  },

  /** An IRI as a SPARQL term; refuses characters an IRI cannot hold (the value comes from the address bar). */
  iri(value) {
    if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(value)) throw new Error('Not an IRI: ' + value);
    return '<' + value + '>';
  },

  /** A string as a SPARQL literal. */
  str(value) {
    return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
  },

  /** Builds an element: el('a', {href: '#'}, 'text', child...). Text is never parsed as HTML. */
  el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      node.append(c instanceof Node ? c : String(c));
    }
    return node;
  },

  /** Replaces the view's content and moves focus to its heading, for keyboard and screen-reader users. */
  show(...children) {
    const view = document.getElementById('view');
    view.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
    const h1 = view.querySelector('h1');
    if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus(); }
  },

  fail(err) {
    KG.show(KG.el('h1', {}, 'Something went wrong'), KG.el('p', { class: 'error', role: 'alert' }, String(err.message || err)));
  },

  entityHref: iri => '#/entity/' + encodeURIComponent(iri),
  articleHref: (iri, begin, end) => '#/article/' + encodeURIComponent(iri) + (begin !== undefined ? '/' + begin + '-' + end : ''),
  eventHref: iri => '#/event/' + encodeURIComponent(iri),

  /** The local name of an ontology class ("PhoneCall"), split into words for reading ("Phone call"). */
  words(type) {
    const s = (type || '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return s.charAt(0).toUpperCase() + s.slice(1);
  },

  typeBadge: type => KG.el('span', { class: 'badge t-' + type }, KG.words(type)),

  entityLink(iri, label, type) {
    return KG.el('a', { href: KG.entityHref(iri), class: type ? 't-' + type : null }, label || iri.replace(KG.ENTITY, ''));
  },

  /** Groups rows by a key, keeping the first row's order. */
  groupBy(rows, key) {
    const groups = new Map();
    for (const r of rows) {
      const k = r[key];
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(r);
    }
    return groups;
  },

  /** The most specific newskg class of a list ("Entity Person" gives "Person"). */
  mainType(types) {
    const list = (types || '').split(' ').filter(t => t);
    return list.find(t => t !== 'Entity' && t !== 'Place' && t !== 'Organization') || list.find(t => t !== 'Entity') || list[0] || 'Entity';
  }
};
