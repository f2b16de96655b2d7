/* The router: the part of the address after # names the view (#/entity/IRI, #/article/IRI/BEGIN-END, ...). */
'use strict';
(function () {
  const routes = [
    [/^#\/entity\/([^/]+)$/, m => Entity.view(decodeURIComponent(m[1]))],
    [/^#\/event\/([^/]+)$/, m => EventPage.view(decodeURIComponent(m[1]))],
    [/^#\/article\/([^/]+)(?:\/(\d+)-(\d+))?$/, m => Article.view(decodeURIComponent(m[1]), m[2], m[3])],
    [/^#\/articles$/, () => Article.list()],
    [/^#\/search\/(.*)$/, m => Search.view(decodeURIComponent(m[1]))],
    [/^#\/sparql$/, () => Queries.view()],
    [/^#\/upload$/, () => Upload.view()],
    [/^(#\/?)?$/, () => Search.view('')]
  ];
  const route = () => {
    const hash = location.hash;
    for (const [pattern, view] of routes) {
      const m = hash.match(pattern);
      if (m) {
        document.querySelectorAll('nav a').forEach(a => a.getAttribute('href') === hash ? a.setAttribute('aria-current', 'page') : a.removeAttribute('aria-current'));
        return Promise.resolve().then(() => view(m)).catch(KG.fail);
      }
    }
    KG.show(KG.el('h1', {}, 'Not found'), KG.el('p', {}, 'Nothing lives at ' + hash + '.'));
  };
  document.getElementById('search-form').addEventListener('submit', e => {
    e.preventDefault();
    location.hash = '#/search/' + encodeURIComponent(document.getElementById('search-box').value.trim());
  });
  window.addEventListener('hashchange', route);
  route();
})();
