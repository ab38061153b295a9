// NeverOut pages: same-origin helpers only (the Content-Security-Policy forbids inline script).
// neverout.api(method, url, body) sends JSON with the session's CSRF token (from <meta name="csrf-token">)
// and answers the parsed JSON, or throws an Error with the server's {"error": message}.
(function () {
  "use strict";
  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : null;
  }
  async function api(method, url, body) {
    var headers = { "Accept": "application/json" };
    var token = csrf();
    if (token) { headers["X-CSRF-Token"] = token; }
    var init = { method: method, headers: headers, credentials: "same-origin" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    var response = await fetch(url, init);
    if (response.status === 401) { window.location.assign("/login"); throw new Error("signed out"); }
    var text = await response.text();
    var data = text ? JSON.parse(text) : null;
    if (!response.ok) { throw new Error(data && data.error ? data.error : response.statusText); }
    return data;
  }
  // htmx requests carry the token too
  document.addEventListener("htmx:configRequest", function (event) {
    var token = csrf();
    if (token) { event.detail.headers["X-CSRF-Token"] = token; }
  });
  window.neverout = { api: api, csrf: csrf };
})();
