"""Perspective's public v1alpha1 protocol on top of the guideline scorer. Plain Python (no Django):
the site's views and the standalone server (standalone.py) both call handle(), so the same request
gets the same answer from either.

    handle(service, operation, key, body) -> (http_status, json-ready dict)

`service` supplies keys, quotas, the scorer and feedback storage (see service.py). Attributes are
derived from the scorer's clause scores (the codes in newsroom/guidelines/clauses.py); which
language has a model for which clause is read from the scorer's manifest and from the result, never
listed here. docs/perspective.md is the user's account of all this.
"""
import html
import json
import re

from newsroom.guidelines.clauses import (
    ABUSE,
    ABUSE_KINDS,
    CLAUSES,
    OFF_TOPIC,
    PERSONAL_ATTACK,
    PROFANITY,
    PROMOTION,
    THREAT,
    VULGARITY,
)

MAX_TEXT_BYTES = 20 * 1024  # comment.text, UTF-8
MAX_BODY_BYTES = 1024 * 1024  # the whole request (context entries included)
PROBABILITY = "PROBABILITY"
VIOLATION = "violation"  # the scorer's overall score (result["violation"]; a head in the manifest)
CONTENT = (PROFANITY, VULGARITY, THREAT, PERSONAL_ATTACK, ABUSE)  # what makes a comment toxic

# Perspective's attributes, each from one or more clauses (the highest of those the model scores).
# "violation" as a fallback means: when the language has no model for any of the clauses but has an
# overall violation head (Turkish today), that score stands in.
PERSPECTIVE_ATTRIBUTES = {
    "TOXICITY": (CONTENT, True),
    "SEVERE_TOXICITY": ((THREAT, ABUSE), False),
    "IDENTITY_ATTACK": ((ABUSE,) + ABUSE_KINDS, False),
    "INSULT": ((PERSONAL_ATTACK,), False),
    "PROFANITY": ((PROFANITY,), False),
    "THREAT": ((THREAT,), False),
    "SEXUALLY_EXPLICIT": ((VULGARITY,), False),
    # our extensions
    "SPAM": ((PROMOTION,), False),
    "OFF_TOPIC": ((OFF_TOPIC,), False),
}


def newsroom_attribute(code):
    return "NEWSROOM_" + code.upper()


def attributes():
    """{attribute: (clause codes, violation fallback)} -- Perspective's, then one per clause."""
    table = dict(PERSPECTIVE_ATTRIBUTES)
    for code in CLAUSES + ABUSE_KINDS:
        table[newsroom_attribute(code)] = ((code,), False)
    table[newsroom_attribute(VIOLATION)] = ((), True)
    return table


ATTRIBUTES = attributes()


class ApiError(Exception):
    """One of Google's JSON errors: {"error": {"code", "message", "status"[, "details"]}}."""

    def __init__(self, code, status, message, details=None):
        super().__init__(message)
        self.code, self.status, self.message, self.details = code, status, message, details

    def payload(self):
        error = {"code": self.code, "message": self.message, "status": self.status}
        if self.details:
            error["details"] = self.details
        return {"error": error}


def invalid(message, details=None):
    return ApiError(400, "INVALID_ARGUMENT", message, details)


def language_not_supported(attribute, language, detected):
    return invalid(
        f"Attribute {attribute} does not support request languages: {language}",
        [{"@type": "type.googleapis.com/google.commentanalyzer.v1alpha1.Error",
          "errorType": "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE",
          "languageNotSupportedByAttributeError": {"detectedLanguages": detected, "attribute": attribute}}],
    )


# ---- HTML: strip the markup for scoring, keep offsets on the text as sent -------------------------

_TOKEN = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>|&#?\w+;", re.S | re.I)
_BLOCK = re.compile(r"</?(p|br|div|li|ul|ol|h[1-6]|blockquote|tr|td|th|pre|hr)\b", re.I)


def strip_html(markup):
    """(plain text, spans): spans[i] is the (start, end) in markup that plain[i] came from."""
    out, spans, pos = [], [], 0
    for m in _TOKEN.finditer(markup):
        for i in range(pos, m.start()):
            out.append(markup[i])
            spans.append((i, i + 1))
        token = m.group(0)
        if token.startswith("&"):
            for ch in html.unescape(token):
                out.append(ch)
                spans.append((m.start(), m.end()))
        elif _BLOCK.match(token):
            out.append(" ")
            spans.append((m.start(), m.end()))
        pos = m.end()
    for i in range(pos, len(markup)):
        out.append(markup[i])
        spans.append((i, i + 1))
    return "".join(out), spans


