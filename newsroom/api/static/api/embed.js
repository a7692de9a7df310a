/* Newsroom comment thread for partner sites:
     <script src="https://NEWS.SITE/static/api/embed.js" data-article="123" async></script>
   inserts an iframe showing /embed/123/ right after the script tag, and resizes it when the frame
   reports its height. Messages are accepted only from the Newsroom origin (the script's own) and
   only from that very frame. */
(function () {
  "use strict";
  function mount(script) {
    if (script.getAttribute("data-newsroom-mounted")) return;
    var article = script.getAttribute("data-article");
    if (!article || !/^\d+$/.test(article)) return;
    script.setAttribute("data-newsroom-mounted", "1");
    var origin = new URL(script.src, document.baseURI).origin;
    var frame = document.createElement("iframe");
    frame.src = origin + "/embed/" + article + "/";
    frame.title = script.getAttribute("data-title") || "Comments";
    frame.loading = "lazy";
    frame.style.cssText = "width:100%;border:0;height:200px;display:block";
    frame.setAttribute("scrolling", "no");
    script.parentNode.insertBefore(frame, script.nextSibling);
    window.addEventListener("message", function (event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      var data = event.data || {};
      if (data.type !== "newsroom-embed:height" || String(data.article) !== article) return;
      var height = Number(data.height);
      if (height > 0 && height < 100000) frame.style.height = height + "px";
    });
  }
  if (document.currentScript) mount(document.currentScript);
  var scripts = document.querySelectorAll('script[data-article][src*="api/embed.js"]');
  for (var i = 0; i < scripts.length; i++) mount(scripts[i]);
})();
