// The console's article filter: suggestions from the search index as the moderator types.
// Without JavaScript the field still works: the server accepts an id, "#id title" or title text.
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  if (!input) return;
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  var last = "";
  function show(results) {
    while (list.firstChild) list.removeChild(list.firstChild);
    results.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.value; // textContent/value only: titles are never parsed as HTML
      list.appendChild(option);
    });
  }
  function lookUp() {
    var text = input.value.trim();
    if (text === last || text.length < 2 || text.charAt(0) === "#") return;
    last = text;
    var url = input.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(text);
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { if (input.value.trim() === text) show(data.results || []); })
      .catch(function () {});
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(lookUp, 150);
  });
})();
