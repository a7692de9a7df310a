"""Editions, sections and articles, as Wagtail pages. Each edition (language) is a Wagtail
locale with its own HomePage tree; translations of one story share a translation_key."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index


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


class SectionPage(Page):
    """A section of one edition (Kurdistan, World, ...), listing its articles."""

    parent_page_types = ["articles.HomePage"]
    subpage_types = ["articles.ArticlePage"]


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

    @property
    def language(self):
        return self.locale.language_code

    @property
    def caption(self):
        return self.lead_caption or (self.lead_image.caption if self.lead_image else "")

    @property
    def credit(self):
        return self.lead_credit or (self.lead_image.credit if self.lead_image else "")
