"""Editions, sections and articles, as Wagtail pages. Each edition (language) is a Wagtail
locale with its own HomePage tree; translations of one story share a translation_key."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from newsroom.comments.counts import attach_approved_counts
from newsroom.core.frontcache import tag

from . import meta, surrogates
from .visibility import public

LATEST_COUNT = 6


def edition_articles(locale, searched=False):
    """Live, public articles of one edition, newest first. `searched`: the queryset is handed to
    the search backend, which reads only Wagtail's own public() filter (newsroom.articles.visibility
    puts the test in the query instead, one round trip less)."""
    articles = ArticlePage.objects.live()
    articles = articles.public() if searched else public(articles)
    return articles.filter(locale=locale).order_by("-date", "-pk")


def page_seo_context(page, request):
    return {
        "canonical_url": meta.absolute(request, page.get_url(request)),
        "alternates": meta.alternates(page, request),
        "description": meta.description(page),
    }


class NewsImage(AbstractImage):
    """A photo with the caption and credit a news page prints under it."""

    caption = models.CharField(_("caption"), max_length=500, blank=True)
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = Image.admin_form_fields + ("caption", "credit")


class NewsRendition(AbstractRendition):
    image = models.ForeignKey(NewsImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class HomePage(Page):
    """The root of one edition, served at /<lang>/."""

    tagline = models.CharField(max_length=255, blank=True)

    content_panels = Page.content_panels + [FieldPanel("tagline")]
    subpage_types = ["articles.SectionPage", "articles.ArticlePage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = attach_approved_counts(edition_articles(self.locale).select_related("lead_image")[:13])
        context.update(page_seo_context(self, request))
        context["lead_story"] = stories[0] if stories else None
        context["stories"] = stories[1:]
        context["sections"] = public(SectionPage.objects.live()).child_of(self)
        language = self.locale.language_code
        tag(request, surrogates.edition(language), surrogates.latest(language),
            *surrogates.listed(stories, with_comments=True))
        return context


class SectionPage(Page):
    """A section of one edition (Kurdistan, World, ...), listing its articles."""

    parent_page_types = ["articles.HomePage"]
    subpage_types = ["articles.ArticlePage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = public(ArticlePage.objects.live()).child_of(self).order_by("-date", "-pk")
        paginator = Paginator(articles.select_related("lead_image"), 20)
        context.update(page_seo_context(self, request))
        context["articles"] = paginator.get_page(request.GET.get("page"))
        attach_approved_counts(context["articles"])
        language = self.locale.language_code
        tag(request, surrogates.edition(language), surrogates.latest(language), surrogates.section(self.pk),
            *surrogates.listed(context["articles"].object_list, with_comments=True))
        return context


class ArticlePage(Page):
    dateline = models.CharField(
        _("dateline"), max_length=120, blank=True, help_text=_("Place, e.g. 'ERBIL, Kurdistan Region'")
    )
    date = models.DateTimeField(_("publication date"), default=timezone.now)
    byline = models.CharField(_("byline"), max_length=255, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    lead_image = models.ForeignKey(
        NewsImage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lead_caption = models.CharField(
        _("lead photo caption"), max_length=500, blank=True,
        help_text=_("Leave empty to use the image's own caption."),
    )
    lead_credit = models.CharField(
        _("lead photo credit"), max_length=255, blank=True,
        help_text=_("Leave empty to use the image's own credit."),
    )
    body = RichTextField(_("body"), blank=True)
    comments_open = models.BooleanField(_("comments open"), default=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("dateline"), FieldPanel("date"), FieldPanel("byline")], _("Credits")),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_caption"), FieldPanel("lead_credit")],
            _("Lead photo"),
        ),
        FieldPanel("body"),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("comments_open")]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("byline"),
        index.FilterField("date"),
    ]
    parent_page_types = ["articles.HomePage", "articles.SectionPage"]
    subpage_types = []

    class Meta:
        ordering = ["-date"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent().specific
        section = parent if isinstance(parent, SectionPage) else None
        image_url = None
        if self.lead_image:
            image_url = meta.absolute(request, self.lead_image.get_rendition("width-1200").url)
        context.update(page_seo_context(self, request))
        context.update(
            section=section,
            og_image=image_url,
            json_ld=meta.news_article_json_ld(self, request, image_url, section),
            latest=list(edition_articles(self.locale).exclude(pk=self.pk).select_related("lead_image")[
                :LATEST_COUNT
            ]),
        )
        language = self.locale.language_code
        tag(request, surrogates.article(self.pk), surrogates.comments(self.pk), surrogates.edition(language),
            surrogates.latest(language), *surrogates.listed(context["latest"]))
        return context

    def body_html(self):
        """The body, with the dateline run into its first paragraph as the print edition does."""
        html = expand_db_html(self.body)
        if self.dateline:
            lead = f'<span class="article__dateline">{escape(self.dateline)}</span> – '
            html = html.replace("<p>", "<p>" + lead, 1) if html.startswith("<p>") else (
                f"<p>{lead}</p>{html}"
            )
        # Safe: expand_db_html renders the editors' rich text, which Wagtail's editor whitelists on
        # save; the only addition is the dateline, escaped above.
        return mark_safe(html)  # nosec B308, B703

    @property
    def language(self):
        return self.locale.language_code

    @property
    def caption(self):
        return self.lead_caption or (self.lead_image.caption if self.lead_image else "")

    @property
    def credit(self):
        return self.lead_credit or (self.lead_image.credit if self.lead_image else "")


class ArticleStats(models.Model):
    """Counters kept with an article, one row per article. Its own table rather than fields on
    ArticlePage: a Wagtail page is saved whole from its revisions, so a counter there would be
    overwritten with the value of the moment the editor opened the page.

    `approved_comments` and `pending_comments` are maintained in the transaction that changes a
    comment's status: its submission (Comment.save()), the decision action
    (newsroom.moderation.actions: decisions, reversals, undos) and erasure; see
    newsroom.articles.counts. An article's deletion takes its row with its comments."""

    article = models.OneToOneField(
        ArticlePage, on_delete=models.CASCADE, primary_key=True, related_name="stats"
    )
    approved_comments = models.PositiveIntegerField(default=0)
    # db_default: a server still running the code before this column can insert a row.
    pending_comments = models.PositiveIntegerField(default=0, db_default=0)

    class Meta:
        verbose_name_plural = "article stats"

    def __str__(self):
        return (f"article {self.article_id}: {self.approved_comments} approved,"
                f" {self.pending_comments} pending")