# ---- requests --------------------------------------------------------------------------------

def _obj(value, name):
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise invalid(f"Invalid value at '{name}': expected an object.")
    return value


def _bool(body, name):
    value = body.get(name, False)
    if not isinstance(value, bool):
        raise invalid(f"Invalid value at '{name}' ({type(value).__name__}): expected true or false.")
    return value


def _string(body, name, limit=1000):
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise invalid(f"Invalid value at '{name}': expected a string.")
    if len(value) > limit:
        raise invalid(f"'{name}' is longer than {limit} characters.")
    return value


def parse_json(body):
    if isinstance(body, (bytes, bytearray)):
        if len(body) > MAX_BODY_BYTES:
            raise invalid(f"Request payload size exceeds the limit: {MAX_BODY_BYTES} bytes.")
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:
            raise invalid("Invalid JSON payload received. The body is not UTF-8.") from None
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise invalid(f"Invalid JSON payload received. {exc}") from None
    if not isinstance(data, dict):
        raise invalid("Invalid JSON payload received. Expected a JSON object.")
    if "\\u0000" in body and _has_nul(data):  # PostgreSQL cannot keep NUL; no comment needs it
        raise invalid("Invalid JSON payload received. A string contains a NUL character (\\u0000).")
    return data


def _has_nul(value):
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any("\x00" in k or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def parse_comment(data):
    """(text as sent, plain text to score, offsets or None, type)."""
    comment = _obj(data.get("comment"), "comment")
    text = comment.get("text")
    if not isinstance(text, str) or not text.strip():
        raise invalid("Comment text was empty or missing: comment.text is required.")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        raise invalid(f"Comment text too long: comment.text is over {MAX_TEXT_BYTES} bytes of UTF-8.")
    kind = comment.get("type") or "PLAIN_TEXT"
    if kind not in ("PLAIN_TEXT", "HTML"):
        raise invalid(f"Invalid value at 'comment.type' ({kind!r}): use PLAIN_TEXT or HTML.")
    if kind == "HTML":
        plain, offsets = strip_html(text)
        return text, plain, offsets, kind
    return text, text, None, kind


def parse_context(data):
    """The context entries' texts (article or parent comment), joined; None when there are none."""
    context = _obj(data.get("context"), "context")
    entries = context.get("entries") or []
    if not isinstance(entries, list):
        raise invalid("Invalid value at 'context.entries': expected a list.")
    texts = []
    for i, entry in enumerate(entries):
        entry = _obj(entry, f"context.entries[{i}]")
        text = entry.get("text")
        if text is None:
            continue
        if not isinstance(text, str):
            raise invalid(f"Invalid value at 'context.entries[{i}].text': expected a string.")
        if entry.get("type") == "HTML":
            text = strip_html(text)[0]
        texts.append(text)
    # Perspective's older oneof: context.articleAndParentComment {article, parentComment}
    pair = _obj(context.get("articleAndParentComment"), "context.articleAndParentComment")
    for name in ("article", "parentComment"):
        part = _obj(pair.get(name), f"context.articleAndParentComment.{name}")
        if isinstance(part.get("text"), str):
            texts.append(part["text"])
    joined = "\n\n".join(t for t in texts if t.strip())
    return joined or None


def parse_languages(data):
    languages = data.get("languages") or []
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        raise invalid("Invalid value at 'languages': expected a list of language codes.")
    return languages


def parse_requested(data):
    requested = data.get("requestedAttributes")
    if not isinstance(requested, dict) or not requested:
        raise invalid("requestedAttributes must name at least one attribute.")
    out = {}
    for name, config in requested.items():
        if name not in ATTRIBUTES:
            raise invalid(f"Unknown requested attribute: {name}. Known attributes: {', '.join(ATTRIBUTES)}.")
        config = _obj(config, f"requestedAttributes.{name}")
        score_type = config.get("scoreType") or PROBABILITY
        if score_type != PROBABILITY:
            raise invalid(f"Attribute {name} does not support scoreType {score_type}: use PROBABILITY.")
        threshold = config.get("scoreThreshold")
        if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, (int, float))
                                      or not 0 <= threshold <= 1):
            raise invalid(f"Invalid scoreThreshold for {name}: a number from 0 to 1.")
        out[name] = float(threshold) if threshold is not None else None
    return out


# ---- scores ----------------------------------------------------------------------------------

_heads_of = [None, None]  # (scorer, its heads): the last scorer's, read once (a manifest does not change)


