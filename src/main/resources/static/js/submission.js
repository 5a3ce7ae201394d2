// A review item's map: the submitted point over Mali's regions, so a point in the wrong place stands out.
(function () {
  'use strict';
  var element = document.getElementById('submission-map');
  if (!element) {
    return;
  }
  var lat = parseFloat(element.dataset.lat), lon = parseFloat(element.dataset.lon);
  var map = L.map(element).setView([lat, lon], 9);
  var context = document.querySelector('link[rel=stylesheet][href*="balise.css"]').getAttribute('href').replace(/css\/balise\.css.*$/, '');
  fetch(context + 'map/data/admin-units?level=1').then(function (r) { return r.json(); }).then(function (regions) {
    L.geoJSON(regions, { style: { color: '#5b6673', weight: 1, fill: false }, interactive: false }).addTo(map);
  });
  L.circleMarker([lat, lon], { radius: 7, color: '#b3261e', weight: 3 }).addTo(map);
})();
