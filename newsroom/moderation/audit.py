"""The audit trail: one AuditEntry per decision, ban, erasure, purge or setting change.

Entries carry no personal data of commenters (no emails, no addresses, no comment text), so an
erasure can leave them in place."""

from typing import NamedTuple

from newsroom.moderation.models import AuditEntry


def record(actor, action, obj=None, **data):
    """Append one audit entry. `actor` is a user or None (the system)."""
    object_type = object_id = ""
    if obj is not None:
        object_type = obj._meta.label_lower
        object_id = str(obj.pk)
    actor_name = actor.get_username() if actor is not None else ""
    return AuditEntry.objects.create(
        actor=actor,
        actor_name=actor_name,
        action=action,
        object_type=object_type,
        object_id=object_id,
        data=data,
    )


def _sentences():
    from django.utils.translation import gettext_lazy as _

    return {
        "comment.approve": _("approved comment %(comment)s"),
        "comment.reject": _("rejected comment %(comment)s: %(reason)s"),
        "comment.reverse": _("reversed the decision on comment %(comment)s (now %(result)s)"),
        "report.keep": _("kept reported comment %(comment)s (%(reports)s report(s))"),
        "report.reject": _("rejected reported comment %(comment)s: %(reason)s"),
        "ban.add": _("added a ban (%(kind)s)"),
        "ban.remove": _("removed a ban (%(kind)s)"),
        "commenter.trust": _("trusted the author of comment %(comment)s"),
        "data.export": _("exported a commenter's data (%(comments)s comment(s))"),
        "data.erase": _("erased a commenter's data (%(comments)s comment(s))"),
        "data.purge_addresses": _("purged network addresses of %(comments)s comment(s)"),
        "scoring.policy": _("changed the scoring policy"),
        "login.lockout": _("locked sign-in out after repeated wrong passwords"),
    }


class ArticleRef(NamedTuple):
    """What an audit line shows of an article."""

    pk: int
    title: str
    url_path: str


def describe(entries, request=None):
    """Each entry as a sentence for people, with the links the audit page shows: the comment (its
    page in the console), the article (public page, its URL worked out once per article), the
    moderator (their entries), and the time as the page prints it."""
    from django.urls import reverse
    from django.utils import timezone
    from django.utils.translation import gettext as _

    from newsroom.articles.models import ArticlePage
    from newsroom.guidelines.clauses import LABELS

    article_ids = {e.data.get("article") for e in entries if isinstance(e.data, dict)}
    article_ids = [i for i in article_ids if isinstance(i, int)]
    # The articles' id, title and url_path, not Wagtail pages (issue 13); their URLs remembered.
    rows = ArticlePage.objects.filter(pk__in=article_ids).order_by().values_list("pk", "title", "url_path")
    articles = {pk: ArticleRef(pk, title, url_path) for pk, title, url_path in rows}
    from newsroom.articles.links import article_urls as urls_of

    article_urls = urls_of({pk: a.url_path for pk, a in articles.items()}, request) if articles else {}
    sentences = {action: str(text) for action, text in _sentences().items()}  # translated once a page
    labels = {}  # reason -> translated label, once a page
    marker = 987654321  # reversed once; each line's comment id replaces it
    comment_head, _sep, comment_tail = reverse("moderation:comment", args=[marker]).partition(str(marker))
    lines = []
    for e in entries:
        data = e.data if isinstance(e.data, dict) else {}
        comment_id = e.object_id if e.object_type == "comments.comment" else ""
        reason = data.get("reason")
        facts = {
            "comment": f"#{comment_id}" if comment_id else "",
            "reason": (labels.get(reason) or labels.setdefault(reason, _(LABELS.get(reason, reason)))
                       if reason else ""),
            "result": data.get("result", ""), "reports": data.get("reports", ""),
            "kind": data.get("kind", ""), "comments": data.get("comments", ""),
        }
        if e.action == "comment.reverse" and data.get("undo_of"):
            text = _("undid their decision on comment %(comment)s (back in the queue)") % facts
        elif e.action in sentences:
            text = sentences[e.action] % facts
        else:
            text = e.action.replace(".", " ").replace("_", " ")
        article = articles.get(data.get("article"))
        local = timezone.localtime(e.created_at)
        lines.append({
            "entry": e,
            "actor": e.actor_name or _("system"),
            "actor_url": "?actor=" + (e.actor_name or "system"),
            "text": text,
            # The sentence around the comment's number, which the page links to the comment.
            "parts": text.partition(f"#{comment_id}") if comment_id else (text, "", ""),
            "comment_url": f"{comment_head}{int(comment_id)}{comment_tail}" if comment_id.isdigit() else "",
            "comment_id": comment_id,
            "article": article,
            "article_url": article_urls.get(article.pk) if article else "",
            "time": local.isoformat(),  # what |date:"c" printed
            "time_shown": local.strftime("%Y-%m-%d %H:%M:%S"),
            "note": data.get("note", ""),
        })
    return lines


def lines_html(lines):
    """The audit page's <li> for each line of `describe`, as moderation/audit.html rendered them in a
    {% for %} loop (100 lines a page, each about fifteen variable lookups: most of the page's time
    outside the database, issue 13). Every value is escaped as the template's autoescaping did."""
    from django.utils.html import conditional_escape
    from django.utils.safestring import mark_safe
    from django.utils.translation import gettext as _

    e = conditional_escape
    on = e(_("on"))
    out = []
    for line in lines:
        if line["comment_url"] and line["parts"][1]:
            before, number, after = line["parts"]
            text = (f'{e(before)}<a class="mod-audit__comment" href="{e(line["comment_url"])}">'
                    f'{e(number)}</a>{e(after)}')
        else:
            text = e(line["text"])
        article = line["article"]
        if article:
            text += (f' {on} <a class="mod-audit__article" href="{e(line["article_url"])}">'
                     f'{e(article.title)}</a>')
        if line["note"]:
            text += f' <q>{e(line["note"])}</q>'
        out.append(
            f'<li class="mod-audit__entry" data-action="{e(line["entry"].action)}">\n'
            f'    <time datetime="{e(line["time"])}">{e(line["time_shown"])}</time>\n'
            f'    <span><a class="mod-audit__actor" href="{e(line["actor_url"])}">{e(line["actor"])}</a> '
            f'{text}</span>\n  </li>\n  ')
    # Safe: every value above is escaped; the tags are our own.
    return mark_safe("".join(out))  # nosec B308, B703
