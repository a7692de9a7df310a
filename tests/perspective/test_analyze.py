"""Contract tests for POST /v1alpha1/comments:analyze (Perspective v1alpha1), in the site."""
import json
from unittest import mock

import pytest

from newsroom.api.models import ApiKey
from newsroom.guidelines.clauses import ABUSE_KINDS, CLAUSES
from newsroom.perspective import protocol
from newsroom.perspective.models import Feedback, ScoringUsage
from newsroom.perspective.service import BaseService, Key

from .conftest import ANALYZE, SUGGEST, post

pytestmark = pytest.mark.django_db

HOSTILE = "You are a stupid idiot and everyone here knows it"
ARABIC = "أنت غبي وحقير ولا تفهم شيئا يا كلب"
SORANI = "ئەم وتارە زۆر باشە و سوپاس بۆ نووسەر"


def ok(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def error(response, code, status):
    assert response.status_code == code, response.content
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code and body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]


def test_every_request_field_and_the_response_shape(client, scoring_key):
    body = {
        "comment": {"text": HOSTILE, "type": "PLAIN_TEXT"},
        "context": {"entries": [{"text": "The council voted on the bridge budget.", "type": "PLAIN_TEXT"}]},
        "requestedAttributes": {"TOXICITY": {"scoreType": "PROBABILITY", "scoreThreshold": 0},
                                "INSULT": {}, "OFF_TOPIC": {}},
        "languages": ["en"], "doNotStore": False, "spanAnnotations": True,
        "clientToken": "token-42", "sessionId": "s-1", "communityId": "Coral:https://news.example",
    }
    data = ok(post(client, ANALYZE, body, scoring_key))
    assert set(data) == {"attributeScores", "languages", "detectedLanguages", "clientToken"}
    assert data["clientToken"] == "token-42"
    assert data["languages"] == ["en"] and data["detectedLanguages"] == ["en"]
    assert set(data["attributeScores"]) == {"TOXICITY", "INSULT", "OFF_TOPIC"}
    for name, entry in data["attributeScores"].items():
        summary = entry["summaryScore"]
        assert summary["type"] == "PROBABILITY" and 0 <= summary["value"] <= 1, name
        assert entry["spanScores"], name
        for span in entry["spanScores"]:
            assert 0 <= span["begin"] < span["end"] <= len(HOSTILE)
            assert span["score"] == {"value": summary["value"], "type": "PROBABILITY"}
    assert data["attributeScores"]["TOXICITY"]["summaryScore"]["value"] > 0.8
    assert data["attributeScores"]["INSULT"]["summaryScore"]["value"] > 0.8
    # the insult's evidence is a word of the comment, not the whole comment
    spans = data["attributeScores"]["INSULT"]["spanScores"]
    assert any(HOSTILE[s["begin"]:s["end"]] in ("stupid", "idiot") for s in spans)
    assert not Feedback.objects.exists()  # analyze keeps no text, doNotStore or not


def test_without_span_annotations_there_are_no_span_scores_and_no_client_token(client, scoring_key):
    data = ok(post(client, ANALYZE, {"comment": {"text": HOSTILE}, "requestedAttributes": {"TOXICITY": {}}},
                   scoring_key))
    assert set(data["attributeScores"]["TOXICITY"]) == {"summaryScore"}
    assert "clientToken" not in data


def test_score_threshold_drops_scores_below_it(client, scoring_key):
    clean = "Thanks for this report on the bridge budget, very clear."
    data = ok(post(client, ANALYZE, {"comment": {"text": clean}, "requestedAttributes": {
        "TOXICITY": {"scoreThreshold": 0.9}, "SPAM": {"scoreThreshold": 0.0}}}, scoring_key))
    assert "TOXICITY" not in data["attributeScores"]
    assert "SPAM" in data["attributeScores"]


def test_html_is_stripped_for_scoring_and_spans_stay_on_the_text_as_sent(client, scoring_key):
    markup = "<p>You are a <b>stupid</b> idiot &amp; everyone here knows it</p>"
    plain = "You are a stupid idiot & everyone here knows it"
    html = ok(post(client, ANALYZE, {"comment": {"text": markup, "type": "HTML"}, "spanAnnotations": True,
                                     "requestedAttributes": {"INSULT": {}}}, scoring_key))
    text = ok(post(client, ANALYZE, {"comment": {"text": plain}, "requestedAttributes": {"INSULT": {}}},
                   scoring_key))
    # the same words scored (the block tag becomes a space, which the scorer's normaliser folds)
    assert abs(html["attributeScores"]["INSULT"]["summaryScore"]["value"]
               - text["attributeScores"]["INSULT"]["summaryScore"]["value"]) < 0.05
    words = {markup[s["begin"]:s["end"]] for s in html["attributeScores"]["INSULT"]["spanScores"]}
    assert words & {"stupid", "idiot"}, words


