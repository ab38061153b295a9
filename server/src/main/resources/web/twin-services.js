// Services: verdict, resilience, what each depends on and its cut sets (from the assessment of the model in use).
(function () {
  "use strict";
  var t = window.twin;
  function alternatives(groups) {
    return (groups || []).map(function (g) { return g.join(" or "); }).join("; ");
  }
  function load() {
    Promise.all([t.get("/api/services"), t.get("/api/assessment")]).then(function (both) {
      var services = both[0], a = both[1];
      var state = document.getElementById("assessment-state");
      state.textContent = a.state === "ready" ? "Cut sets up to order " + a.document.order
        + (a.document.complete ? "" : " (incomplete: " + a.document.incomplete_reason + ")") + "."
        : a.state === "failed" ? "The assessment failed: " + a.error : "Assessing the model…";
      var cuts = {};
      if (a.state === "ready") { a.document.services.forEach(function (s) { cuts[s.id] = s.cut_sets; }); }
      var body = t.clear(document.querySelector("#services tbody"));
      services.services.forEach(function (s) {
        var sets = cuts[s.id] || [];
        var shown = sets.slice(0, 12).map(function (c) { return "{" + c.join(", ") + "}"; }).join(" ");
        body.appendChild(t.el("tr", { id: "service-" + s.id }, [
          t.el("td", {}, [t.el("strong", { text: s.id }), s.name ? t.el("div", { cls: "muted", text: s.name }) : ""]),
          t.el("td", { text: s.kind }), t.el("td", { text: String(s.never_out) }),
          t.el("td", { cls: "verdict-" + (s.verdict || "pending"), text: s.verdict || "…" }),
          t.el("td", { text: s.resilience === null ? "–" : String(s.resilience) }),
          t.el("td", { text: alternatives(s.depends_on) || "–" }),
          t.el("td", { cls: "small", text: sets.length ? shown + (sets.length > 12 ? " and " + (sets.length - 12) + " more" : "") : "none up to the order" })
        ]));
      });
      if (a.state === "pending") { setTimeout(load, 1000); }
    }).catch(function (e) { t.fail("assessment-state", e); });
  }
  load();
  t.live({ model: load });
})();
