// Enhancements only: every page works without this script.
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || '/';

  // Learner pages opened today stay readable without a connection (see sw.js).
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(root + 'sw.js', { scope: root }).catch(function () { /* not offered */ });
  }

  // Say so when the server cannot be reached: the page is then the copy saved when it was last opened.
  var banner = document.getElementById('offline');
  function show(offline) {
    banner.hidden = !offline;
    var saved = document.getElementById('offline-saved');
    var at = document.body.getAttribute('data-rendered-at');
    if (offline && saved && at) {
      saved.textContent = new Date(at).toLocaleString(document.documentElement.lang);
    }
  }
  function showConnection() {
    if (!banner) { return; }
    if (!navigator.onLine) { show(true); return; }
    // A phone can be "online" with no way to the server: ask the server itself (the service worker lets this pass).
    fetch(root + 'offline', { method: 'HEAD', cache: 'no-store' })
      .then(function () { show(false); }, function () { show(true); });
  }
  window.addEventListener('online', showConnection);
  window.addEventListener('offline', showConnection);
  showConnection();

  // The language chooser applies at once; its button stays for those without this script.
  var chooser = document.getElementById('language-choice');
  if (chooser && chooser.form) {
    chooser.addEventListener('change', function () { chooser.form.submit(); });
  }

  // The offline page lists the pages saved today.
  var list = document.getElementById('saved-pages');
  if (list && 'caches' in window) {
    caches.open('flourish-pages').then(function (cache) {
      return cache.keys().then(function (requests) {
        requests.forEach(function (request) {
          cache.match(request).then(function (response) { return response.text(); }).then(function (html) {
            var title = new DOMParser().parseFromString(html, 'text/html').title || request.url;
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = request.url;
            link.textContent = title;
            item.appendChild(link);
            list.appendChild(item);
          });
        });
      });
    });
  }
}());