def model_heads(scorer):
    """{language: set(clause heads)} from the scorer's manifest, or None when it has none."""
    cached, heads = _heads_of
    if cached is not None and cached is scorer:
        return heads
    heads = _model_heads(scorer)
    _heads_of[:] = [scorer, heads]
    return heads


def _model_heads(scorer):
    model = getattr(scorer, "model", None) or getattr(getattr(scorer, "_linear", None), "model", None)
    manifest = getattr(model, "manifest", None)
    if not isinstance(manifest, dict) or not isinstance(manifest.get("heads"), dict):
        return None
    heads = {lang: set(hs or ()) for lang, hs in manifest["heads"].items()}
    # Scorer 2.0: where a language has a violation head, the severe-harm detectors and their fitted
    # stack (manifest "harm_stack") score threat, abuse, personal_attack, profanity and vulgarity
    # even without a clause head (Turkish, Arabic threat)
    stacked = [c for c in (manifest.get("harm_stack") or {}) if c in CLAUSES]
    detector_langs = getattr(getattr(model, "harm", None), "langs", None) or {}
    for lang, hs in heads.items():
        if VIOLATION in hs and lang in detector_langs:
            hs.update(stacked)
    return heads


def clause_scores(result):
    scores = dict(result.get("categories") or {})
    scores.update({k: v for k, v in (result.get("abuse") or {}).items()})
    return scores


def attribute_score(attribute, result, heads):
    """The attribute's probability for this result, or None when the model cannot produce it."""
    sources, fallback = ATTRIBUTES[attribute]
    scores = clause_scores(result)
    values = [scores[c] for c in sources if scores.get(c) is not None]
    if values:
        return max(values)
    if fallback and result.get("violation") is not None:
        language = result.get("language")
        if heads is not None:
            has_head = VIOLATION in heads.get(language, ())
        else:  # a scorer without a manifest: trust a result that does not need a person
            has_head = not result.get("needs_human")
        if has_head:
            return result["violation"]
    return None


def availability(scorer):
    """{language: set(attributes it can produce)} from the scorer's manifest (heads per language; the
    promotion rules and relatedness hold wherever a model is loaded, promotion everywhere)."""
    heads = model_heads(scorer) or {}
    model = getattr(scorer, "model", None)
    languages = list(getattr(model, "lid_classes", None) or heads)
    out = {}
    for lang in languages:
        have = set(heads.get(lang, ())) | {PROMOTION}
        if heads.get(lang):
            have.add(OFF_TOPIC)
        out[public_language(lang)] = {
            name for name, (sources, fallback) in ATTRIBUTES.items()
            if have & set(sources) or (fallback and VIOLATION in have)
        }
    return out


def public_language(code):
    return "und" if code in (None, "", "other", "und") else code


def span_scores(attribute, result, value, offsets, text_length):
    sources, fallback = ATTRIBUTES[attribute]
    spans = []
    seen = set()
    for ev in result.get("evidence") or ():
        if ev.get("category") not in sources:
            continue
        begin, end = ev["start"], ev["end"]
        if offsets is not None and end > begin:  # back onto the HTML as sent
            begin, end = offsets[begin][0], offsets[end - 1][1]
        if (begin, end) in seen:
            continue
        seen.add((begin, end))
        spans.append({"begin": begin, "end": end, "score": {"value": value, "type": PROBABILITY}})
    if not spans:  # like Perspective: at least one span, the whole comment
        spans.append({"begin": 0, "end": text_length, "score": {"value": value, "type": PROBABILITY}})
    return spans


# ---- the two methods ---------------------------------------------------------------------------

