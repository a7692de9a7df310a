// The reader's comment form and the "Report" links. Without JavaScript both still work (POST,
// redirect, GET). With it: inline posting (Accept: application/json), errors beside each field with
// a summary linking to them, a live character counter, "Replying to NAME" with a cancel, and the
// report form opened under the comment. Everything the reader typed is shown with textContent.
(function () {
  "use strict";
  var form = document.getElementById("comment-form");
  var status = document.querySelector("#comments .comments__status");
  if (!window.fetch || !window.FormData) return;

  function say(text, isError) {
    if (!status) return;
    var p = document.createElement("p");
    p.className = isError ? "comments__error" : "comments__confirmation";
    p.textContent = text; // never innerHTML: the text may echo what the reader typed
    status.replaceChildren(p);
  }

  function csrfToken() {
    var input = document.querySelector("#comment-form input[name=csrfmiddlewaretoken]")
      || document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  // --- Reports ----------------------------------------------------------------------------
  var reportTemplate = document.getElementById("report-template");
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("#comments a[data-report]");
    if (!link || !reportTemplate) return;
    event.preventDefault();
    var article = link.closest("article");
    var open = article.querySelector("form.report-form");
    if (open) { open.remove(); link.setAttribute("aria-expanded", "false"); return; }
    var fragment = reportTemplate.content.cloneNode(true);
    var reportForm = fragment.querySelector("form");
    reportForm.action = link.getAttribute("href");
    var id = link.getAttribute("data-report");
    reportForm.querySelectorAll("input[type=radio]").forEach(function (radio, i) {
      radio.id = "report-" + id + "-" + i;
      radio.nextElementSibling.setAttribute("for", radio.id);
    });
    article.appendChild(fragment);
    link.setAttribute("aria-expanded", "true");
    reportForm.querySelector("input[type=radio]").focus();
    reportForm.addEventListener("submit", function (e) {
      e.preventDefault();
      var data = new FormData(reportForm);
      var out = reportForm.querySelector(".report-form__status");
      if (!data.get("reason")) {
        out.className = "report-form__status comments__error";
        out.textContent = reportForm.getAttribute("data-choose");
        return;
      }
      data.set("csrfmiddlewaretoken", csrfToken());
      fetch(reportForm.action, { method: "POST", body: data, credentials: "same-origin",
                                 headers: { Accept: "application/json", "X-CSRFToken": csrfToken() } })
        .then(function (r) { return r.json().then(function (d) { return { ok: r.ok, data: d }; }); })
        .then(function (res) {
          var p = document.createElement("p");
          p.className = res.ok ? "comments__confirmation" : "comments__error";
          p.setAttribute("role", "status");
          p.textContent = res.data.message;
          if (res.ok) { reportForm.replaceWith(p); link.remove(); }
          else { out.className = "report-form__status comments__error"; out.textContent = res.data.message; }
        })
        .catch(function () { reportForm.submit(); });
    });
  });

  if (!form) return;
  var summary = document.getElementById("comment-form-summary");
  var body = form.elements.body;
  var counter = document.getElementById("id_body-count");
  var max = parseInt(body.getAttribute("data-max") || "5000", 10);
  var replying = document.getElementById("comment-form-replying");

  // --- Character counter (the browser never cuts the text: there is no maxlength) ----------
  function count() {
    var n = body.value.replace(/\r\n/g, "\n").trim().length;
    var over = n - max;
    var template = counter.getAttribute(over > 0 ? "data-over" : "data-template");
    counter.textContent = template.replace("COUNT", n).replace("MAX", max).replace("OVER", over);
    counter.classList.toggle("is-over", over > 0);
    return n;
  }
  if (counter) { body.addEventListener("input", count); count(); }

  // --- Errors beside each field, and a summary that links to them ---------------------------
  function fieldError(name, message) {
    var input = form.elements[name];
    var text = document.getElementById("id_" + name + "-error");
    if (!input || !text) return;
    var describedBy = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
      return id && id !== "id_" + name + "-error";
    });
    if (message) {
      input.setAttribute("aria-invalid", "true");
      describedBy.push("id_" + name + "-error");
      text.textContent = message;
      text.hidden = false;
    } else {
      input.removeAttribute("aria-invalid");
      text.textContent = "";
      text.hidden = true;
    }
    input.closest(".comment-form__field").classList.toggle("has-error", !!message);
    if (describedBy.length) input.setAttribute("aria-describedby", describedBy.join(" "));
    else input.removeAttribute("aria-describedby");
  }

  function showErrors(errors, message) {
    ["name", "email", "body"].forEach(function (name) { fieldError(name, errors[name]); });
    summary.replaceChildren();
    var title = document.createElement("p");
    title.className = "comment-form__summary-title";
    var names = Object.keys(errors);
    title.textContent = names.length ? summary.getAttribute("data-title") || message : message;
    summary.appendChild(title);
    if (names.length) {
      var list = document.createElement("ul");
      names.forEach(function (name) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = "#id_" + name;
        a.textContent = errors[name];
        a.addEventListener("click", function (e) { e.preventDefault(); form.elements[name].focus(); });
        li.appendChild(a);
        list.appendChild(li);
      });
      summary.appendChild(list);
    }
    summary.hidden = false;
    summary.focus();
  }

  function clearErrors() {
    ["name", "email", "body"].forEach(function (name) { fieldError(name, ""); });
    summary.hidden = true;
    summary.replaceChildren();
  }

  // --- Replying to NAME, with a cancel ---------------------------------------------------------
  function setReply(id, name) {
    form.elements.parent.value = id || "";
    if (!replying) return;
    replying.hidden = !id;
    if (id) {
      replying.querySelector(".comment-form__replying-text").textContent =
        replying.getAttribute("data-template").replace("NAME", name);
    }
  }
  document.querySelectorAll("#comments [data-reply]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      setReply(link.getAttribute("data-reply"), link.getAttribute("data-reply-name") || "");
      body.focus();
    });
  });
  if (replying) {
    replying.querySelector(".comment-form__cancel").addEventListener("click", function (event) {
      event.preventDefault();
      setReply("", "");
      body.focus();
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var n = count();
    if (n > max) {
      // Refused here already, with the count; the text stays in the box.
      var message = body.getAttribute("data-too-long") || counter.textContent;
      showErrors({ body: message.replace("COUNT", n).replace("MAX", max) }, message);
      return;
    }
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (result) {
        if (result.ok) {
          clearErrors();
          say(result.data.message, false);
          body.value = "";
          count();
          setReply("", "");
          if (result.data.ts) form.elements.ts.value = result.data.ts;
          status.focus && status.focus();
        } else {
          if (status) status.replaceChildren();
          showErrors(result.data.errors || {}, result.data.message);
        }
      })
      .catch(function () { form.submit(); }) // fall back to the plain POST
      .finally(function () { button.disabled = false; });
  });
})();
