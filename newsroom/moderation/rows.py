"""The console's rows (queue, Reported lane, approved and rejected lists), rendered in Python.

A page shows 50 rows; as a template include each row cost a few hundred variable lookups, filters,
translations, URL reversals and the article's Wagtail URL, which made a console page spend most of
its time outside the database (issue 13). Here everything that is the same for every row (the CSRF
field, the reason options, the translated labels, the URL patterns) is built once per page by
`Rows`, and each row is a few string joins. Everything a commenter wrote is escaped.

The markup is what moderation/_comment_row.html and _report_row.html rendered; console.js and the
browser tests read its classes and data attributes.
"""

import unicodedata
from html import escape as html_escape

from django.middleware.csrf import get_token
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from newsroom.articles.links import article_urls, request_site_roots
from newsroom.comments.models import Ban

_ID = 987654321  # an id no URL pattern contains otherwise: reversed once, then replaced per row


def _pattern(name):
    url = reverse(name, args=[_ID])
    head, _sep, tail = url.partition(str(_ID))
    return head, tail


def escape(value):
    """django.utils.html.escape without its wrapper for lazy strings (a call through it cost about as
    much as the escaping; a page escapes about a thousand values): the same text, html.escape of
    str(value). A lazy string is translated here, in the request's language, as it would have been."""
    return html_escape(str(value))


def _stamp(value, tz=None):
    """(datetime attribute, shown text) as the templates' |date:'c' and |date:"Y-m-d H:i" gave, in
    `tz` (the current time zone, read once a page; None: read it here)."""
    if timezone.is_aware(value):
        local = value.astimezone(tz or timezone.get_current_timezone())
    else:
        local = value
    return local.isoformat(), local.strftime("%Y-%m-%d %H:%M")


def _truncate(text, length=160):
    """|truncatechars:160, without building a Truncator for the common short text."""
    normal = unicodedata.normalize("NFC", text)
    return normal if len(normal) <= length else Truncator(text).chars(length)


def _long(body):
    return len(body) > 280 or len(body.split()) > 50


