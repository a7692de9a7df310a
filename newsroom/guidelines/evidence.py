"""What may be shown as evidence: content words only.

A linear head spreads a little weight over every word, and function words ("this", "his", "از",
"این") sometimes end up with enough of it to be highlighted. A moderator reading "this" highlighted
as abuse learns nothing, so evidence is restricted to words that can carry a clause: not a function
word of the comment's language and at least two letters long. The lists are short on purpose: they
name the words no clause can rest on (articles, pronouns, prepositions, conjunctions, auxiliaries),
not words that merely tend to be harmless.
"""
from .normalise import normalise_text

_FUNCTION_WORDS = {
    "en": """a an the this that these those it its is are was were be been being am do does did have has had
        i me my mine we us our you your yours he him his she her hers they them their theirs what which who
        whom whose of in on at by for with from to into onto about as than then so and or but if not no nor
        too very just also only all any some such here there when where why how can could will would shall
        should may might must s t ll re ve d m thanks thank please yes oh""",
    "ar": """في من الی علی عن مع هذا هذه ذلک تلک هو هی هم هن انا نحن انت انتم ان او ثم لم لن ما لا قد کان کانت
        التی الذی الذین و ف ب ل یا کل بعض ای عند حتی لکن بل هل اذا شکرا جزیلا""",
    "tr": """bir bu şu o ve veya ile için gibi kadar daha çok en de da ki mi mı mu mü ne ama fakat ben sen biz
        siz onlar benim senin onun bizim sizin onların var yok değil olan olarak teşekkürler teşekkür
        sağol""",
    "fa": """از به با در بر برای این آن که را و یا تا هم من تو او ما شما آنها ایشان اون این اینها است هست بود
        شد می نمی یک هر همه چه چرا کجا کی ولی اما اگر پس ممنون مرسی تشکر سپاس خیلی""",
}
FUNCTION_WORDS = {lang: frozenset(normalise_text(w) for w in words.split())
                  for lang, words in _FUNCTION_WORDS.items()}
# the words every language shares: numbers, single letters
_MIN_LETTERS = 2


def content_word(word, lang):
    """True if ``word`` (normalised) may be shown as evidence for a clause in ``lang``."""
    if len(word) < _MIN_LETTERS or word.isdigit():
        return False
    return word not in FUNCTION_WORDS.get(lang, ())


NO_SPAN = "judged on the whole comment"
