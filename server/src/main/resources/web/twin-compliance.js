// Compliance and control of the model in use (from its assessment).
(function () {
  "use strict";
  var t = window.twin;
  function row(cells) { return t.el("tr", {}, cells.map(function (c) { return t.el("td", { text: String(c) }); })); }
  function load() {
    t.get("/api/assessment").then(function (a) {
      var state = document.getElementById("assessment-state");
      if (a.state !== "ready") {
        state.textContent = a.state === "failed" ? "The assessment failed: " + a.error : "Assessing the model…";
        if (a.state === "pending") { setTimeout(load, 1000); }
        return;
      }
      var d = a.document;
      var c = d.compliance;
      state.textContent = c ? c.rules_checked + " rules checked, " + c.findings.length + " finding(s)." : "No compliance section.";
      var body = t.clear(document.querySelector("#compliance tbody"));
      (c ? c.findings : []).forEach(function (f) { body.appendChild(row([f.rule, f.severity, f.subject, f.message])); });
      var ctl = t.clear(document.querySelector("#control tbody"));
      var sup = t.clear(document.getElementById("suppliers"));
      if (d.control) {
        d.control.services.forEach(function (s) { ctl.appendChild(row([s.id, s.controlled ? "yes" : "no", s.owned ? "yes" : "no"])); });
        d.control.suppliers.forEach(function (s) {
          sup.appendChild(t.el("li", { text: s.id + ": " + (s.services_lost.join(", ") || "nothing") }));
        });
      }
    }).catch(function (e) { t.fail("assessment-state", e); });
  }
  load();
  t.live({ model: load });
})();
