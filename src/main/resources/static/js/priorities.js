// The ranking's map: each area a dot coloured by its score, the highest in deep red.
(function () {
  'use strict';
  var element = document.getElementById('priority-map');
  if (!element) { return; }
  var context = element.dataset.context || '/';
  var points = JSON.parse(element.dataset.points || '[]');
  var map = L.map(element, { zoomSnap: 0.5 }).setView([16.5, -3], 5);
  fetch(context + 'map/data/admin-units?level=1').then(function (r) { return r.json(); }).then(function (regions) {
    L.geoJSON(regions, { style: { color: '#5b6673', weight: 1, fill: false }, interactive: false }).addTo(map).bringToBack();
  });
  var max = points.reduce(function (m, p) { return Math.max(m, p[2]); }, 1);
  function colour(share) {
    return share > 0.8 ? '#7f0000' : share > 0.6 ? '#b3261e' : share > 0.4 ? '#e07b00' : share > 0.2 ? '#f2b134' : '#f7e08a';
  }
  var layer = L.featureGroup();
  points.slice().reverse().forEach(function (p) {
    var marker = L.circleMarker([p[0], p[1]], { radius: 6, weight: 1, color: '#1d232b', fillColor: colour(p[2] / max), fillOpacity: 0.9 });
    var link = document.createElement('a');
    link.href = context + 'hazards/' + encodeURIComponent(p[3]);
    link.textContent = '#' + p[4] + ' · ' + p[3] + ' · ' + p[2].toFixed(1);
    marker.bindPopup(link);
    layer.addLayer(marker);
  });
  layer.addTo(map);
  if (points.length) { map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 12 }); }
})();
