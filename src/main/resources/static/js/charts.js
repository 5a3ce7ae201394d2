// Bar charts drawn in the page from the figures table that follows them (data-key, data-value on each row),
// so that the numbers a chart shows are exactly those of the table beside it. No chart library, no service.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  document.querySelectorAll('.bar-chart[data-table]').forEach(function (chart) {
    var table = document.getElementById(chart.dataset.table);
    if (!table) {
      return;
    }
    var rows = Array.prototype.map.call(table.querySelectorAll('tr[data-key]'), function (row) {
      return { key: row.dataset.key, value: Number(row.dataset.value) || 0 };
    });
    if (rows.length === 0) {
      return;
    }
    var max = Math.max.apply(null, rows.map(function (row) { return row.value; })) || 1;
    var barHeight = 18, gap = 4, labelWidth = 170, width = 640;
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + rows.length * (barHeight + gap));
    svg.setAttribute('class', 'bars');
    rows.forEach(function (row, i) {
      var y = i * (barHeight + gap);
      var label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', labelWidth - 6);
      label.setAttribute('y', y + barHeight - 5);
      label.setAttribute('text-anchor', 'end');
      label.textContent = row.key;
      var bar = document.createElementNS(SVG, 'rect');
      bar.setAttribute('x', labelWidth);
      bar.setAttribute('y', y);
      bar.setAttribute('height', barHeight);
      bar.setAttribute('width', Math.max(1, (width - labelWidth - 60) * row.value / max));
      var value = document.createElementNS(SVG, 'text');
      value.setAttribute('x', labelWidth + Math.max(1, (width - labelWidth - 60) * row.value / max) + 4);
      value.setAttribute('y', y + barHeight - 5);
      value.textContent = row.value.toLocaleString();
      svg.appendChild(label);
      svg.appendChild(bar);
      svg.appendChild(value);
    });
    chart.appendChild(svg);
  });
})();
