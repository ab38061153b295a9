// Shared helpers of the twin's pages (no inline script: the CSP is default-src 'self').
// twin.el builds elements without innerHTML, so model text is never read as markup.
(function () {
  "use strict";
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { node.textContent = attrs[k]; }
      else if (k === "cls") { node.className = attrs[k]; }
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } return node; }
  function api(method, url, body) { return window.neverout.api(method, url, body); }
  function get(url) { return api("GET", url); }
  // one EventSource per page; handlers by event name ("state", "margins", "model")
  function live(handlers) {
    if (!window.EventSource) { return; }
    var source = new EventSource("/api/events");
    Object.keys(handlers).forEach(function (name) {
      source.addEventListener(name, function (e) { handlers[name](JSON.parse(e.data)); });
    });
    window.addEventListener("beforeunload", function () { source.close(); });
  }
  function fmtInt(n) { return n === null || n === undefined ? "–" : Number(n).toLocaleString("en"); }
  function list(ids) { return ids && ids.length ? ids.join(", ") : "nothing"; }
  function fail(where, error) {
    var target = document.getElementById(where);
    if (target) { clear(target).appendChild(el("span", { cls: "error", role: "alert", text: error.message })); }
  }
  // a trend chart of recorded runs (Chart.js from the webjar)
  function trend(canvas, runs) {
    if (!window.Chart || !canvas) { return null; }
    var labels = runs.map(function (r) { return r.label; });
    function series(name, field, color) {
      return { label: name, data: runs.map(function (r) { return r.headline[field]; }), borderColor: color,
               backgroundColor: color, tension: 0 };
    }
    return new window.Chart(canvas, {
      type: "line",
      data: { labels: labels, datasets: [
        series("violated", "services_violated", "#b3261e"),
        series("unverified", "services_unverified", "#8a6d00"),
        series("meeting", "services_meeting", "#1b6e3a")] },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
                 scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
  window.twin = { el: el, clear: clear, api: api, get: get, live: live, fmtInt: fmtInt, list: list, fail: fail,
                  trend: trend };
})();
