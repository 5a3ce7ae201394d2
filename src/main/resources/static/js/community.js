// The focal point network map (focal points at their community, reports where they were made) and the place
// search of the registration form, which fills in the place's P-code.
(function () {
  'use strict';
  var colours = { 'focal-point': '#1e5aa8', INACTIVE: '#8a94a0', DANGEROUS_ITEM: '#e07b00', ACCIDENT: '#b3261e' };

  var element = document.getElementById('network-map');
  if (element) {
    var context = element.dataset.context || '/';
    var map = L.map(element, { zoomSnap: 0.5 }).setView([16.5, -3], 5);
    fetch(context + 'map/data/admin-units?level=1').then(function (r) { return r.json(); }).then(function (regions) {
      L.geoJSON(regions, { style: { color: '#5b6673', weight: 1, fill: false }, interactive: false }).addTo(map).bringToBack();
    });
    fetch(element.dataset.source, { headers: { Accept: 'application/geo+json' } })
      .then(function (r) { return r.json(); })
      .then(function (network) {
        var layer = L.geoJSON(network, {
          pointToLayer: function (feature, latlng) {
            var p = feature.properties;
            var focal = p.layer === 'focal-point';
            var colour = focal ? (p.status === 'INACTIVE' ? colours.INACTIVE : colours['focal-point']) : colours[p.kind];
            return L.circleMarker(latlng, { radius: focal ? 7 : 4, color: colour, weight: 2, fillOpacity: focal ? 0.2 : 0.8 });
          },
          onEachFeature: function (feature, marker) {
            var link = document.createElement('a');
            link.href = context + feature.properties.href;
            link.textContent = feature.id + (feature.properties.place ? ' · ' + feature.properties.place : ' · ' + feature.properties.date);
            marker.bindPopup(link);
          }
        }).addTo(map);
        if (layer.getLayers().length) { map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 9 }); }
        element.dataset.loaded = String(layer.getLayers().length);
      });
  }

  var query = document.getElementById('place-query');
  if (query) {
    var pcode = document.getElementById('place-pcode');
    var choices = document.getElementById('place-choices');
    var timer = null;
    query.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    });
    var search = function () {
      var q = query.value.trim();
      if (q.length < 2) { choices.textContent = ''; return; }
      fetch(query.dataset.source + '?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (places) {
          if (query.value.trim() !== q) { return; }
          choices.textContent = '';
          places.forEach(function (place) {
            var item = document.createElement('li');
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'link';
            button.textContent = place.name + ' — ' + [place.adm3, place.adm1].filter(Boolean).map(function (u) { return u.name; }).join(', ');
            button.addEventListener('click', function () {
              pcode.value = place.pcode;
              query.value = place.name;
              choices.textContent = '';
            });
            item.appendChild(button);
            choices.appendChild(item);
          });
        });
    };
  }
})();
