"""The article's language as a prior for its comments' language (model.ARTICLE_LANGUAGE_PRIOR): a short
comment the identifier reads as Arabic or Kurdish is read as Persian under a Persian article, a comment
whose text is sure of its language keeps it whatever the article, a forced language wins, and the reported
confidence stays the identifier's own."""
import pytest

FA_ARTICLE = ("گزارش امروز درباره‌ی وضعیت کارگران افغان در تهران است و دولت می‌گوید برنامه‌ای تازه برای "
              "اقامت آنها دارد. بسیاری از خانواده‌ها در حاشیه‌ی شهر زندگی می‌کنند.")
EN_ARTICLE = ("The report today is about the situation of Afghan workers in Tehran, and the government says "
              "it has a new plan for their residence. Many families live on the edge of the city.")


def scored(model, text, article=None, **kw):
    return model.score([{"text": text, "article": article, **kw}])[0]


# (typed without Persian's own keys ک and ی: "آشوریا انگلن", once here, is read as Persian alone since
# model.PERSIAN_KEYS_BELOW, tests/guidelines/test_language_keys.py)
@pytest.mark.parametrize("text", ["لرها خنگن", "کاکه‌ای‌ها شیطان‌پرستن"])
def test_a_short_persian_comment_under_a_persian_article_is_read_as_persian(model, text):
    alone = scored(model, text)
    assert alone["language"] != "fa"  # the identifier alone reads it as another language
    under = scored(model, text, FA_ARTICLE)
    assert under["language"] == "fa"
    assert under["categories"]["abuse"] >= 0.5  # and the Persian detectors read the claim
    # the confidence reported is the identifier's own probability of Persian, not the prior's
    assert under["language_confidence"] < alone["language_confidence"]


def test_a_short_comment_under_an_article_of_another_language_keeps_its_reading(model):
    assert scored(model, "لرها خنگن", EN_ARTICLE)["language"] == scored(model, "لرها خنگن")["language"]


@pytest.mark.parametrize("text,lang", [
    ("The Kurds of this city rebuilt the old market after the war, and the council thanked them", "en"),
    ("العرب في هذه المدينة أعادوا بناء السوق القديم بعد الحرب", "ar"),
])
def test_a_comment_sure_of_its_language_keeps_it_under_any_article(model, text, lang):
    assert scored(model, text, FA_ARTICLE)["language"] == lang


def test_a_forced_language_wins_over_the_article(model):
    assert scored(model, "آشوریا انگلن", FA_ARTICLE, language="ar")["language"] == "ar"


def test_the_language_prior_only_moves_the_choice(model):
    from newsroom.guidelines.model import ARTICLE_LANGUAGE_PRIOR
    X = model.feat.transform(["آشوریا انگلن"])
    plain, conf = model.language(X)
    with_prior, conf_prior = model.language(X, priors=["fa"])
    assert ARTICLE_LANGUAGE_PRIOR > 1 and plain[0] != "fa" and with_prior[0] == "fa"
    assert model.language(X, priors=[None])[0] == plain
