// The moderator console: keyboard, undo, live queue, side panel. Plain JS, no framework, no
// inline script (the console's pages allow none); without it every row's buttons still work.
//   j/k move · a approve (keep, in the Reported lane) · r opens the clauses beside the comment,
//   then the clause's key, or Enter for the suggested clause · u undo · m more · h history ·
//   ? keys · Esc closes.
(function () {
  "use strict";
  document.documentElement.classList.add("mod-js");
  var table = document.getElementById("mod-queue");
  if (!table) return;
  var tbody = table.tBodies[0];
  var statusText = document.getElementById("mod-status");
  var undoButton = document.getElementById("mod-undo");
  var picker = document.getElementById("mod-reasons");
  var help = document.getElementById("mod-help");
  var side = document.getElementById("mod-side");
  var csrf = document.querySelector("input[name=csrfmiddlewaretoken]");
  var undoSeconds = parseInt(table.getAttribute("data-undo-seconds") || "0", 10);
  var current = null;
  var rejecting = false;
  var preselected = null;
  var lastUndo = null; // {url, until}
  var busy = {}; // row ids being decided: the live update leaves them alone
  var decided = {}; // row ids decided here: a poll answered before the decision must not bring them back
  var generation = 0; // bumped by every decision and undo; a poll started before one is discarded

  function rows() { return Array.prototype.slice.call(tbody.querySelectorAll("tr.mod-row")); }

  function say(text, undoUrl, rowId) {
    if (statusText) statusText.textContent = text || "";
    if (undoButton) undoButton.hidden = !undoUrl;
    lastUndo = undoUrl ? { url: undoUrl, until: Date.now() + undoSeconds * 1000, id: rowId } : null;
    if (undoUrl) {
      setTimeout(function () {
        if (lastUndo && lastUndo.url === undoUrl && Date.now() >= lastUndo.until) {
          lastUndo = null;
          if (undoButton) undoButton.hidden = true;
        }
      }, undoSeconds * 1000 + 50);
    }
  }

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

  function pickerItem(key) {
    return picker && picker.querySelector('li[data-key="' + key + '"]');
  }

  // The picker opens inside the current row's action cell: beside the comment, in the viewport.
  function showPicker(show) {
    rejecting = show;
    if (!picker) return;
    preselected = null;
    if (show && current) {
      var cell = current.querySelector(".mod-row__actions") || current.lastElementChild;
      cell.appendChild(picker);
      var code = current.getAttribute("data-suggested");
      Array.prototype.forEach.call(picker.querySelectorAll("li"), function (li) {
        var on = !!code && li.getAttribute("data-code") === code;
        li.classList.toggle("is-preselected", on);
        if (on) preselected = code;
      });
      picker.hidden = false;
      picker.scrollIntoView({ block: "nearest" });
      say(picker.getAttribute("data-prompt"));
    } else {
      picker.hidden = true;
    }
  }

  function post(url, fields) {
    var body = new URLSearchParams();
    Object.keys(fields).forEach(function (k) { if (fields[k]) body.append(k, fields[k]); });
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": csrf ? csrf.value : "" },
      body: body,
    }).then(function (r) { return r.json().then(function (d) { return { ok: r.ok, data: d }; }); });
  }

  function setCount(name, n) {
    document.querySelectorAll('[data-count="' + name + '"]').forEach(function (el) { el.textContent = n; });
    if (name === "lane") {
      var heading = document.getElementById("mod-heading-count");
      if (heading) {
        heading.textContent = n === 1 ? heading.getAttribute("data-template-one")
          : heading.getAttribute("data-template-many").replace("N", n);
      }
    }
  }

  function decide(row, action, reason) {
    var id = row.getAttribute("data-id");
    if (row.getAttribute("data-lane") === "reported" && action === "approve") action = "keep";
    busy[id] = true;
    return post(row.getAttribute("data-decide-url"), { action: action, reason: reason })
      .then(function (res) {
        say(res.data.message, res.ok ? res.data.undo_url : null, id);
        if (res.ok || res.data.conflict) {
          decided[id] = true;
          generation += 1;
          var all = rows();
          var next = all[all.indexOf(row) + 1] || all[all.indexOf(row) - 1];
          row.remove();
          if (row === current || !current) select(next);
          refresh();
        }
      })
      .catch(function () { say("Network error: nothing was decided."); })
      .then(function () { delete busy[id]; });
  }

  function undo() {
    if (!lastUndo || Date.now() > lastUndo.until) { lastUndo = null; return; }
    var url = lastUndo.url;
    var id = lastUndo.id;
    lastUndo = null;
    post(url, {}).then(function (res) {
      say(res.data.message);
      if (res.ok && id) { delete decided[id]; generation += 1; }
      refresh();
    }).catch(function () { say("Network error: nothing was undone."); });
  }

  function toggleMore(row) {
    var body = row && row.querySelector(".mod-row__body--long");
    var button = row && row.querySelector(".mod-more");
    if (!body || !button) return;
    var open = body.classList.toggle("is-open");
    button.setAttribute("aria-expanded", open ? "true" : "false");
    button.textContent = open ? (button.getAttribute("data-less") || "less") : (button.getAttribute("data-more") || "more");
  }

  function showHelp(show) { if (help) help.hidden = !show; if (show && help) help.querySelector("button").focus(); }

  function showHistory(row) {
    if (!side || !row) return;
    fetch(row.getAttribute("data-history-url"), { credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        // Our own server-rendered, escaped fragment.
        side.querySelector(".mod-side__content").innerHTML = html;
        side.hidden = false;
        document.body.classList.add("has-side");
      });
  }

  function closeSide() { if (side) { side.hidden = true; document.body.classList.remove("has-side"); } }

  // Live queue: ask for the page's rows every few seconds; add new ones, drop decided ones.
  var liveUrl = table.getAttribute("data-live-url");
  var liveSeconds = parseInt(table.getAttribute("data-live-seconds") || "0", 10);
  var refreshing = false;
  var again = false;
  function refresh() {
    if (!liveUrl) return;
    if (refreshing) { again = true; return; }
    refreshing = true;
    again = false;
    var started = generation;
    fetch(liveUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        if (started !== generation) { again = true; return; } // a decision since: ask again
        setCount("reported", data.reported);
        setCount("pending", data.pending);
        setCount("lane", data.count);
        var wanted = {};
        data.rows.forEach(function (r) { wanted[String(r.id)] = r; });
        var added = 0;
        rows().forEach(function (row) {
          var id = row.getAttribute("data-id");
          if (!wanted[id] && !busy[id]) {
            if (row === current) { var all = rows(); select(all[all.indexOf(row) + 1] || all[all.indexOf(row) - 1]); }
            row.remove();
          }
        });
        var previous = null;
        data.rows.forEach(function (r) {
          if (decided[String(r.id)]) return;
          var existing = document.getElementById("row-" + r.id);
          if (!existing) {
            var holder = document.createElement("tbody");
            holder.innerHTML = r.html; // our own server-rendered row; every user value escaped there
            existing = holder.querySelector("tr");
            if (previous && previous.nextSibling) tbody.insertBefore(existing, previous.nextSibling);
            else if (previous) tbody.appendChild(existing);
            else tbody.insertBefore(existing, tbody.firstChild);
            existing.classList.add("is-new");
            added += 1;
          }
          previous = existing;
        });
        var empty = tbody.querySelector(".mod-empty");
        if (empty) empty.hidden = rows().length > 0;
        if (!current) select(rows()[0]);
        if (added) table.setAttribute("data-added", added);
      })
      .catch(function () { /* the next tick tries again */ })
      .then(function () { refreshing = false; if (again) refresh(); });
  }
  if (liveUrl && liveSeconds > 0) {
    setInterval(function () { if (!document.hidden) refresh(); }, liveSeconds * 1000);
  }

  document.addEventListener("click", function (event) {
    var t = event.target;
    if (t.closest(".mod-more")) { toggleMore(t.closest("tr")); return; }
    if (t.closest(".mod-help-open")) { showHelp(true); return; }
    if (t.closest(".mod-help-close")) { showHelp(false); return; }
    if (t.closest(".mod-side-close")) { closeSide(); return; }
    if (t.closest("#mod-undo")) { undo(); return; }
    var history = t.closest(".mod-history-link");
    if (history && side) { event.preventDefault(); select(history.closest("tr")); showHistory(history.closest("tr")); return; }
    var item = t.closest("#mod-reasons li");
    if (item && current) { showPicker(false); decide(current, "reject", item.getAttribute("data-code")); return; }
    var row = t.closest("tr.mod-row");
    if (row && !t.closest("a, button, input, select, summary, label")) select(row);
  });

  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") {
      if (rejecting) { showPicker(false); say(""); }
      showHelp(false); closeSide();
      return;
    }
    if (rejecting) {
      if (event.key === "Enter" && current && preselected) {
        var chosen = preselected;
        showPicker(false); decide(current, "reject", chosen); event.preventDefault(); return;
      }
      var item = event.key.length === 1 ? pickerItem(event.key.toLowerCase()) : null;
      if (item && current) {
        showPicker(false); decide(current, "reject", item.getAttribute("data-code"));
      }
      event.preventDefault();
      return;
    }
    if (event.key === "?") { showHelp(help ? help.hidden : false); event.preventDefault(); return; }
    if (tag === "button" && event.key === "Enter") return;
    if (event.key === "j") { move(1); event.preventDefault(); }
    else if (event.key === "k") { move(-1); event.preventDefault(); }
    else if (event.key === "a" && current) { decide(current, "approve"); event.preventDefault(); }
    else if (event.key === "r" && current) { showPicker(true); event.preventDefault(); }
    else if (event.key === "u") { undo(); event.preventDefault(); }
    else if (event.key === "m" && current) { toggleMore(current); event.preventDefault(); }
    else if (event.key === "h" && current) { showHistory(current); event.preventDefault(); }
  });

  select(rows()[0]);
})();
