// Overview: verdicts and root causes of the model in use, what is down now, the trend of recorded runs.
(function () {
  "use strict";
  var t = window.twin;
  function verdicts() {
    t.get("/api/assessment").then(function (a) {
      var headline = document.getElementById("headline");
      if (a.state !== "ready") {
        headline.textContent = a.state === "failed" ? "The assessment failed: " + a.error : "Assessing the model…";
        if (a.state === "pending") { setTimeout(verdicts, 1000); }
        return;
      }
      var d = a.document, s = d.summary;
      headline.textContent = s.headline;
      var counts = t.clear(document.getElementById("verdict-counts"));
      [["violated", s.services_in_breach, "bad"], ["unverified", s.services_unverified, "warn"],
       ["meeting", s.services_meeting, "good"]].forEach(function (c) {
        counts.appendChild(t.el("li", { cls: c[2] }, [t.el("strong", { text: String(c[1]) }), " " + c[0]]));
      });
      var body = t.clear(document.querySelector("#causes tbody"));
      d.findings.filter(function (f) { return f.kind === "never-out"; }).forEach(function (f) {
        body.appendChild(t.el("tr", {}, [t.el("td", { text: f.cut_set.join(" + ") }),
          t.el("td", { text: f.services.join(", ") }), t.el("td", { text: f.severity })]));
      });
      if (!body.firstChild) { body.appendChild(t.el("tr", {}, [t.el("td", { colspan: "3", text: "None." })])); }
    }).catch(function (e) { t.fail("headline", e); });
  }
  function now() {
    t.get("/api/services").then(function (r) {
      var down = r.services.filter(function (s) { return !s.up; });
      var thin = r.services.filter(function (s) { return s.up && s.margin === 1; });
      document.getElementById("live-summary").textContent = "Down now: " + t.list(r.down) + ". "
        + down.length + " service(s) down, " + thin.length + " one failure from going out"
        + (r.margins.current ? "." : " (margins being recomputed).");
    }).catch(function (e) { t.fail("live-summary", e); });
  }
  function runs() {
    t.get("/api/runs").then(function (r) {
      if (!r.runs.length) { document.getElementById("trend-empty").hidden = false; return; }
      t.trend(document.getElementById("trend"), r.runs);
    }).catch(function (e) { t.fail("trend-title", e); });
  }
  verdicts(); now(); runs();
  t.live({ state: now, margins: now, model: function () { verdicts(); now(); } });
})();
