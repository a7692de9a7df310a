"""Mechanisms from the second Arabic batch of the seventeenth round (tests/guidelines/probes/ar_r17b.tsv,
2026-12-01: threats and calls for violence): each with comments that need it, in other words and persons
than the probe's, and contrasts it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("ar")
rules = rules_in("ar")


@pytest.mark.parametrize("text", [
    "والله لنرش التيزاب على وجهها",  # acid
    "لو بيدي جان عدمته بنص الشارع",  # a wish held as a condition, the first person's past
    "يا شباب اهجموا على بيوت اللاجئين",  # attacking as an imperative, a group as the target
    "بنسحبكم من بيوتكم واحد واحد",  # dragging the addressees
    "يارب يفجعك بعيالك",  # a loss wished on someone
    "عسى الله يفجعه بأهله",
    "ياريت احد يحرق البرلمان بمن فيه",  # someone after a wish; the people inside as the target
    "ان شاء الله يصيبك مرض وتموت بالمستشفى",  # the addressee dying after a conjunction
    "قتلهم واجب على كل مسلم",  # a duty said after the act
    "اللي يشوف هالكاتب بالشارع يطخه",  # whoever sees someone
    "اللي يلقاهم يكسر عظامهم",
    "جهز كفنك يا خاين",  # a coffin, a grave, counting days
    "احفر قبرك بايدك",
    "احسب ايامك يا عميل",
    "بخليك عبرة للكل",  # made an example
    "الرصاصة عليها اسمه",  # a bullet with a name
    "دورك جاي يا حرامي",  # your turn
    "رح نجيك بالليل",  # coming to you
    "ابنك يلعب كل عصر بالحديقة، سلملي عليه",  # a greeting's pronoun taking up the addressee's son
    "جبنا عنوان بيتك",  # "we got"
    "هذا عنوان المحافظ، اللي يبي يزوره يتفضل",  # an address posted, whoever wants to visit its owner
])
def test_arabic_round_17b_threats(det, text):
    f = found(det, text)
    assert f.get("threat") == STRONG, (text, f)


def test_arabizi_oath_and_death_wish_read(det):
    # read as English or Turkish by the identifier, as the other Arabizi threats
    for lang in ("en", "tr"):
        for text in ("wallah la2a2tlak", "inshallah tmoot ya kalb"):
            assert any(f.clause == "threat" for f in det.analyse(lang, normalise_text(text))), (lang, text)


@pytest.mark.parametrize("text", [
    "المقال الجاي راح يكون عن الكهرباء",  # the next one (الجاي) is no group
    "الاسبوع الجاي عدنا امتحان",
    "قريت مقالك، الدور عليك تكتب عن الماي",  # your turn
    "شكد صارت المباراة؟ قتلونا بالشوط الثاني",  # a game
    "منتخبنا راح يذبحهم بالنهائي",
    "ما في احد يريد يقتل احد، خلونا نهدى",  # a negation still
    "عنوان المتحف بشارع ٦٠، اللي يريد يزوره اهلا وسهلا",  # a museum's address, no owner
    "اللي يشوف الفيديو يعرف منو الكذاب",  # whoever sees: no act
    "لازم تكتب وصيتك عند محامي حتى ما تصير مشاكل",  # a will, no threat
    "من متى الذبح حلال؟",  # asked
])
def test_arabic_round_17b_contrasts(det, text):
    f = found(det, text)
    assert "threat" not in f and "abuse" not in f, (text, f)


def test_quoted_threat_called_shameful_is_counter(det):
    text = "شخص كتب \"راح اقتلك\" تحت منشور المذيع، شي مخزي"
    assert "threat" not in found(det, text)
    assert ("counter", "counter") in rules(det, text)


def test_games_do_not_excuse_burning(det):
    # a game named beside a wished act makes killing and crushing idioms, never burning
    assert found(det, "راح نحرقهم بعد المباراة").get("threat") == STRONG
