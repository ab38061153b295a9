// Live state: what is down now, each vital service's margin and single points, refreshed on server-sent events.
(function () {
  "use strict";
  var t = window.twin;
  function load() {
    t.get("/api/services").then(function (r) {
      document.getElementById("down").textContent = t.list(r.down)
        + (r.ignored.length ? " (not in this model, ignored: " + r.ignored.join(", ") + ")" : "");
      var m = r.margins;
      document.getElementById("margins-state").textContent = m.current
        ? "Margins of state " + m.state_version + " up to order " + m.order + (m.complete ? "" : " (cut short: unproven margins show –)")
          + ", computed in " + m.took_ms + " ms."
        : "Recomputing for state " + r.state_version + " (shown: state " + (m.state_version === null ? "none" : m.state_version) + ")…";
      var body = t.clear(document.querySelector("#margins tbody"));
      r.services.filter(function (s) { return s.kind === "vital"; }).forEach(function (s) {
        var margin = s.margin === null ? "> " + m.order : String(s.margin);
        if (s.margin === null && !m.complete) { margin = "–"; }
        body.appendChild(t.el("tr", { id: "live-" + s.id, cls: !s.up ? "down" : s.margin === 1 ? "thin" : "" }, [
          t.el("td", { text: s.id }), t.el("td", { text: s.up ? "up" : "DOWN" }), t.el("td", { text: margin }),
          t.el("td", { text: s.single_points.join(", ") || "–" })]));
      });
    }).catch(function (e) { t.fail("down", e); });
  }
  var form = document.getElementById("state-form");
  if (form) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var ids = document.getElementById("state-ids").value.split(",").map(function (s) { return s.trim(); })
        .filter(function (s) { return s; });
      t.api("POST", "/api/state", { down: ids }).then(load).catch(function (err) { t.fail("down", err); });
    });
  }
  load();
  t.live({ state: load, margins: load, model: load });
})();