def test_strip_html_maps_every_character_back():
    markup = "<div>a &lt;b&gt; <script>x()</script>c</div>"
    plain, spans = protocol.strip_html(markup)
    assert plain == " a <b> c "
    assert markup[spans[plain.index("c")][0]] == "c"
    assert markup[slice(*spans[plain.index("<")])] == "&lt;"


def test_arabic_labelled_english_is_scored_as_arabic(client, scoring_key):
    data = ok(post(client, ANALYZE, {"comment": {"text": ARABIC}, "languages": ["en"],
                                     "requestedAttributes": {"TOXICITY": {}}}, scoring_key))
    assert data["detectedLanguages"] == ["ar"] and data["languages"] == ["ar"]
    direct = protocol.attribute_score("TOXICITY", _score(ARABIC), _heads())
    assert data["attributeScores"]["TOXICITY"]["summaryScore"]["value"] == round(direct, 4)


def _score(text):
    from newsroom.scoring.engine import get_scorer

    return get_scorer().score([{"text": text, "article": None}])[0]


def _heads():
    from newsroom.scoring.engine import get_scorer

    return protocol.model_heads(get_scorer())


def test_a_language_without_a_model_is_refused_naming_attribute_and_language(client, scoring_key):
    err = error(post(client, ANALYZE, {"comment": {"text": SORANI}, "languages": ["en"],
                                       "requestedAttributes": {"TOXICITY": {}}}, scoring_key),
                400, "INVALID_ARGUMENT")
    assert "TOXICITY" in err["message"] and "ckb" in err["message"]
    assert err["details"][0]["errorType"] == "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE"
    # promotion rules hold in every language: SPAM is scored
    data = ok(post(client, ANALYZE, {"comment": {"text": SORANI}, "requestedAttributes": {"SPAM": {}}},
                   scoring_key))
    assert data["detectedLanguages"] == ["ckb"] and "SPAM" in data["attributeScores"]


def test_the_partial_option_returns_what_it_has_marked_for_a_person(client, scoring_key, settings):
    settings.PERSPECTIVE_UNSUPPORTED_LANGUAGE = "partial"
    data = ok(post(client, ANALYZE, {"comment": {"text": SORANI},
                                     "requestedAttributes": {"TOXICITY": {}, "SPAM": {}}}, scoring_key))
    assert data["needsHuman"] is True and data["unscoredAttributes"] == ["TOXICITY"]
    assert set(data["attributeScores"]) == {"SPAM"}


def test_turkish_toxicity_comes_from_its_violation_head(client, scoring_key):
    text = "Bu yazar tam bir aptal, utanmaz herif, defol git buradan"
    data = ok(post(client, ANALYZE, {"comment": {"text": text}, "requestedAttributes": {"TOXICITY": {}}},
                   scoring_key))
    assert data["detectedLanguages"] == ["tr"]
    heads = _heads()
    if heads["tr"] & {"profanity", "vulgarity", "threat", "personal_attack", "abuse"}:
        return  # the scorer now has Turkish clause heads: the clause path is tested elsewhere
    assert data["attributeScores"]["TOXICITY"]["summaryScore"]["value"] == _score(text)["violation"]


def test_every_clause_is_an_attribute():
    names = set(protocol.ATTRIBUTES)
    for code in CLAUSES + ABUSE_KINDS:
        assert f"NEWSROOM_{code.upper()}" in names
    assert {"TOXICITY", "SEVERE_TOXICITY", "IDENTITY_ATTACK", "INSULT", "PROFANITY", "THREAT",
            "SEXUALLY_EXPLICIT", "SPAM", "OFF_TOPIC", "NEWSROOM_VIOLATION"} <= names


def test_newsroom_clause_attributes_equal_the_clause_scores(client, scoring_key):
    requested = {f"NEWSROOM_{c.upper()}": {} for c in ("profanity", "personal_attack", "promotion", "sexism")}
    data = ok(post(client, ANALYZE, {"comment": {"text": HOSTILE}, "requestedAttributes": requested},
                   scoring_key))
    result = _score(HOSTILE)
    scores = {**result["categories"], **result["abuse"]}
    for name, entry in data["attributeScores"].items():
        assert entry["summaryScore"]["value"] == round(scores[name[len("NEWSROOM_"):].lower()], 4)


class _Scorer:
    """A scorer from the future: a Turkish threat head (issue 9 adds clauses for tr)."""

    class model:  # noqa: N801
        manifest = {"heads": {"tr": ["violation", "threat"]}}

    def score(self, batch):
        cats = dict.fromkeys(CLAUSES)
        cats.update({"threat": 0.91, "promotion": 0.02})
        return [{"language": "tr", "language_confidence": 0.99, "violation": 0.93, "categories": cats,
                 "abuse": dict.fromkeys(ABUSE_KINDS), "evidence": [], "needs_human": False}]


