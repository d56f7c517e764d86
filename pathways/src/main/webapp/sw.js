// Keeps the mentor's learner pages opened today, so she can still read them without a connection.
// Pages come from the network first; only when it fails is the saved copy (from today) or the offline page shown.
'use strict';
var STATIC = 'flourish-static-v1';
var PAGES = 'flourish-pages';
var root = new URL('./', self.location).pathname;
var ASSETS = [root + 'static/app.css', root + 'static/app.js', root + 'static/icon.svg', root + 'offline'];

function today() {
  return new Date().toISOString().slice(0, 10);
}

function savedToday(response) {
  var saved = response && response.headers.get('X-Flourish-Saved');
  return saved && saved.slice(0, 10) === today();
}

// Copies from another day are children's data kept for no reason: they go.
function forgetOlderPages() {
  return caches.open(PAGES).then(function (cache) {
    return cache.keys().then(function (requests) {
      return Promise.all(requests.map(function (request) {
        return cache.match(request).then(function (response) {
          return savedToday(response) ? null : cache.delete(request);
        });
      }));
    });
  });
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(STATIC).then(function (cache) { return cache.addAll(ASSETS); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== STATIC && name !== PAGES; })
      .map(function (name) { return caches.delete(name); }));
  }).then(forgetOlderPages).then(function () { return self.clients.claim(); }));
});

function isLearnerPage(url) {
  return url.origin === self.location.origin && url.pathname.indexOf(root + 'learners') === 0;
}

function save(request, response) {
  return response.clone().blob().then(function (body) {
    var headers = new Headers(response.headers);
    headers.set('X-Flourish-Saved', new Date().toISOString());
    return caches.open(PAGES).then(function (cache) {
      return cache.put(request, new Response(body, { status: response.status, headers: headers }));
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.pathname.indexOf(root + 'static/') === 0) {
    event.respondWith(caches.match(request).then(function (hit) { return hit || fetch(request); }));
    return;
  }
  if (request.mode !== 'navigate') {
    return;
  }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && !response.redirected && isLearnerPage(url)) {
      event.waitUntil(save(request, response).then(forgetOlderPages));
    }
    return response;
  }).catch(function () {
    return caches.open(PAGES).then(function (cache) { return cache.match(request); }).then(function (saved) {
      return savedToday(saved) ? saved : caches.match(root + 'offline');
    });
  }));
});
