// A facility's explosives safety on a map: each storehouse with the arcs of the distances its contents require
// (the violations are listed in the table beside it).
(function () {
  'use strict';
  var element = document.getElementById('compliance-map');
  if (!element) {
    return;
  }
  var colours = { IBD: '#b3261e', PTRD: '#e07b00', VBD: '#7b1fa2', PBD: '#1e5aa8', IMD: '#2e7d32' };
  var map = L.map(element, { zoomSnap: 0.5 }).setView([16.5, -3], 5);
  fetch(element.dataset.source, { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (compliance) {
      var bounds = L.latLngBounds([]);
      var arcs = 0;
      compliance.storehouses.forEach(function (storehouse) {
        var at = L.latLng(storehouse.lat, storehouse.lon);
        bounds.extend(at);
        L.circleMarker(at, { radius: 6, color: '#1d232b', fillOpacity: 1 }).addTo(map).bindTooltip(storehouse.storehouse);
        storehouse.required.forEach(function (distance) {
          if (distance.metres && colours[distance.type]) {
            var arc = L.circle(at, { radius: distance.metres, color: colours[distance.type], weight: 1.5, fill: false,
              className: 'qd-arc qd-' + distance.type }).addTo(map).bindTooltip(distance.type + ' ' + distance.metres + ' m');
            bounds.extend(at.toBounds(distance.metres * 2));
            arcs++;
          }
        });
      });
      if (bounds.isValid()) {
        map.fitBounds(bounds, { padding: [10, 10] });
      }
      element.dataset.arcs = String(arcs);
    });
})();