class _Service(BaseService):
    def scorer(self):
        return _Scorer()

    def authenticate(self, raw_key):
        return Key("k", "k")

    def hit(self, key):
        return None


def test_new_clause_scores_flow_through_without_a_code_change():
    body = json.dumps({"comment": {"text": "x"}, "requestedAttributes": {"THREAT": {}, "TOXICITY": {},
                                                                         "SEVERE_TOXICITY": {}}})
    status, data = protocol.handle(_Service(), "comments:analyze", "k", body.encode())
    assert status == 200
    assert {k: v["summaryScore"]["value"] for k, v in data["attributeScores"].items()} == {
        "THREAT": 0.91, "TOXICITY": 0.91, "SEVERE_TOXICITY": 0.91}
    status, data = protocol.handle(_Service(), "comments:analyze", "k",
                                   json.dumps({"comment": {"text": "x"},
                                               "requestedAttributes": {"INSULT": {}}}).encode())
    assert status == 400 and "INSULT" in data["error"]["message"] and "tr" in data["error"]["message"]


def test_off_topic_needs_context_and_reads_it(client, scoring_key):
    comment = "The bridge budget vote in the council was close, the river crossing is needed."
    body = {"comment": {"text": comment}, "requestedAttributes": {"OFF_TOPIC": {}}}
    err = error(post(client, ANALYZE, body, scoring_key), 400, "INVALID_ARGUMENT")
    assert "context" in err["message"]
    article = "The council voted on the bridge budget for the river crossing."
    related = ok(post(client, ANALYZE, {**body, "context": {"entries": [{"text": article}]}}, scoring_key))
    cake = "Recipes for a lemon cake with sugar, eggs and flour."
    unrelated = ok(post(client, ANALYZE, {**body, "context": {"entries": [{"text": cake}]}}, scoring_key))
    value = lambda d: d["attributeScores"]["OFF_TOPIC"]["summaryScore"]["value"]  # noqa: E731
    assert value(related) < value(unrelated)


@pytest.mark.parametrize("body, words", [
    ("{not json", "JSON"),
    ("[1, 2]", "JSON object"),
    (json.dumps({"requestedAttributes": {"TOXICITY": {}}}), "comment.text"),
    (json.dumps({"comment": {"text": "   "}, "requestedAttributes": {"TOXICITY": {}}}), "comment.text"),
    (json.dumps({"comment": {"text": 5}, "requestedAttributes": {"TOXICITY": {}}}), "comment.text"),
    (json.dumps({"comment": {"text": "hi"}}), "requestedAttributes"),
    (json.dumps({"comment": {"text": "hi"}, "requestedAttributes": {"NICENESS": {}}}), "NICENESS"),
    (json.dumps({"comment": {"text": "a" * 20481}, "requestedAttributes": {"TOXICITY": {}}}), "too long"),
    (json.dumps({"comment": {"text": "hi", "type": "MARKDOWN"}, "requestedAttributes": {"TOXICITY": {}}}),
     "comment.type"),
    (json.dumps({"comment": {"text": "hi"}, "requestedAttributes": {"TOXICITY": {"scoreType": "STD_DEV"}}}),
     "scoreType"),
    (json.dumps({"comment": {"text": "hi"}, "requestedAttributes": {"TOXICITY": {"scoreThreshold": 2}}}),
     "scoreThreshold"),
    (json.dumps({"comment": {"text": "hi"}, "requestedAttributes": {"TOXICITY": {}}, "doNotStore": "yes"}),
     "doNotStore"),
    (json.dumps({"comment": {"text": "hi"}, "requestedAttributes": {"TOXICITY": {}}, "languages": "en"}),
     "languages"),
])
def test_bad_requests_are_invalid_argument(client, scoring_key, body, words):
    err = error(post(client, ANALYZE, body, scoring_key, raw=True), 400, "INVALID_ARGUMENT")
    assert words in err["message"]


def test_text_of_exactly_20_kb_is_accepted(client, scoring_key):
    ok(post(client, ANALYZE, {"comment": {"text": "a " * 10240}, "requestedAttributes": {"SPAM": {}}},
            scoring_key))


