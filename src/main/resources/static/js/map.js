// The home map: Mali's boundaries served by Balise, place search, and what lies under a click.
(function () {
  'use strict';
  var element = document.getElementById('map');
  var context = element.dataset.context || '/';
  var labels = { km: element.dataset.labelKm, m: element.dataset.labelM, none: element.dataset.labelNone };
  var map = L.map(element, { zoomSnap: 0.5, preferCanvas: false }).setView([17.5, -4], 5);

  if (element.dataset.offlineTiles === 'true') {
    L.tileLayer(context + 'map/tiles/{z}/{x}/{y}', { maxZoom: 18 }).addTo(map);
  } else if (element.dataset.tileUrl) {
    L.tileLayer(element.dataset.tileUrl, { maxZoom: 18 }).addTo(map);
  }

  var styles = {
    1: { className: 'adm1', color: '#1d232b', weight: 2, fill: true, fillColor: '#ffffff', fillOpacity: 0.35 },
    2: { className: 'adm2', color: '#5b6673', weight: 1, fill: false },
    3: { className: 'adm3', color: '#8a94a0', weight: 0.6, dashArray: '3 3', fill: false }
  };
  var minZoom = { 1: 0, 2: 7, 3: 9 };
  var layers = {};

  function load(level) {
    return fetch(context + 'map/data/admin-units?level=' + level, { headers: { Accept: 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (geojson) {
        layers[level] = L.geoJSON(geojson, {
          style: styles[level],
          interactive: false,
          onEachFeature: function (feature, layer) {
            if (level === 1) {
              layer.bindTooltip(feature.properties.name, { permanent: true, direction: 'center', className: 'unit-label' });
            }
          }
        });
        showForZoom();
        return layers[level];
      });
  }

  function showForZoom() {
    Object.keys(layers).forEach(function (level) {
      var visible = map.getZoom() >= minZoom[level];
      if (visible && !map.hasLayer(layers[level])) { layers[level].addTo(map); }
      if (!visible && map.hasLayer(layers[level])) { map.removeLayer(layers[level]); }
    });
  }
  map.on('zoomend', function () {
    if (map.getZoom() >= minZoom[2] && !layers[2]) { load(2); }
    if (map.getZoom() >= minZoom[3] && !layers[3]) { load(3); }
    showForZoom();
  });
  load(1).then(function (layer) { map.fitBounds(layer.getBounds(), { padding: [10, 10] }); });

  // What lies under a click
  var marker = null;
  var info = document.getElementById('point-info');
  var outside = document.getElementById('point-outside');
  function field(name, text) { info.querySelector('[data-field="' + name + '"]').textContent = text || '—'; }
  function distance(metres) { return metres >= 1000 ? (metres / 1000).toFixed(1) + ' ' + labels.km : metres + ' ' + labels.m; }
  function unit(ref) { return ref ? ref.name + ' (' + ref.pcode + ')' : ''; }
  function placeMarker(latlng) {
    if (marker) { marker.setLatLng(latlng); } else { marker = L.circleMarker(latlng, { radius: 7, color: '#b3261e', weight: 3 }).addTo(map); }
  }
  function showPoint(latlng) {
    placeMarker(latlng);
    var lat = latlng.lat.toFixed(5), lon = latlng.lng.toFixed(5);
    fetch(context + 'map/data/locate?lat=' + lat + '&lon=' + lon, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (location) {
        outside.hidden = true;
        info.hidden = false;
        field('coordinates', lat + ', ' + lon);
        field('adm1', unit(location.adm1));
        field('adm2', unit(location.adm2));
        field('adm3', unit(location.adm3));
        field('nearest', location.nearestPlace ? location.nearestPlace.name + ' · ' + distance(location.nearestPlace.distanceMetres) : '');
      })
      .catch(function () { info.hidden = true; outside.hidden = false; });
  }
  map.on('click', function (event) { showPoint(event.latlng); });

  // Place search
  var input = document.getElementById('place-q');
  var results = document.getElementById('place-results');
  var timer = null;
  document.getElementById('place-search').addEventListener('submit', function (event) {
    event.preventDefault();
    var first = results.querySelector('li[data-lat]');
    if (first) { first.click(); }
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
  function search() {
    var q = input.value.trim();
    results.innerHTML = '';
    if (q.length < 2) { return; }
    fetch(context + 'map/data/places?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (places) {
        if (input.value.trim() !== q) { return; }
        results.innerHTML = '';
        if (!places.length) {
          var none = document.createElement('li');
          none.className = 'muted';
          none.textContent = labels.none;
          results.appendChild(none);
        }
        places.forEach(function (place) {
          var item = document.createElement('li');
          item.tabIndex = 0;
          item.dataset.lat = place.lat;
          item.dataset.lon = place.lon;
          item.dataset.pcode = place.pcode;
          var name = document.createElement('strong');
          name.textContent = place.name;
          var where = document.createElement('span');
          where.className = 'where';
          where.textContent = [place.adm3, place.adm2, place.adm1].filter(Boolean).map(function (u) { return u.name; }).join(', ');
          item.appendChild(name);
          item.appendChild(where);
          item.addEventListener('click', function () {
            var latlng = L.latLng(place.lat, place.lon);
            map.flyTo(latlng, 11, { duration: 0.8 });
            showPoint(latlng);
          });
          item.addEventListener('keydown', function (event) { if (event.key === 'Enter') { item.click(); } });
          results.appendChild(item);
        });
      });
  }
})();
