/* The sentence a fact was read from, with the words that tell it marked, and a link into the article. */
'use strict';
const Evidence = {
  /**
   * row: { sentence, sb (sentence begin), b, e (the words' half-open offsets in the article text), article, title }.
   * Offsets count UTF-16 code units, as JavaScript strings do.
   */
  render(row) {
    if (!row.sentence) return null;
    const sb = Number(row.sb), b = Number(row.b) - sb, e = Number(row.e) - sb;
    const s = row.sentence;
    const inside = b >= 0 && e <= s.length && b < e;
    const quote = inside
      ? [s.slice(0, b), KG.el('mark', {}, s.slice(b, e)), s.slice(e)]
      : [s];
    return KG.el('blockquote', { class: 'evidence' },
      KG.el('span', { class: 'sentence' }, quote), ' ',
      row.article ? KG.el('a', { href: KG.articleHref(row.article, row.b, row.e) },
        row.title ? 'in “' + row.title + '”' : 'in the article') : null);
  },

  /** The SPARQL pattern binding ?sentence ?sb ?b ?e ?article and the headline (?title) for the evidence of a fact node. */
  pattern(node, headline = '?title') {
    return `OPTIONAL { ${node} nkg:evidence ?ev . ?ev nkg:beginIndex ?b ; nkg:endIndex ?e ; nkg:inArticle ?article ;
                 nkg:inSentence ?sen . ?sen nkg:anchorOf ?sentence ; nkg:beginIndex ?sb .
                 OPTIONAL { ?article nkg:headline ${headline} } }`;
  }
};