def analyze(service, key, data):
    text, plain, offsets, _kind = parse_comment(data)
    context = parse_context(data)
    parse_languages(data)  # checked, then ignored: the comment is scored in its own language
    requested = parse_requested(data)
    spans = _bool(data, "spanAnnotations")
    _bool(data, "doNotStore")  # analyze never stores the text (docs/perspective.md)
    client_token = _string(data, "clientToken")
    _string(data, "sessionId")
    _string(data, "communityId")
    if "OFF_TOPIC" in requested or newsroom_attribute(OFF_TOPIC) in requested:
        if context is None:
            name = "OFF_TOPIC" if "OFF_TOPIC" in requested else newsroom_attribute(OFF_TOPIC)
            raise invalid(f"Attribute {name} needs context.entries[].text: the article or parent comment.")
    scorer = service.scorer()
    item = {"text": plain, "article": context}
    if not spans and getattr(scorer, "skips_evidence", False):
        result = scorer.score([item], evidence=False)[0]  # the same scores without the spans' work
    else:
        result = scorer.score([item])[0]
    if result.get("error"):
        raise ApiError(503, "UNAVAILABLE", "The scorer is unavailable; try again later.")
    heads = model_heads(scorer)
    language = public_language(result.get("language"))
    detected = [language]
    scores, unscored = {}, []
    for name, threshold in requested.items():
        value = attribute_score(name, result, heads)
        if value is None:
            if service.unsupported_language == "partial":
                unscored.append(name)
                continue
            raise language_not_supported(name, language, detected)
        value = round(float(value), 4)
        if threshold is not None and value < threshold:
            continue
        entry = {"summaryScore": {"value": value, "type": PROBABILITY}}
        if spans:
            entry["spanScores"] = span_scores(name, result, value, offsets, len(text))
        scores[name] = entry
    response = {"attributeScores": scores, "languages": [language], "detectedLanguages": detected}
    if client_token is not None:
        response["clientToken"] = client_token
    if unscored:
        response["needsHuman"] = True
        response["unscoredAttributes"] = unscored
    elif service.unsupported_language == "partial" and result.get("needs_human"):
        response["needsHuman"] = True
    return response


def parse_suggestion(data):
    text, plain, _offsets, kind = parse_comment(data)
    scores = data.get("attributeScores")
    if not isinstance(scores, dict) or not scores:
        raise invalid("attributeScores must give at least one attribute's suggested score.")
    suggested = {}
    for name, entry in scores.items():
        if name not in ATTRIBUTES:
            raise invalid(f"Unknown attribute in attributeScores: {name}.")
        entry = _obj(entry, f"attributeScores.{name}")
        summary = _obj(entry.get("summaryScore"), f"attributeScores.{name}.summaryScore")
        value = summary.get("value")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise invalid(f"attributeScores.{name}.summaryScore.value must be a number from 0 to 1.")
        suggested[name] = float(value)
    context = _obj(data.get("context"), "context")
    entries = context.get("entries") or []
    if not isinstance(entries, list):
        raise invalid("Invalid value at 'context.entries': expected a list.")
    parse_context(data)  # validates every entry
    return {
        "text": text, "plain": plain, "type": kind, "scores": suggested,
        "context": [e.get("text") for e in entries if isinstance(e, dict) and isinstance(e.get("text"), str)],
        "languages": parse_languages(data), "do_not_store": _bool(data, "doNotStore"),
        "client_token": _string(data, "clientToken") or "",
        "community_id": _string(data, "communityId") or "",
        "session_id": _string(data, "sessionId") or "",
    }


def suggest(service, key, data):
    suggestion = parse_suggestion(data)
    if not suggestion["do_not_store"]:
        scorer = service.scorer()
        item = {"text": suggestion["plain"], "article": None}
        result = (scorer.score([item], evidence=False) if getattr(scorer, "skips_evidence", False)
                  else scorer.score([item]))[0]
        suggestion["language"] = public_language(result.get("language"))
        service.store_feedback(key, suggestion)
    response = {}
    if suggestion["client_token"]:
        response["clientToken"] = suggestion["client_token"]
    return response


OPERATIONS = {"comments:analyze": analyze, "comments:suggestscore": suggest}


def handle(service, operation, raw_key, body, length=None):
    """One request -> (HTTP status, JSON-ready payload). Order as Google's: key, quota, then body.
    body: bytes, or a callable returning them (read only when needed); length: the declared size."""
    try:
        method = OPERATIONS.get(operation)
        if method is None:
            raise ApiError(404, "NOT_FOUND", f"Method not found: {operation}. Use comments:analyze or "
                                             "comments:suggestscore.")
        if not raw_key:
            raise ApiError(403, "PERMISSION_DENIED",
                           "The request is missing a valid API key: pass it as ?key=API_KEY.")
        key = service.authenticate(raw_key)
        if key is None:
            raise ApiError(403, "PERMISSION_DENIED",
                           "API key not valid, or not allowed to score. Please pass a valid API key.")
        over = service.hit(key)
        if over:
            raise ApiError(429, "RESOURCE_EXHAUSTED", over)
        if length is not None and length > MAX_BODY_BYTES:
            raise invalid(f"Request payload size exceeds the limit: {MAX_BODY_BYTES} bytes.")
        return 200, method(service, key, parse_json(body() if callable(body) else body))
    except ApiError as exc:
        return exc.code, exc.payload()
