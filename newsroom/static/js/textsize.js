/* A+ / A-: step the article text size; the step is remembered in localStorage for every page.
   Without JavaScript the buttons stay hidden (see .no-js in site.css) and the page reads as usual. */
(function () {
  "use strict";
  var KEY = "newsroom.textStep", MIN = -2, MAX = 5;
  var root = document.documentElement;

  function current() {
    var value = parseInt(root.getAttribute("data-text-step") || "0", 10);
    return isNaN(value) ? 0 : value;
  }

  function apply(step) {
    step = Math.max(MIN, Math.min(MAX, step));
    if (step === 0) { root.removeAttribute("data-text-step"); } else { root.setAttribute("data-text-step", String(step)); }
    try { localStorage.setItem(KEY, String(step)); } catch (e) { /* private mode: this page only */ }
    var buttons = document.querySelectorAll(".textsize__btn");
    for (var i = 0; i < buttons.length; i++) {
      var delta = parseInt(buttons[i].getAttribute("data-step"), 10);
      buttons[i].disabled = delta > 0 ? step >= MAX : step <= MIN;
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".textsize__btn") : null;
    if (button) { apply(current() + parseInt(button.getAttribute("data-step"), 10)); }
  });
  document.addEventListener("DOMContentLoaded", function () { apply(current()); });
})();
