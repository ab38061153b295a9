// The map: Leaflet over the bundled offline outline (no tile server), sites and their nodes, links between
// nodes, coloured by the live state and by the what-if. Click fails one element, shift-click adds or
// removes one; the outcome is POST /api/simulate's answer (the same as 'neverout simulate --format json').
(function () {
  "use strict";
  var t = window.twin;
  var container = document.getElementById("map");
  var analyst = container.getAttribute("data-analyst") === "true";
  var RING_PX = 11; // nodes of one site sit on a ring of this radius (pixels) around it
  var map = L.map(container, { zoomSnap: 0.25, preferCanvas: false, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outline: Natural Earth (public domain)");
  var data = null, nodeMarkers = {}, linkLines = {}, siteMarkers = {};
  var selection = [], liveDown = [], whatIf = null;

  function nodeColor(id, siteId) {
    var n = whatIf && whatIf.nodes[id];
    if (n) { return "down-whatif"; }
    if (liveDown.indexOf(id) >= 0 || (siteId && liveDown.indexOf(siteId) >= 0)) { return "down-live"; }
    return "up";
  }
  function paint() {
    Object.keys(nodeMarkers).forEach(function (id) {
      var m = nodeMarkers[id];
      var state = nodeColor(id, m.site);
      var selected = selection.indexOf(id) >= 0 || (m.site && selection.indexOf(m.site) >= 0);
      var path = m.marker.getElement();
      if (path) {
        path.setAttribute("class", "leaflet-interactive node node-" + id + " " + state + (selected ? " selected" : ""));
        path.setAttribute("data-state", state);
      }
    });
    Object.keys(linkLines).forEach(function (id) {
      var line = linkLines[id];
      var down = (whatIf && whatIf.links[id]) ? "down-whatif" : liveDown.indexOf(id) >= 0 ? "down-live" : "up";
      var path = line.getElement();
      if (path) {
        path.setAttribute("class", "leaflet-interactive link link-" + id + " " + down
          + (selection.indexOf(id) >= 0 ? " selected" : ""));
        path.setAttribute("data-state", down);
      }
    });
  }
  // node positions: a ring of pixels around the site, recomputed at every zoom
  function layout() {
    var bySite = {};
    data.nodes.forEach(function (n) {
      if (n.lat === null) { return; }
      var key = n.site || n.id;
      (bySite[key] = bySite[key] || []).push(n);
    });
    Object.keys(bySite).forEach(function (key) {
      var nodes = bySite[key];
      var centre = map.latLngToLayerPoint([nodes[0].lat, nodes[0].lon]);
      nodes.forEach(function (n, i) {
        var angle = 2 * Math.PI * i / nodes.length;
        var r = nodes.length === 1 ? 0 : RING_PX;
        var p = L.point(centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle));
        nodeMarkers[n.id].marker.setLatLng(map.layerPointToLatLng(p));
      });
    });
    data.links.forEach(function (l) {
      var a = nodeMarkers[l.a], b = nodeMarkers[l.b];
      if (a && b) { linkLines[l.id].setLatLngs([a.marker.getLatLng(), b.marker.getLatLng()]); }
    });
  }
  function choose(id, shift) {
    if (!analyst) { return; }
    if (shift) {
      var at = selection.indexOf(id);
      if (at >= 0) { selection.splice(at, 1); } else { selection.push(id); }
    } else {
      selection = [id];
    }
    simulate();
  }
  function simulate() {
    document.getElementById("selection").textContent = t.list(selection);
    var outcome = t.clear(document.getElementById("outcome"));
    if (!selection.length) { whatIf = null; paint(); return; }
    var hours = parseFloat(document.getElementById("duration").value);
    t.api("POST", "/api/simulate", { fail: selection, duration_h: isFinite(hours) && hours >= 0 ? hours : 1 })
      .then(function (r) { show(r); })
      .catch(function (e) { whatIf = null; paint(); t.fail("outcome", e); });
  }
  function show(r) {
    whatIf = { nodes: {}, links: {} };
    r.failed.forEach(function (f) {
      f.takes_down.nodes.forEach(function (n) { whatIf.nodes[n] = true; });
      f.takes_down.links.forEach(function (l) { whatIf.links[l] = true; });
    });
    paint();
    var outcome = t.clear(document.getElementById("outcome"));
    var i = r.impact;
    outcome.appendChild(t.el("p", { id: "impact" }, [t.el("strong", { text: i.services_down + " service(s) down" }),
      " (" + i.vital_services_down + " vital), " + t.fmtInt(i.users_affected) + " users, "
      + t.fmtInt(i.user_hours) + " user-hours" + (i.significant ? " — significant incident" : "")]));
    var down = t.el("ol", { id: "services-down", cls: "chain" });
    var byId = {};
    r.services.forEach(function (s) { byId[s.id] = s; });
    r.story.forEach(function (id) {
      var s = byId[id];
      down.appendChild(t.el("li", { "data-service": id }, [t.el("strong", { text: id }), ": " +
        (s.cause ? s.cause.explanation : "down")]));
    });
    outcome.appendChild(t.el("h3", { text: "Down, in causal order" }));
    outcome.appendChild(down.firstChild ? down : t.el("p", { text: "No service goes down." }));
    var up = r.services.filter(function (s) { return s.up && s.kind === "vital"; }).map(function (s) { return s.id; });
    outcome.appendChild(t.el("h3", { text: "Vital services still up" }));
    outcome.appendChild(t.el("p", { id: "services-up", text: up.join(", ") || "none" }));
  }
  function loadState() {
    return t.get("/api/state").then(function (s) { liveDown = s.down; paint(); });
  }
  function draw(outline) {
    Object.keys(outline.countries).forEach(function (name) {
      outline.countries[name].forEach(function (ring) {
        L.polygon(ring.map(function (p) { return [p[1], p[0]]; }),
          { className: "outline", interactive: false }).addTo(map);
      });
    });
    var bounds = [];
    data.sites.forEach(function (s) {
      if (s.lat === null) { return; }
      bounds.push([s.lat, s.lon]);
      siteMarkers[s.id] = L.circleMarker([s.lat, s.lon], { radius: RING_PX + 6, className: "site site-" + s.id })
        .bindTooltip(s.name || s.id).addTo(map);
      siteMarkers[s.id].on("click", function (e) { choose(s.id, e.originalEvent.shiftKey); });
    });
    data.links.forEach(function (l) {
      linkLines[l.id] = L.polyline([[0, 0], [0, 0]], { className: "link link-" + l.id, weight: 3 })
        .bindTooltip(l.id + (l.name ? " — " + l.name : "")).addTo(map);
      linkLines[l.id].on("click", function (e) { L.DomEvent.stop(e); choose(l.id, e.originalEvent.shiftKey); });
    });
    data.nodes.forEach(function (n) {
      if (n.lat === null) { return; }
      bounds.push([n.lat, n.lon]);
      var marker = L.circleMarker([n.lat, n.lon], { radius: 5, className: "node node-" + n.id })
        .bindTooltip(n.id + (n.name ? " — " + n.name : "")).addTo(map);
      marker.on("click", function (e) { L.DomEvent.stop(e); choose(n.id, e.originalEvent.shiftKey); });
      nodeMarkers[n.id] = { marker: marker, site: n.site };
    });
    var unplaced = data.nodes.filter(function (n) { return n.lat === null; }).length;
    if (unplaced) {
      document.getElementById("model-status").textContent = unplaced + " node(s) without a position are not drawn.";
    }
    if (bounds.length) { map.fitBounds(bounds, { padding: [20, 20] }); } else { map.setView([52.2, 5.3], 7); }
    map.on("zoomend viewreset", function () { layout(); paint(); });
    layout();
    paint();
  }
  Promise.all([t.get("/api/map"), t.get("/api/map/outline")]).then(function (both) {
    data = both[0];
    var list = document.getElementById("event-ids");
    data.events.forEach(function (e) { list.appendChild(t.el("option", { value: e.id, label: e.kind })); });
    draw(both[1]);
    return loadState();
  }).catch(function (e) { t.fail("outcome", e); });
  document.getElementById("whatif-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var input = document.getElementById("fail-id");
    var id = input.value.trim();
    if (id && selection.indexOf(id) < 0 && analyst) { selection.push(id); simulate(); }
    input.value = "";
  });
  document.getElementById("reset").addEventListener("click", function () { selection = []; simulate(); });
  document.getElementById("duration").addEventListener("change", function () { if (selection.length) { simulate(); } });
  t.live({ state: loadState, model: function () { window.location.reload(); } });
})();