def test_keys(client, scoring_key):
    body = {"comment": {"text": "hi"}, "requestedAttributes": {"SPAM": {}}}
    assert "missing" in error(post(client, ANALYZE, body), 403, "PERMISSION_DENIED")["message"]
    error(post(client, ANALYZE, body, "nrk_wrong"), 403, "PERMISSION_DENIED")
    _key, posting_only = ApiKey.create_key("Partner that posts comments")
    error(post(client, ANALYZE, body, posting_only), 403, "PERMISSION_DENIED")
    ApiKey.objects.filter(scoring=True).update(active=False)
    error(post(client, ANALYZE, body, scoring_key), 403, "PERMISSION_DENIED")
    ApiKey.objects.filter(scoring=True).update(active=True)
    ok(post(client, ANALYZE, body, scoring_key))
    # Google's header works too
    response = client.post(ANALYZE, data=json.dumps(body), content_type="application/json",
                           HTTP_X_GOOG_API_KEY=scoring_key)
    ok(response)
    assert not ScoringUsage.objects.filter(key__scoring=False).exists()


def test_wrong_method_and_unknown_method(client, scoring_key):
    response = client.get(f"{ANALYZE}?key={scoring_key}")
    error(response, 405, "INVALID_ARGUMENT")
    assert response["Allow"] == "POST"
    error(post(client, "/v1alpha1/comments:frobnicate", {}, scoring_key), 404, "NOT_FOUND")


def test_quota_per_second(client, db):
    _key, raw = ApiKey.create_key("Small", scoring=True, scoring_per_second=2, scoring_per_day=0)
    body = {"comment": {"text": "hi"}, "requestedAttributes": {"SPAM": {}}}
    with mock.patch("newsroom.perspective.django_service.time.time", return_value=1_800_000_000.2):
        ok(post(client, ANALYZE, body, raw))
        ok(post(client, ANALYZE, body, raw))
        err = error(post(client, ANALYZE, body, raw), 429, "RESOURCE_EXHAUSTED")
        assert "per second" in err["message"]
    with mock.patch("newsroom.perspective.django_service.time.time", return_value=1_800_000_001.2):
        ok(post(client, ANALYZE, body, raw))  # the next second
    usage = ScoringUsage.objects.get()
    assert (usage.requests, usage.refused) == (3, 1)


def test_quota_per_day_and_usage_counts(client, db):
    _key, raw = ApiKey.create_key("Daily", scoring=True, scoring_per_second=0, scoring_per_day=3)
    body = {"comment": {"text": "hi"}, "requestedAttributes": {"SPAM": {}}}
    for _ in range(3):
        ok(post(client, ANALYZE, body, raw))
    err = error(post(client, ANALYZE, body, raw), 429, "RESOURCE_EXHAUSTED")
    assert "per day" in err["message"] and "Daily" in err["message"]
    # a bad request still counts (as Google counts it) -- but this key is full, so it is refused first
    error(post(client, ANALYZE, "{bad", raw, raw=True), 429, "RESOURCE_EXHAUSTED")
    usage = ScoringUsage.objects.get()
    assert (usage.requests, usage.refused) == (3, 2)


@pytest.mark.parametrize("text", [HOSTILE, ARABIC, SORANI, "Bu yazar tam bir aptal, utanmaz herif",
                                  "تو یک احمق دروغگو هستی و همه این را می دانند"])
def test_the_availability_table_matches_the_answers(text):
    """What `python -m newsroom.perspective` prints (docs/perspective.md) is what the API does."""
    from newsroom.guidelines import load_scorer

    scorer = load_scorer("newsroom.guidelines.backends.LinearScorer")

    class Service(_Service):
        def scorer(self):
            return scorer

    table = protocol.availability(scorer)
    for name in protocol.ATTRIBUTES:
        body = {"comment": {"text": text}, "requestedAttributes": {name: {}},
                "context": {"entries": [{"text": "The council voted on the bridge budget."}]}}
        status, data = protocol.handle(Service(), "comments:analyze", "k", json.dumps(body).encode())
        language = protocol.public_language(scorer.score([{"text": text}])[0]["language"])
        assert (status == 200) == (name in table[language]), (name, language, data)


def test_a_scorer_that_cannot_load_answers_503_unavailable(client, scoring_key, settings):
    from newsroom.scoring import engine

    settings.GUIDELINES_SCORER = "newsroom.guidelines.backends.NoSuchScorer"
    engine.clear_cache()
    err = error(post(client, ANALYZE, {"comment": {"text": "hi"}, "requestedAttributes": {"SPAM": {}}},
                     scoring_key), 503, "UNAVAILABLE")
    assert "unavailable" in err["message"]


def test_nul_characters_are_refused_in_googles_format(client, scoring_key):
    body = '{"comment": {"text": "hi\\u0000there"}, "requestedAttributes": {"SPAM": {}}}'
    err = error(post(client, ANALYZE, body, scoring_key, raw=True), 400, "INVALID_ARGUMENT")
    assert "NUL" in err["message"]
    suggest = '{"comment": {"text": "x"}, "clientToken": "a\\u0000", "attributeScores": {}}'
    error(post(client, SUGGEST, suggest, scoring_key, raw=True), 400, "INVALID_ARGUMENT")
