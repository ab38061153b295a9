// NeverOut report: progressive enhancement only; the report reads fine without script.
(function () {
  'use strict';
  var button = document.getElementById('print-button');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
  // report --appendix: print every service's cut sets, then restore what the reader had open
  var reopened = [];
  window.addEventListener('beforeprint', function () {
    reopened = [];
    document.querySelectorAll('.appendix.print details.service:not([open])').forEach(function (d) {
      d.setAttribute('open', '');
      reopened.push(d);
    });
  });
  window.addEventListener('afterprint', function () {
    reopened.forEach(function (d) { d.removeAttribute('open'); });
  });
  // following a link to a service opens its cut sets
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === 'DETAILS') {
      target.setAttribute('open', '');
    }
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();
