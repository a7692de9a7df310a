// Applies the remembered A+/A- step before first paint, so the text does not jump. Loaded from a
// file (no inline script) so the Content-Security-Policy can forbid inline scripts.
document.documentElement.className = "js";
try {
  var s = parseInt(localStorage.getItem("newsroom.textStep"), 10);
  if (s) document.documentElement.setAttribute("data-text-step", s);
} catch (e) {}
