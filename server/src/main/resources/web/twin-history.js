// History: recorded runs, their trend and report download; analysts record the model in use.
(function () {
  "use strict";
  var t = window.twin;
  var chart = null;
  function load() {
    t.get("/api/runs").then(function (r) {
      var body = t.clear(document.querySelector("#runs tbody"));
      r.runs.slice().reverse().forEach(function (run) {
        body.appendChild(t.el("tr", {}, [t.el("td", { text: String(run.id) }), t.el("td", { text: run.label }),
          t.el("td", { text: run.as_of }), t.el("td", { text: run.recorded_at.replace("T", " ").replace("Z", " UTC") }),
          t.el("td", { text: run.recorded_by }),
          t.el("td", { text: String(run.headline.services_violated) }),
          t.el("td", { text: String(run.headline.services_unverified) }),
          t.el("td", { text: String(run.headline.services_meeting) }),
          t.el("td", {}, [t.el("a", { href: "/api/runs/" + run.id + "/report", text: "HTML" })])]));
      });
      if (!r.runs.length) { body.appendChild(t.el("tr", {}, [t.el("td", { colspan: "9", text: "No run recorded yet." })])); }
      if (chart) { chart.destroy(); }
      chart = t.trend(document.getElementById("trend"), r.runs);
    }).catch(function (e) { t.fail("runs", e); });
  }
  var form = document.getElementById("record-form");
  if (form) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var status = document.getElementById("record-status");
      var body = { label: document.getElementById("run-label").value };
      var asOf = document.getElementById("run-asof").value;
      if (asOf) { body.as_of = asOf; }
      status.textContent = "Recording (the full assessment)…";
      t.api("POST", "/api/runs", body).then(function (run) {
        status.textContent = "Recorded run " + run.id + " '" + run.label + "', hash " + run.hash.slice(0, 16) + "…";
        load();
      }).catch(function (err) { t.fail("record-status", err); });
    });
  }
  load();
})();
