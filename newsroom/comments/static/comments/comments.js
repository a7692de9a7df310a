// Posts the comment form inline when JavaScript runs; without it the form still works (POST,
// redirect, GET). The server answers JSON when asked with Accept: application/json.
(function () {
  "use strict";
  var form = document.getElementById("comment-form");
  if (!form || !window.fetch || !window.FormData) return;
  var status = document.querySelector("#comments .comments__status");

  function say(text, isError) {
    if (!status) return;
    var p = document.createElement("p");
    p.className = isError ? "comments__error" : "comments__confirmation";
    p.textContent = text; // never innerHTML: the text may echo what the reader typed
    status.replaceChildren(p);
  }

  document.querySelectorAll("#comments [data-reply]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      form.elements.parent.value = link.getAttribute("data-reply");
      form.elements.body.focus();
    });
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
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
        say(result.data.message, !result.ok);
        if (result.ok) {
          form.elements.body.value = "";
          form.elements.parent.value = "";
          if (result.data.ts) form.elements.ts.value = result.data.ts;
        }
      })
      .catch(function () { form.submit(); }) // fall back to the plain POST
      .finally(function () { button.disabled = false; });
  });
})();
