// Keyboard moderation for the queue: j/k move, a approves, r then a digit rejects with that
// clause (1-9, 0 as the console numbers them), Esc cancels. Plain JS, no framework; without it
// the buttons in each row still work.
(function () {
  "use strict";
  var table = document.getElementById("mod-queue");
  if (!table) return;
  var status = document.getElementById("mod-status");
  var reasonList = document.getElementById("mod-reasons");
  var csrf = document.querySelector("input[name=csrfmiddlewaretoken]");
  var current = null;
  var rejecting = false;

  function rows() { return Array.prototype.slice.call(table.querySelectorAll("tr.mod-row")); }

  function say(text) { if (status) status.textContent = text; }

  function select(row) {
    if (current) current.classList.remove("is-current");
    current = row || null;
    if (current) {
      current.classList.add("is-current");
      current.focus({ preventScroll: true });
      current.scrollIntoView({ block: "nearest" });
    }
  }

  function move(step) {
    var all = rows();
    if (!all.length) return;
    var i = all.indexOf(current);
    select(all[Math.max(0, Math.min(all.length - 1, i < 0 ? 0 : i + step))]);
  }

  function reasonFor(digit) {
    var item = reasonList && reasonList.querySelector('li[data-digit="' + digit + '"]');
    return item ? item.getAttribute("data-code") : null;
  }

  function showReasons(show) {
    rejecting = show;
    if (reasonList) reasonList.hidden = !show;
    preselect(show && current ? current.getAttribute("data-top-reason") : null);
  }

  // Scoring app: `r` pre-selects the row's top-scoring clause; Enter takes it, a digit picks another.
  var preselected = null;
  function preselect(code) {
    preselected = null;
    if (!reasonList) return;
    Array.prototype.forEach.call(reasonList.querySelectorAll("li"), function (li) {
      var on = !!code && li.getAttribute("data-code") === code;
      li.classList.toggle("is-preselected", on);
      if (on) preselected = code;
    });
  }

  function decide(row, action, reason) {
    var body = new URLSearchParams();
    body.append("action", action);
    if (reason) body.append("reason", reason);
    return fetch(row.getAttribute("data-decide-url"), {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": csrf ? csrf.value : "" },
      body: body,
    })
      .then(function (r) { return r.json().then(function (d) { return { ok: r.ok, data: d }; }); })
      .then(function (res) {
        say(res.data.message);
        if (res.ok || res.data.conflict) {
          var all = rows();
          var next = all[all.indexOf(row) + 1] || all[all.indexOf(row) - 1];
          row.remove();
          select(next);
        }
      })
      .catch(function () { say("Network error: nothing was decided."); });
  }

  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (rejecting) {
      if (event.key === "Escape") { showReasons(false); say(""); return; }
      if (event.key === "Enter" && current && preselected) {
        var chosen = preselected;
        showReasons(false); decide(current, "reject", chosen); event.preventDefault(); return;
      }
      if (/^[0-9]$/.test(event.key) && current) {
        var code = reasonFor(event.key);
        if (code) { showReasons(false); decide(current, "reject", code); }
        event.preventDefault();
      }
      return;
    }
    if (event.key === "j") { move(1); event.preventDefault(); }
    else if (event.key === "k") { move(-1); event.preventDefault(); }
    else if (event.key === "a" && current) { decide(current, "approve"); event.preventDefault(); }
    else if (event.key === "r" && current) {
      showReasons(true);
      say(reasonList ? reasonList.getAttribute("data-prompt") || "Press a digit for the clause, Esc to cancel." : "");
      event.preventDefault();
    }
  });

  select(rows()[0]);
})();
