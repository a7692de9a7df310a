/* Inside /embed/<id>/: tell the partner page (embed.js) how tall the thread is. The message holds
   only a height, so sending it to any parent origin gives nothing away. */
(function () {
  "use strict";
  if (window.parent === window) return;
  var article = document.body.getAttribute("data-article");
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "newsroom-embed:height", article: article, height: height }, "*");
  }
  report();
  window.addEventListener("load", report);
  window.addEventListener("resize", report);
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.body);
})();
