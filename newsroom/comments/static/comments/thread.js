// "Show more comments": fetch the next page of the thread from the API (?thread=1) and append it.
// Without JavaScript the link loads the article page at that point of the thread instead.
// Everything the commenters wrote is inserted as text, never as HTML.
(function () {
  "use strict";
  var link = document.querySelector(".comments__more a[data-api]");
  var list = document.querySelector(".comments__list");
  if (!link || !list || !window.fetch) return;
  var replyLabel = (document.querySelector(".comment__reply") || {}).textContent || "Reply";

  function two(n) { return (n < 10 ? "0" : "") + n; }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function inner(c) {
    var article = el("article", "comment__inner");
    article.setAttribute("dir", "auto");
    var header = el("header", "comment__meta");
    header.appendChild(el("strong", "comment__name", c.name));
    header.appendChild(document.createTextNode(" "));
    var when = new Date(c.created_at);
    var time = el("time", "", two(when.getDate()) + "-" + two(when.getMonth() + 1) + "-" + when.getFullYear() +
      " " + two(when.getHours()) + ":" + two(when.getMinutes()));
    time.setAttribute("datetime", c.created_at);
    header.appendChild(time);
    article.appendChild(header);
    var body = el("div", "comment__body");
    c.body.split("\n").forEach(function (line, i) {
      if (i) body.appendChild(document.createElement("br"));
      body.appendChild(document.createTextNode(line));
    });
    article.appendChild(body);
    return article;
  }
  function item(c, open) {
    var li = el("li", "comment");
    li.id = "comment-" + c.id;
    li.appendChild(inner(c));
    if (open) {
      var reply = el("a", "comment__reply", replyLabel);
      reply.href = "?reply=" + c.id + "#comment-form";
      reply.setAttribute("data-reply", c.id);
      li.appendChild(reply);
    }
    if (c.replies && c.replies.length) {
      var ol = el("ol", "comments__replies");
      c.replies.forEach(function (r) {
        var rli = el("li", "comment comment--reply");
        rli.id = "comment-" + r.id;
        rli.appendChild(inner(r));
        ol.appendChild(rli);
      });
      li.appendChild(ol);
    }
    return li;
  }
  link.addEventListener("click", function (event) {
    event.preventDefault();
    if (link.getAttribute("aria-busy") === "true") return;
    link.setAttribute("aria-busy", "true");
    fetch(link.getAttribute("data-api"), { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) {
        var open = data.article && data.article.comments_open;
        data.results.forEach(function (c) {
          if (!document.getElementById("comment-" + c.id)) list.appendChild(item(c, open));
        });
        if (data.next) {
          var after = new URL(data.next).searchParams.get("after");
          link.setAttribute("data-api", data.next);
          link.href = "?comments_after=" + encodeURIComponent(after) + "#comments";
          link.removeAttribute("aria-busy");
        } else {
          link.parentNode.parentNode.removeChild(link.parentNode);
        }
      })
      .catch(function () { window.location.href = link.href; });  // fall back to the page link
  });
})();
