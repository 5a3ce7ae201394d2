// Maps of hazardous areas: the list's map, an area's map with its released parts, and the polygon editor.
(function () {
  'use strict';
  var colours = { SHA: '#e07b00', CHA: '#b3261e', CLOSED: '#6b7785', RELEASED: '#1e6b3a' };

  function baseMap(element) {
    var map = L.map(element, { zoomSnap: 0.5 }).setView([16.5, -3], 5);
    var context = document.querySelector('link[rel=stylesheet][href*="balise.css"]').getAttribute('href').replace(/css\/balise\.css.*$/, '');
    fetch(context + 'map/data/admin-units?level=1').then(function (r) { return r.json(); }).then(function (regions) {
      L.geoJSON(regions, { style: { color: '#5b6673', weight: 1, fill: false }, interactive: false }).addTo(map).bringToBack();
    });
    return map;
  }

  function areaStyle(feature) {
    var p = feature.properties;
    var colour = p.status === 'CLOSED' ? colours.CLOSED : colours[p.type];
    return { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.35 };
  }

  function pointToLayer(feature, latlng) {
    return L.circleMarker(latlng, { radius: 6, color: colours[feature.properties.type], weight: 2 });
  }

  // The list's map: first the newest areas of the list's filter, then, whenever the view moves, those in view. The
  // server sends at most a thousand; the note under the map says when the list has more than the map shows.
  var list = document.getElementById('areas-map');
  if (list) {
    var map = baseMap(list);
    var note = document.getElementById('areas-map-note');
    var layer = L.geoJSON(null, {
      style: areaStyle, pointToLayer: pointToLayer,
      onEachFeature: function (feature, layer) {
        var link = document.createElement('a');
        link.href = (list.dataset.context || '/') + 'hazards/' + encodeURIComponent(feature.id);
        link.textContent = feature.id + ' · ' + feature.properties.name;
        layer.bindPopup(link);
      }
    }).addTo(map);
    var latest = 0;
    var fitting = false;
    var show = function (query, fit) {
      var request = ++latest;
      var source = list.dataset.source;
      fetch(source + (query ? (source.indexOf('?') < 0 ? '?' : '&') + query : ''), { headers: { Accept: 'application/geo+json' } })
        .then(function (r) { return r.json(); })
        .then(function (areas) {
          if (request !== latest) { return; }  // an answer for a view the user has already left
          layer.clearLayers().addData(areas);
          note.hidden = areas.features.length >= areas.total;
          note.textContent = note.dataset.text.replace('{0}', areas.features.length).replace('{1}', areas.total);
          if (fit && areas.features.length) {
            // The view now holds every area drawn: the move it makes (at once, without animation) asks for nothing.
            fitting = true;
            map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 14, animate: false });
            fitting = false;
          }
        });
    };
    map.on('moveend', function () {
      if (fitting) { return; }
      var view = map.getBounds();
      var bbox = [Math.max(view.getWest(), -180), Math.max(view.getSouth(), -90), Math.min(view.getEast(), 180),
        Math.min(view.getNorth(), 90)];
      show('bbox=' + bbox.map(function (value) { return value.toFixed(5); }).join(','), false);
    });
    show('', true);
  }

  // An area's map, with released parts in green
  var single = document.getElementById('area-map');
  var areaFeature = null;
  var singleMap = null;
  if (single) {
    singleMap = baseMap(single);
    areaFeature = JSON.parse(single.dataset.feature);
    var layer = L.geoJSON(areaFeature, { style: areaStyle, pointToLayer: pointToLayer }).addTo(singleMap);
    if (single.dataset.releases) {
      L.geoJSON(JSON.parse(single.dataset.releases), { style: { color: colours.RELEASED, weight: 1, fillOpacity: 0.45 } }).addTo(singleMap);
    }
    singleMap.fitBounds(layer.getBounds(), { padding: [30, 30], maxZoom: 16 });
  }

  // A polygon editor: click to add corners, click the first corner to close.
  function editor(map, onChange, initial) {
    var corners = [];
    var closed = false;
    var shape = L.polygon([], { color: '#0b57a4', weight: 2, fillOpacity: 0.2 }).addTo(map);
    var markers = L.layerGroup().addTo(map);
    function redraw() {
      shape.setLatLngs(corners);
      markers.clearLayers();
      corners.forEach(function (corner, i) {
        var marker = L.circleMarker(corner, { radius: i === 0 ? 7 : 5, color: '#0b57a4', fillOpacity: 1 }).addTo(markers);
        if (i === 0) { marker.on('click', function (e) { L.DomEvent.stop(e); if (corners.length >= 3) { closed = true; changed(); } }); }
      });
    }
    function changed() {
      redraw();
      if (closed && corners.length >= 3) {
        var ring = corners.map(function (c) { return [Number(c.lng.toFixed(7)), Number(c.lat.toFixed(7))]; });
        ring.push(ring[0]);
        onChange(JSON.stringify({ type: 'Polygon', coordinates: [ring] }));
      } else {
        onChange('');
      }
    }
    map.on('click', function (e) { if (!closed) { corners.push(e.latlng); changed(); } });
    if (initial && initial.type === 'Polygon') {
      corners = initial.coordinates[0].slice(0, -1).map(function (p) { return L.latLng(p[1], p[0]); });
      closed = true;
      redraw();
      map.fitBounds(shape.getBounds(), { padding: [30, 30] });
    }
    return {
      undo: function () { closed = false; corners.pop(); changed(); },
      clear: function () { closed = false; corners = []; changed(); }
    };
  }

  var editorElement = document.getElementById('editor-map');
  if (editorElement) {
    var editorMap = baseMap(editorElement);
    var field = document.getElementById('geometry');
    var initial = editorElement.dataset.geometry ? JSON.parse(editorElement.dataset.geometry) : null;
    var edit = editor(editorMap, function (geometry) { field.value = geometry; }, initial);
    document.getElementById('editor-undo').addEventListener('click', edit.undo);
    document.getElementById('editor-clear').addEventListener('click', edit.clear);
  }

  // Recording land release: the whole remaining area, or a part drawn on the area's map.
  var release = document.getElementById('release-form');
  if (release && singleMap) {
    var geometryField = document.getElementById('release-geometry');
    var whole = document.getElementById('release-whole');
    var part = null;
    whole.addEventListener('change', function () {
      if (!whole.checked && !part) { part = editor(singleMap, function (geometry) { geometryField.value = geometry; }, null); }
    });
    release.addEventListener('submit', function () {
      if (whole.checked) { geometryField.value = JSON.stringify(areaFeature.geometry); }
    });
  }
})();