class Rows:
    """What every row of one page shares, built once; `comment(c)` and `report(c)` render a row."""

    def __init__(self, request, *, reasons, hook=None, can_ban=False, can_reverse=False, selectable=False):
        self.request = request
        self.hook = hook
        self.can_ban = can_ban
        self.can_reverse = can_reverse
        self.selectable = selectable
        self.urls = {name: _pattern(f"moderation:{name}")
                     for name in ("decide", "comment", "commenter", "reverse", "resolve_report")}
        self.csrf = mark_safe(  # nosec B308, B703 - an escaped token in our own markup
            f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(get_token(request))}">')
        self.next = mark_safe(  # nosec B308, B703 - the escaped path in our own markup
            f'<input type="hidden" name="next" value="{escape(request.get_full_path())}">')
        self.reasons = [(code, conditional_escape(label)) for _key, code, label in reasons]
        self._options = {}
        self._article_urls = {}
        self._roots = None
        self._labels = {}
        self.history = _("%(a)s approved, %(r)s rejected")
        self.reply_label = _("Reply to %(name)s:")
        self.tz = timezone.get_current_timezone()
        self.language = get_language()
        self.t = {key: conditional_escape(text) for key, text in {
            "select": _("Select"), "reason": _("Reason"), "reason_prompt": _("Reason…"), "more": _("more"),
            "approve": _("Approve"), "reject": _("Reject"), "history": _("History"), "keep": _("Keep"),
            "ban_trust": _("Ban / trust"), "note": _("Note"), "trust": _("Trust"), "trusted": _("trusted"),
            "reverse": _("Reverse"), "reply_to": _("Reply to"),
        }.items()}
        self.ban_buttons = mark_safe("".join(  # nosec B308, B703 - escaped labels in our own markup
            f'<button type="submit" name="kind" value="{escape(code)}">'
            f'{_("Ban: %(label)s") % {"label": conditional_escape(label)}}</button>'
            for code, label in Ban.Kind.choices))

    def url(self, name, pk):
        head, tail = self.urls[name]
        return f"{head}{pk}{tail}"

    def label(self, field, value):
        """A decision's get_<field>_display(), escaped; the choices translated once per page."""
        if field not in self._labels:
            from newsroom.moderation.models import Decision

            self._labels[field] = {str(k): escape(v) for k, v in Decision._meta.get_field(field).flatchoices}
        return self._labels[field].get(value, escape(value))

    def options(self, selected=""):
        """The reason <option>s, `selected` marked; built once per distinct selection."""
        if selected not in self._options:
            self._options[selected] = "".join(
                f'<option value="{escape(code)}"{" selected" if code == selected else ""}>{label}</option>'
                for code, label in self.reasons)
        return self._options[selected]

    def articles(self, comments):
        """Work out the article URLs of these rows, once per article: from the article id and
        url_path annotated on each comment (newsroom.moderation.queries.ARTICLE_FIELDS), no Wagtail
        page unless this process has not seen the article yet (newsroom.articles.links)."""
        paths = {c.article_id: c.article_url_path for c in comments if c.article_id not in self._article_urls}
        if paths:
            if self._roots is None:
                self._roots = request_site_roots(self.request)
            for pk, url in article_urls(paths, self.request, self._roots).items():
                self._article_urls[pk] = escape(url)
        return comments

    def _article(self, comment):
        if comment.article_id not in self._article_urls:
            self.articles([comment])
        title = escape(comment.article_title)
        return (f'<a class="mod-row__article" href="{self._article_urls.get(comment.article_id, "")}" '
                f'target="_blank" rel="noopener" title="{title}">{title}</a>')

    def _history(self, comment):
        return self.history % {"a": comment.history_approved, "r": comment.history_rejected}

    def _body(self, comment, long):
        body_html = getattr(comment, "body_html", None)
        text = body_html if body_html else linebreaksbr(comment.body, autoescape=True)
        return (f'<div class="mod-row__body{" mod-row__body--long" if long else ""}" '
                f'lang="{escape(comment.language)}" dir="auto">{text}</div>')

    def comment(self, comment):
        """One row of the queue or a decided list (was moderation/_comment_row.html)."""
        t, pk = self.t, comment.pk
        suggested = escape(getattr(comment, "suggested_reason", "") or "")
        info = getattr(comment, "scoring_info", None)
        senior = ' data-senior="1"' if info and info.get("senior") else ""
        out = [f'<tr class="mod-row" id="row-{pk}" data-id="{pk}" data-decide-url="{self.url("decide", pk)}" '
               f'data-history-url="{self.url("comment", pk)}?panel=1" data-suggested="{suggested}" '
               f'data-top-reason="{suggested}"{senior} tabindex="-1">\n  ']
        if self.selectable:
            out.append(f'<td class="mod-row__select"><input type="checkbox" name="ids" value="{pk}" '
                       f'form="bulk-form" aria-label="{t["select"]} {pk}"></td>')
        out.append('\n  <td class="mod-row__text">\n    ')
        if comment.parent_id:
            parent = comment.parent
            if parent:
                label = self.reply_label % {"name": escape(parent.name)}
                out.append(f'<p class="mod-row__parent"><span class="mod-row__parent-label">{label}</span> '
                           f'<span lang="{escape(parent.language)}" dir="auto">'
                           f'{escape(_truncate(parent.body))}</span></p>')
            else:
                out.append(f'<p class="mod-row__parent">{t["reply_to"]} #{comment.parent_id}</p>')
        long = _long(comment.body)
        out.append("\n    " + self._body(comment, long) + "\n    ")
        if long:
            out.append(f'<button type="button" class="mod-more" aria-expanded="false">{t["more"]}</button>')
        out.append("\n    ")
        if self.hook is not None:
            out.append(self.hook.row_html(comment, language=self.language))
        created, shown = _stamp(comment.created_at, self.tz)
        trusted = getattr(comment, "trusted", None)
        badge = (f' <span class="badge badge-trusted" title="{escape(trusted.note)}">{t["trusted"]}</span>'
                 if trusted else "")
        out.append(
            f'\n  </td>\n  <td class="mod-row__meta">\n    {self._article(comment)}\n'
            f'    <span class="mod-row__who"><span class="mod-row__name">{escape(comment.name)}</span> '
            f'<span class="mod-row__email">{escape(comment.email)}</span>{badge}</span>\n'
            f'    <span class="mod-row__facts"><small class="mod-row__history">{self._history(comment)}'
            f'</small>\n'
            f'      · <span class="mod-row__lang">{escape(comment.language)}</span> · '
            f'<time class="mod-row__time" datetime="{created}">{shown}</time></span>\n  </td>\n'
            f'  <td class="mod-row__actions">\n')
        if comment.status == "pending":
            decide = self.url("decide", pk)
            out.append(
                f'    <form method="post" action="{decide}" class="mod-inline">{self.csrf}\n'
                f'      {self.next}\n'
                f'      <button type="submit" name="action" value="approve" class="mod-approve">'
                f'{t["approve"]}</button></form>\n'
                f'    <form method="post" action="{decide}" class="mod-inline mod-reject-form">{self.csrf}\n'
                f'      <input type="hidden" name="action" value="reject">{self.next}\n'
                f'      <select name="reason" aria-label="{t["reason"]}"><option value="">'
                f'{t["reason_prompt"]}</option>{self.options(getattr(comment, "suggested_reason", "") or "")}'
                f'</select>\n'
                f'      <button type="submit" class="mod-reject">{t["reject"]}</button></form>\n'
                f'    <a class="mod-history-link" href="{self.url("comment", pk)}">{t["history"]}</a>\n    ')
            if self.can_ban:
                out.append(
                    f'<details class="mod-row__people"><summary>{t["ban_trust"]}</summary>\n'
                    f'      <form method="post" action="{self.url("commenter", pk)}" class="mod-people-form">'
                    f'{self.csrf}\n        {self.next}\n'
                    f'        <label>{t["note"]} <input name="note" maxlength="500" required></label>\n'
                    f'        <span class="mod-people-buttons">{self.ban_buttons}\n'
                    f'        <button type="submit" name="op" value="trust">{t["trust"]}</button></span>\n'
                    f'      </form></details>')
        else:
            last = getattr(comment, "last_decision", None)
            if last:
                reason = f": {self.label('reason', last.reason)}" if last.reason else ""
                out.append(f'      <p>{self.label("action", last.action)}{reason} — '
                           f'{escape(last.moderator_name)}</p>')
            if self.can_reverse:
                select = (f'<select name="reason" aria-label="{t["reason"]}">{self.options()}</select>'
                          if comment.status == "approved" else "")
                out.append(
                    f'\n      <form method="post" action="{self.url("reverse", pk)}">{self.csrf}\n'
                    f'        {self.next}\n        {select}\n'
                    f'        <button type="submit">{t["reverse"]}</button></form>\n')
        out.append("\n  </td>\n</tr>\n")
        # Safe: every value above is escaped, or our own markup, or the hook's (escaped) html.
        return mark_safe("".join(out))  # nosec B308, B703

    def report(self, comment):
        """One row of the Reported lane (was moderation/_report_row.html)."""
        t, pk = self.t, comment.pk
        reasons = getattr(comment, "report_reasons", None) or []
        first = reasons[0][0] if reasons else ""
        resolve = self.url("resolve_report", pk)
        n = comment.report_count
        count = ngettext("%(n)s report", "%(n)s reports", n) % {"n": n}
        badges = "".join(f'<span class="badge badge-report badge-{escape(code)}" '
                         f'data-reason="{escape(code)}">{escape(label)} × {k}</span> '
                         for code, label, k in reasons)
        out = [f'<tr class="mod-row mod-row--reported" id="row-{pk}" data-id="{pk}" data-lane="reported" '
               f'data-decide-url="{resolve}" data-history-url="{self.url("comment", pk)}?panel=1" '
               f'data-suggested="{escape(first)}" tabindex="-1">\n  <td class="mod-row__text">\n'
               f'    <p class="mod-row__reports"><strong>{count}</strong>:\n      {badges}</p>\n    ']
        if comment.parent_id and comment.parent:
            label = self.reply_label % {"name": escape(comment.parent.name)}
            out.append(f'<p class="mod-row__parent"><span class="mod-row__parent-label">{label}</span> '
                       f'<span dir="auto">{escape(_truncate(comment.parent.body))}</span></p>')
        long = len(comment.body) > 280
        out.append("\n    " + self._body(comment, long) + "\n    ")
        if long:
            out.append(f'<button type="button" class="mod-more" aria-expanded="false">{t["more"]}</button>')
        created, shown = _stamp(comment.created_at, self.tz)
        out.append(
            f'\n  </td>\n  <td class="mod-row__meta">\n    {self._article(comment)}\n'
            f'    <span class="mod-row__who"><span class="mod-row__name">{escape(comment.name)}</span> '
            f'<span class="mod-row__email">{escape(comment.email)}</span></span>\n'
            f'    <span class="mod-row__facts"><small class="mod-row__history">{self._history(comment)}'
            f'</small> · '
            f'<time datetime="{created}">{shown}</time></span>\n  </td>\n  <td class="mod-row__actions">\n'
            f'    <form method="post" action="{resolve}" class="mod-inline">{self.csrf}\n      {self.next}\n'
            f'      <button type="submit" name="action" value="keep" class="mod-approve">{t["keep"]}'
            f'</button></form>\n'
            f'    <form method="post" action="{resolve}" class="mod-inline mod-reject-form">{self.csrf}\n'
            f'      <input type="hidden" name="action" value="reject">{self.next}\n'
            f'      <select name="reason" aria-label="{t["reason"]}"><option value="">'
            f'{t["reason_prompt"]}</option>{self.options(first)}</select>\n'
            f'      <button type="submit" class="mod-reject">{t["reject"]}</button></form>\n'
            f'    <a class="mod-history-link" href="{self.url("comment", pk)}">{t["history"]}</a>\n'
            f'  </td>\n</tr>\n')
        return mark_safe("".join(out))  # nosec B308, B703 - as in comment()
