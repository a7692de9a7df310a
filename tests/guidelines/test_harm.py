"""Scorer 2.0: threats and identity-based abuse in every scored language, with evidence on the
words that carry the harm, and the contrasts that must not fire (issue 9)."""
import pytest

from newsroom.guidelines.evidence import FUNCTION_WORDS
from newsroom.guidelines.harm import STRONG
from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import found


def flagged(result, clause):
    p = result["categories"].get(clause)
    if p is None:
        p = result["abuse"].get(clause)
    return p is not None and p >= 0.5


def evidence_for(result, clause):
    return [e["text"] for e in result["evidence"] if e["category"] == clause]


# ---- the comments from the issue, as a moderator expects them to behave ----

def test_call_to_shoot_a_spokesman_is_a_threat_with_evidence(model):
    text = "Someone should shoot that spokesman in the head, I will find where he lives"
    r = model.score([{"text": text}])[0]
    assert flagged(r, "threat") and r["violation"] >= 0.5
    assert any("shoot" in t for t in evidence_for(r, "threat"))


def test_i_know_where_you_live_outranks_mere_profanity(model):
    threat, swear = model.score([{"text": "I know where you live and I will kill you"},
                                 {"text": "This is total bullshit"}])
    assert flagged(threat, "threat")  # the urgent lane: first in the queue whatever else scores
    assert not flagged(swear, "threat")
    assert flagged(swear, "profanity")
    assert threat["violation"] >= swear["violation"]


def test_arabs_are_savages_is_racist_abuse(model):
    r = model.score([{"text": "Arabs are all savages and should be thrown out of this country"}])[0]
    assert flagged(r, "abuse") and r["violation"] >= 0.5
    assert flagged(r, "racism") or flagged(r, "xenophobia")
    assert any("savages" in t or "Arabs" in t for t in evidence_for(r, "abuse"))


def test_arabic_death_threat(model):
    r = model.score([{"text": "سنقتلك إذا كتبت هذا مرة أخرى"}])[0]
    assert r["language"] == "ar"
    assert flagged(r, "threat") and r["violation"] >= 0.5
    assert evidence_for(r, "threat") == ["سنقتلك"]


def test_turkish_insult_gets_its_clauses_and_evidence(model):
    r = model.score([{"text": "Sen bir aptalsın, siktir git orospu çocuğu"}])[0]
    assert r["language"] == "tr"
    assert flagged(r, "profanity") and flagged(r, "personal_attack")
    assert "siktir" in evidence_for(r, "profanity")
    assert evidence_for(r, "personal_attack")
    assert not flagged(r, "off_topic")


def test_persian_thank_you_is_clean_and_highlights_nothing(model):
    r = model.score([{"text": "ممنون از این گزارش دقیق و روشن"}])[0]
    assert r["language"] == "fa"
    assert r["violation"] < 0.5
    assert not any(flagged(r, c) for c in r["categories"])
    assert r["evidence"] == []


# ---- contrasts that must not fire ----

@pytest.mark.parametrize("text", [
    "ISIS killed 20 villagers near Kirkuk on Tuesday.",
    "The coalition will keep destroying ISIS hideouts in the desert.",
    "No one should kill anyone over a cartoon.",
    "The bombing killed three soldiers and wounded a child.",
    "This traffic is killing me, I'd kill for a tea.",
])
def test_news_negation_and_idiom_are_not_threats(model, text):
    assert not flagged(model.score([{"text": text}])[0], "threat")


@pytest.mark.parametrize("text", [
    "I am a Kurdish woman and I agree with the article.",
    "As a Shia from Basra, I think the government failed us.",
    "Calling Kurds 'vermin' is disgusting racism and should be condemned.",
    "Refugees have rebuilt half of this city.",
])
def test_identity_mentions_and_counter_speech_are_not_abuse(model, text):
    assert not flagged(model.score([{"text": text}])[0], "abuse")


def test_profanity_at_no_one_is_profanity_only(model):
    r = model.score([{"text": "Holy shit, what a mess this election was."}])[0]
    assert flagged(r, "profanity")
    assert not flagged(r, "threat") and not flagged(r, "abuse")


# ---- the detectors themselves ----

@pytest.mark.parametrize("lang, text, clause", [
    ("en", "I will kill you", "threat"),
    ("en", "they deserve to be hanged, every one of them", "threat"),
    ("en", "We know which school your kids go to", "threat"),
    ("ar", "والله لاذبحك يا كلب", "threat"),
    ("tr", "Seni öldüreceğim", "threat"),
    ("tr", "Suriyeliler defolsun bu ülkeden", "abuse"),
    ("fa", "میدونم کجا زندگی میکنی", "threat"),
    ("fa", "افغانیا انگلن", "abuse"),
    ("en", "Kurds are vermin", "abuse"),
    ("ar", "الشيعة حيوانات", "abuse"),
    ("en", "you are a complete idiot", "personal_attack"),
    ("tr", "sen bir aptalsın", "personal_attack"),
])
def test_detector_finds(det, lang, text, clause):
    assert found(det, lang, text).get(clause) == STRONG


@pytest.mark.parametrize("lang, text, clause", [
    ("en", "No one should kill you for writing this", "threat"),
    ("en", "ISIS fighters killed him last year", "threat"),
    ("tr", "Seni öldürmeyeceğim, merak etme", "threat"),
    ("en", "Kurds are not vermin", "abuse"),
    ("en", "Kurdish forces are killers, said the report", "abuse"),
    ("en", "you are not an idiot", "personal_attack"),
])
def test_detector_contrasts(det, lang, text, clause):
    assert found(det, lang, text).get(clause, 0) < STRONG


def test_detector_spans_cover_the_harm_not_the_sentence(det):
    text = normalise_text("Honestly, after all this, someone should shoot that spokesman.")
    spans = [text[f.start:f.end] for f in det.analyse("en", text) if f.clause == "threat"]
    assert spans and all("honestly" not in s for s in spans)


def test_evidence_is_never_a_function_word(model):
    texts = ["you are such a disgusting pig", "this author is a stupid clown",
             "اين نويسنده احمق و بیشعور است", "bu yazar tam bir aptal",
             # a detector's phrase, word by word: its function words are no evidence either
             "She slept her way to the top because she is a woman"]
    for r in model.score([{"text": t} for t in texts]):
        for e in r["evidence"]:
            assert normalise_text(e["text"]) not in FUNCTION_WORDS.get(r["language"], ()), e


def test_flagged_clause_has_evidence_or_says_why(model):
    texts = ["you are such a disgusting pig", "Bu habere göre çok kötü bir durum var, yazık",
             "I know where you live", "Arabs are all savages"]
    for r in model.score([{"text": t} for t in texts]):
        shown = {e["category"] for e in r["evidence"]}
        for c, p in list(r["categories"].items()) + list(r["abuse"].items()):
            if p is not None and p >= 0.5:
                assert c in shown or c in r["evidence_notes"], (c, r)


@pytest.mark.parametrize("lang", ["tr", "ar"])
def test_every_clause_scored_in_turkish_and_arabic(model, lang):
    text = {"tr": "Bu haber için teşekkürler", "ar": "شكرا على هذا التقرير"}[lang]
    r = model.score([{"text": text}])[0]
    assert r["language"] == lang
    for c in ("profanity", "personal_attack", "threat", "abuse"):
        assert r["categories"][c] is not None, c


def test_detector_spans_are_merged_per_clause():
    from newsroom.guidelines.model import _merged
    text = "siktir git orospu cocugu ve sen"
    assert _merged([(0, 6), (7, 10), (0, 6), (11, 17), (12, 20), (28, 31)], text) == [
        (0, 6), (7, 10), (11, 20), (28, 31)]


def test_violent_idioms_start_no_threat(det):
    for lang, text in (("en", "I'd kill for a coffee right now"), ("en", "this heat is killing me"),
                       ("tr", "gülmekten öldüm"), ("fa", "مردم از خنده")):
        assert "threat" not in found(det, lang, text), text


# ---- Persian: zero-width non-joiner, compound verbs, verb-final clauses ----

@pytest.mark.parametrize("text, clause", [
    ("خونه‌ی مادرت رو پیدا کردیم", "threat"),  # ه + ZWNJ (folded to Sorani ە by normalise) is Persian ه
    ("باید همه‌ی اون قاضی‌ها رو جلوی مردم تیربارون کنن", "threat"),  # the light verb carries the mood
    ("این خائن زنده نمی‌مونه", "threat"),
    ("پناهنده‌ها مثل شپش‌ان", "abuse"),
    ("بهایی‌ها هیچ حقی تو این کشور ندارن", "abuse"),  # a negated right, the verb last
    ("زن‌ها کم‌عقلن و بی‌عرضه", "abuse"),
    ("یه چـ.ـاقـ.ـو می‌زنم تو شکمت", "threat"),  # a word cut up by dots and tatweel
])
def test_persian_detector_finds(det, text, clause):
    assert found(det, "fa", text).get(clause) == STRONG, text


# the ninth lexicon round (harm_lexicon/): word families missing on comments written afresh from the
# guidelines, not taken from the suite
@pytest.mark.parametrize("lang, text, clause", [
    ("ar", "لازم نرحّل كل اللاجئين ونسكّر الحدود بوجههم", "abuse"),  # deportation, first person plural
    ("ar", "البنات اللي يشتغلن بالإعلام كلهن فاسدات", "abuse"),  # a feminine plural predicate
    ("ar", "المرأة ناقصة عقل ودين", "abuse"),
    ("tr", "Arabanın plakasını aldık, gece tek başına çıkma", "threat"),
    ("fa", "یهودیا رو زنده زنده می‌سوزونیم", "threat"),  # causative "burn" in the first person plural
])
def test_detector_finds_the_ninth_rounds_word_families(det, lang, text, clause):
    assert found(det, lang, text).get(clause) == STRONG, text


# the tenth round: mechanisms rather than words -- the preposition li- fused with the article names
# the group (للأكراد is الأكراد), and a violent verb coordinated to a future verb in the same person
# shares its mood -- plus a right denied to a group and the liar family as a sweeping claim
@pytest.mark.parametrize("text, clause", [
    ("لا مكان للأكراد بيننا، فليرحلوا إلى الجبال", "abuse"),
    ("سنلاحق الشيعة ونقتلهم واحداً واحداً", "threat"),
    ("المسيحيون لا يحق لهم العيش هنا", "abuse"),
    ("كل النساء كاذبات ولا يؤتمن لهن", "abuse"),
])
def test_arabic_tenth_round(det, text, clause):
    assert found(det, "ar", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text, clause", [
    ("Kadınlara oy hakkı verilmemeliydi", "abuse"),  # necessity with a past ending
    ("Kadınların aklı yetmez, siyaset erkek işidir", "abuse"),
    ("Bu gazeteciyi bulun ve gününü gösterin", "threat"),
    ("Seni izliyoruz, dikkatli ol", "threat"),
])
def test_turkish_tenth_round(det, text, clause):
    assert found(det, "tr", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text, clause", [
    ("هذا الكلام موجه للأكراد في الشمال", "abuse"),  # the group named, nothing said against it
    ("ستعقد الحكومة اجتماعاً وتناقش الميزانية", "threat"),  # a future, but no violent act
    ("سيارة مفخخة انفجرت ويقتل فيها الناس كل يوم", "threat"),  # a car (سیاره) is no future verb
    ("الخبر كاذب والأرقام غير دقيقة", "abuse"),  # a false report, no group
])
def test_arabic_tenth_round_contrasts(det, text, clause):
    assert found(det, "ar", text).get(clause, 0) < STRONG, text


@pytest.mark.parametrize("text, clause", [
    ("یک خودروی بمب‌گذاری‌شده دیروز منفجر شد", "threat"),  # بمب is not the subjunctive ب
    ("دولت باید بره، جنگ و بمباران چیزی رو حل نکرده", "threat"),  # the mood is in another clause
    ("کسی اینجا نظری نداره؟", "profanity"),  # کسی is "someone"
    ("ترکیه مرزها رو بست", "abuse"),  # Turkey, not Turks
    ("این کار رو کردن و رفتن", "abuse"),  # کردن is "to do", not Kurds
    ("کیرم تو این ترافیک", "personal_attack"),  # تو is "in" here: profanity at no one
    ("کسانی که رو کسی نظر میدن", "vulgarity"),
])
def test_persian_detector_contrasts(det, text, clause):
    assert found(det, "fa", text).get(clause, 0) < STRONG, text


# ---- English coverage (issue 9): veiled threats, doxxing, group abuse, and what must stay quiet ----

@pytest.mark.parametrize("text, clause", [
    ("Keep it up, reporter, and you won't live to see your next birthday", "threat"),
    ("one day somebody will finish him off, mark my words", "threat"),
    ("The only answer left is to firebomb their offices with them inside", "threat"),
    ("Your daughter's address is circulating in our channel already", "threat"),
    ("Your cousin's phone number took seconds to find. Shall I post it?", "threat"),
    ("Driving home in the dark isn't wise for people like you who keep writing this", "threat"),
    ("I'd rather my brother were dead than gay", "abuse"),
    ("Females can't think straight under pressure", "abuse"),
    ("A female pilot? No wonder the flight was late.", "abuse"),
    ("Hindus are heretics who should be ashamed of their idols", "abuse"),
    ("The columnist who wrote this is clearly a total cretin", "personal_attack"),
    ("Was your mother drinking when she dropped you on your head?", "personal_attack"),
    ("She is jerking off the whole crowd with that speech", "vulgarity"),
    ("Girls are only fit for housework and gossip", "abuse"),
    ("Sikhs worship the devil, everybody knows", "abuse"),
    ("This is what happens when you let women run a newspaper", "abuse"),
    ("Bring your rifles and we finish that traitor tonight", "threat"),
    ("Keep going and you'll be found dead in a ditch", "threat"),
    ("Saw your kids outside the bakery this morning", "threat"),
    ("We will crush them all, every last one of those Kurds", "threat"),
    ("The weather presenter has a nice rack, I'd bend her over", "vulgarity"),
    ("Next week I'll \U0001F52A that columnist", "threat"),
    ("Someone should s1aughter that spokesman", "threat"),
    ("We must pick up weapons and make them suffer", "threat"),
    ("We followed you home on Tuesday, nice quiet street", "threat"),
    ("Migrants out!", "abuse"),
    ("Homosexuals are the reason this society is in decay", "abuse"),
    ("We don't want any more Afghans in this town", "abuse"),
    ("Your son's bus is parked at the same corner every morning", "threat"),
    ("Journalists who write like you have a habit of going missing... they disappear", "threat"),
    ("Somebody leaked your home address to the militia channel", "threat"),
])
def test_english_detector_finds(det, text, clause):
    assert found(det, "en", text).get(clause) == STRONG, found(det, "en", text)


@pytest.mark.parametrize("text, clause", [
    ("We must attack the housing problem before winter", "threat"),
    ("The army should bomb the bridges to slow the convoy", "threat"),
    ("My grandmother died last spring; she would be dead earlier without the clinic", "threat"),
    ("Hang in there, the power will be back soon", "threat"),
    ("Let's wait and see what happens after the vote", "threat"),
    ("It isn't safe to walk home alone at night in this district", "threat"),
    ("I shared your article with my family", "threat"),
    ("Send nudes? No, ladies, send your questions to the editor", "abuse"),
    ("Calling Hindus heretics is ignorant and shameful", "abuse"),
    ("As a woman engineer I think the bridge design is sound", "abuse"),
    ("The new tax will eliminate poverty, the minister said", "threat"),
    ("We will crush them in the next election", "threat"),
    ("The minister wants stricter gun control for them", "threat"),
    ("Yazidi property was destroyed when the town was overrun", "abuse"),
    ("It would destroy her life if the photos leaked", "threat"),
    ("That joke had me \U0001F480\U0001F480 all evening", "threat"),
    ("The militants showed no mercy to the villagers, witnesses said", "threat"),
    ("I can drop you at the station after the rally", "threat"),
    ("Assyrians have survived crimes and hatred for centuries", "abuse"),
    ("Kurds have faced hate and violence for a century", "abuse"),
    ("The church protects refugees fleeing violence", "abuse"),
    ("I can't find your article about the school on the website", "threat"),
    ("People like you make this comment section worth reading", "threat"),
])
def test_english_detector_contrasts(det, text, clause):
    assert found(det, "en", text).get(clause, 0) < STRONG, found(det, "en", text)


def test_promotion_formulas_and_new_domains():
    from newsroom.guidelines import detectors
    rules = {r for r, _, _ in detectors.find("hot singles near you tonight, join at meetnow.love")}
    assert {"phrase", "link"} <= rules
    assert not detectors.find("let's wait and see how the talks go today")
    assert detectors.find("Quit your job: I earn 300 dollars a day from my laptop, ask me how")
    assert not detectors.find("I'm 100% sure the ministry will deny it, wholesale changes are needed")


# ---- Turkish morphology: mood, negation and the verb at the end of the clause ----

@pytest.mark.parametrize("text, clause", [
    ("Bu yazarı birisi vurmalı artık.", "threat"),            # necessity inside the stem entry
    ("Sözcünün kafasına kurşun sıkılmalı.", "threat"),        # the mood on the verb after the act
    ("Haini asmak lazım, başka yolu yok.", "threat"),         # mood word after the verbal noun
    ("O vekilin ölmesini isterim.", "threat"),                # death wish, verb-final
    ("Umarım biri o bakanı havaya uçurur.", "threat"),        # wish word opening a long clause
    ("Vur o sözcüyü!", "threat"),                             # bare-stem imperative
    ("Çocuğunun okul çıkışını biliyoruz.", "threat"),         # intimidation, 2sg possessive
    ("Kürt'lerin hepsi pislik.", "abuse"),                   # apostrophe inflection of a group word
    ("Eşcinsellerden nefret ediyorum.", "abuse"),             # hatred after the group (SOV)
    ("Kadınlar analiz yapamaz, duygusaldır.", "abuse"),       # sexist generalisation
    ("salak mısın nesin", "personal_attack"),                # question particle carries "you"
])
def test_turkish_detector_finds(det, text, clause):
    assert found(det, "tr", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text, clause", [
    ("Gazeteciyi öldürmek asla kabul edilemez.", "threat"),
    ("Kimseye kezzap atılmamalı.", "threat"),                 # negated verb after the act
    ("Ordu dün üç militanı öldürdü.", "threat"),              # told, not wished
    ("Öldürmenin hiçbir gerekçesi olamaz.", "threat"),        # a verbal noun is no negation nor mood
    ("Bu sıcak beni öldürüyor, dayanamıyorum.", "threat"),
    ("Kurban keseceğim bu bayram.", "threat"),                 # idiom
    ("Dövecek gibi bakıyordu.", "threat"),                    # simile
    ("Yazar yemek tarifini paylaşmış, evinin mutfağı çok güzel.", "threat"),  # not the speaker
    ("Ben de Kürdüm, bu haber bizi anlatıyor.", "abuse"),
    ("Eşcinsellere 'hasta' demek nefret söylemidir.", "abuse"),  # counter-speech
    ("Yazar hiç de aptal değil.", "personal_attack"),
    ("Arabalar pislik içinde kalmış.", "abuse"),              # araba (car) is not Arab
])
def test_turkish_detector_contrasts(det, text, clause):
    assert found(det, "tr", text).get(clause, 0) < STRONG, text


# ---- Arabic: morphology, dialect forms, obfuscation and the everyday words inside offensive stems ----

@pytest.mark.parametrize("text, clause", [
    ("سنحرق بيوتكم واحد واحد", "threat"),            # future prefix on the verb
    ("بذبحك إذا شفتك بالسوق", "threat"),              # Levantine b- first person
    ("احرقوهم كلهم", "threat"),                       # imperative with an object
    ("رح اذ.ب.حك يا خاين", "threat"),                 # a word split by dots
    ("والله لأحـ_ـرقك", "threat"),                     # ... or by an underscore
    ("على الناس أن يشنقوا هذا النائب", "threat"),     # obligation laid on someone
    ("لن تخرج من المدينة حيا يا صحفي", "threat"),     # stock intimidation with its negation
    ("عنوان بيتك صار عند الكل", "threat"),
    ("اللاجئون سرطان في البلد", "abuse"),             # yeh with hamza
    ("البهائيون كلهم كذابين", "abuse"),
    ("النسوان ما يفهمون بالسياسة", "abuse"),
    ("يا ا ب ن ا ل ك ل ب", "personal_attack"),
])
def test_arabic_detector_finds(det, text, clause):
    assert found(det, "ar", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text, clause", [
    ("الجماعة اللي حرقت المحاصيل لازم تتحاسب", "threat"),   # ح of حرق is no future prefix
    ("خلينا نكمل النقاش بهدوء", "threat"),
    ("قتلت الغارة 12 مدنياً بحسب المرصد", "threat"),
    ("ما أحد لازم يقتل صحفي بسبب رأيه", "threat"),
    ("الأكراد ليسوا حيوانات", "abuse"),
    ("السنة الماضية كانت صعبة على الكل والحكومة فاشلة", "abuse"),
    ("دخول اللاجئين إلى المدينة كان منظماً", "abuse"),
    ("عبد الله كتب تقرير ممتاز", "abuse"),
])
def test_arabic_detector_contrasts(det, text, clause):
    assert found(det, "ar", text).get(clause, 0) < STRONG, text


@pytest.mark.parametrize("text, clause", [
    ("النسويات عاهرات", "abuse"),
    ("الحريم لازم يقعدن بالبيت", "abuse"),
    ("ي ا ح م ا ر", "personal_attack"),               # spaced letters joined to the vocative
    ("يا kalb", "personal_attack"),                   # Arabizi inside Arabic
    ("يا ابن الزانية", "personal_attack"),
    ("ابعتيلي صور عارية", "vulgarity"),
])
def test_arabic_more_families(det, text, clause):
    assert found(det, "ar", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text", ["يا ابن الحلال ساعدني", "العين بالعين يا أخي", "عالم بلا أخلاق"])
def test_arabic_kind_or_literal_phrases_are_no_attacks(det, text):
    assert "personal_attack" not in found(det, "ar", text), text


@pytest.mark.parametrize("text", [
    "بالعكس، المقال واضح", "حزب العمال أعلن الهدنة", "الجنسية العراقية", "العنف ضد المرأة مرفوض",
    "لحسن الحظ انتهت الأزمة", "هذي خرافة قديمة", "تفوق الفريق في المباراة", "الآخرة خير وأبقى",
])
def test_arabic_everyday_words_are_not_profane(det, text):
    f = found(det, "ar", text)
    assert "profanity" not in f and "vulgarity" not in f, text


def test_arabic_news_report_is_a_report(det):
    f = found(det, "ar", "القوات قتلت خمسة مسلحين في الموصل حسب البيان")
    assert "report" in f and "threat" not in f


def test_arabizi_threat_and_insult(det):
    assert found(det, "en", "wallah ra7 a2tlak").get("threat") == STRONG
    assert found(det, "en", "ya 7mar ibn el kalb").get("personal_attack") == STRONG


def test_turkish_promotion_formulas():
    from newsroom.guidelines import detectors
    from newsroom.guidelines.normalise import normalise_base_text
    for text in ("Kanalıma abone olun, link profilimde", "Deneme bonusu için hemen üye olun"):
        assert any(r == "phrase" for r, _, _ in detectors.find(normalise_base_text(text))), text
    assert not detectors.find(normalise_base_text("Bakanlık yeni uçakları satın alacak"))


@pytest.mark.parametrize("text, clause", [
    ("midoonam koja zendegi mikoni, montazer bash", "threat"),
    ("to ye olaghe bishoori, gomsho", "personal_attack"),
    ("bia inja koskesh", "profanity"),
])
def test_finglish_is_read_as_persian(det, text, clause):
    # the language identifier calls Persian in Latin letters English or Turkish
    for lang in ("en", "tr"):
        assert found(det, lang, text).get(clause) == STRONG, (lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "I want to go in the house and sleep, then we ride to the coast"),
    ("tr", "bu akşam sahilde yürüyüp kahve içeceğiz, sen de gel"),
])
def test_english_and_turkish_are_not_finglish(det, lang, text):
    assert not det._finglish({w for w in normalise_text(text).split()})


def test_persian_promotion_phrases():
    from newsroom.guidelines import detectors
    from newsroom.guidelines.normalise import normalise_base_text
    for text in ("کانالمو تو تلگرام دنبال کنید، هر روز سیگنال رایگان", "وام فوری بدون ضامن، فقط امروز"):
        assert any(r == "phrase" for r, _, _ in detectors.find(normalise_base_text(text))), text
    assert not detectors.find(normalise_base_text("دولت قیمت بنزین را افزایش داد و مردم اعتراض کردند"))


@pytest.mark.parametrize("text, clause", [
    ("الله يحرقك ويحرق اللي جابك", "threat"),          # a curse with God as the subject
    ("الموت للخونة المأجورين", "threat"),
    ("نحرقكم ونحرق اللي وراكم", "threat"),             # first person with the addressee as object
    ("انشالله تموت وترتاح منك البلد", "threat"),
])
def test_arabic_curses_and_first_person_threats(det, text, clause):
    assert found(det, "ar", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text", [
    "تموتوا بغيظكم", "نموتكم من القهر يا جماعة", "قتلني الشوق لأهلي", "انتو ميتين غيرة منها",
    "إذا ما سكت الحكومة رح تخسر", "عطيته الايباد حتى يلعب",
])
def test_arabic_feelings_are_no_threats(det, text):
    assert "threat" not in found(det, "ar", text), text


def test_turkish_typed_without_its_letters(det):
    # entries written with ç ğ ı ö ş ü are reached from ASCII typing ...
    assert found(det, "tr", "bu gazeteciyi oldurmek lazim").get("threat") == STRONG
    assert found(det, "tr", "multecilerin hepsi asalak").get("abuse") == STRONG
    # ... but folding never turns a dying word or a short word into an everyday one
    for text in ("gecmis olsun hepinize", "sikildim bu isten", "olum naber", "ocak ayinda gorusuruz"):
        f = found(det, "tr", text)
        assert not {"threat", "profanity", "personal_attack"} & f.keys(), (text, f)


@pytest.mark.parametrize("text, clause", [
    ("زن‌ها بلد نیستن مملکت اداره کنن", "abuse"),  # a sexist claim of incapacity (SEXPRED)
    ("این مهاجرا رو باید از کشور بیرون کرد", "abuse"),
    ("دستم بهت برسه خفه‌ت می‌کنم", "threat"),
    ("شماره‌ی موبایل دخترت دستمونه", "threat"),
    ("سر این خائنا رو یکی یکی می‌بریم", "threat"),  # the head, its owners, then the verb of cutting
    ("این خائنا رو باید کشت", "threat"),  # the impersonal obligation takes the past stem
    ("خون این خائنان را خواهیم ریخت", "threat"),  # formal future, blood then the verb of shedding
    ("دخترا از اقتصاد هیچی سر درنمیارن", "abuse"),  # هیچ goes with the negated verb: no denial
    ("افغانی‌ها نباید تو ورزشگاه باشن", "abuse"),  # a negated right
    ("این کرد کثیف رو ببین", "abuse"),  # کرد (AMBIG) with an abusive word right after it
])
def test_persian_detector_finds_more(det, text, clause):
    assert found(det, "fa", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text, clause", [
    ("کردها بلد نیستن فارسی حرف بزنن", "abuse"),  # an incapacity said of a non-gender group is no SEXPRED
    ("ساختن این پل ده سال طول می‌کشه", "threat"),  # کشیدن: to take (time)
    ("دیگه سیگار نمی‌کشم، قول میدم", "threat"),
    ("دلم برات پر می‌کشه", "threat"),
    ("فردا سر می‌زنیم به مادربزرگ", "threat"),  # سر زدن: to visit
    ("لطفاً به هیچ روستایی حمله نکنید", "threat"),  # the light verb is negated
    ("دیروز یک نوجوان مدرسه را به گلوله بست", "threat"),  # بست is a past form, not the subjunctive ب
    ("خون اهدا کنید، بیمارستان‌ها کمبود دارن", "threat"),  # blood without shedding
    ("کثافت توی خیابون ریخته", "personal_attack"),  # توی is "in the", not "you"
    ("زن‌ها هیچوقت دروغگو نیستن", "abuse"),  # the negated verb denies the claim
    ("باید این فساد رو ریشه‌کن کرد", "abuse"),  # کرد is "did" here, not a Kurd
    ("زنان در این کشور حق طلاق ندارند", "abuse"),  # a right described as missing, not denied to them
])
def test_persian_detector_contrasts_more(det, text, clause):
    assert found(det, "fa", text).get(clause, 0) < STRONG, text


@pytest.mark.parametrize("text, clause", [
    ("راح اكتلك اذا رجعت", "threat"),                  # Iraqi/Gulf k for q
    ("بدي ادبحكم كلكم", "threat"),                      # Levantine د for ذ
    ("نحن قادمون لحرقكم", "threat"),                    # purpose aimed at the addressee
    ("والله لاوريك يا خاين", "threat"),
    ("سننتقم منكم واحد واحد", "threat"),
    ("البنات ما لهن عقل بالسياسة", "abuse"),
    ("ما نبي افغان في ديرتنا", "abuse"),
    ("يا عديم الشرف", "personal_attack"),
])
def test_arabic_dialect_forms(det, text, clause):
    assert found(det, "ar", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text, clause", [
    ("O spikerin dilini kesip eline vermek lazım.", "threat"),     # a converb chains to the mood
    ("Keşke o vekil de çatışmada ölseydi.", "threat"),              # a past wish
    ("Müftüyü yakalayıp meydanda yakın!", "threat"),               # yakın after an accusative target
    ("Muhabir bey, bu iş senin için iyi bitmeyecek.", "threat"),
    ("Sünniler bir salgın, her yere yayılıyorlar.", "abuse"),
])
def test_turkish_veiled_and_chained(det, text, clause):
    assert found(det, "tr", text).get(clause) == STRONG, (text, found(det, "tr", text))


@pytest.mark.parametrize("text, clause", [
    ("Erbil'e çok yakın bir köyde yaşıyoruz.", "threat"),           # yakın "near"
    ("Suriyeli mülteciler terörden kaçıp buraya geldi.", "abuse"),
    ("Kadınları aptal diye aşağılayan yoruma katılmıyorum.", "abuse"),  # counter-speech
    ("Çingenelere hırsız diyen yorum silinmeli.", "abuse"),
])
def test_turkish_more_contrasts(det, text, clause):
    assert found(det, "tr", text).get(clause, 0) < STRONG, (text, found(det, "tr", text))


@pytest.mark.parametrize("text, clause, expected", [
    ("Kadınlar araba kullanamaz.", "abuse", True),               # inability said of women
    ("Kadına şiddet asla kabul edilemez.", "abuse", False),       # the passive of a verdict
    ("Eşcinsellik normal değil, bir bozukluk.", "abuse", True),
    ("Kadına şiddet asla kabul edilemez.", "counter", True),      # a rejection lowers the head
])
def test_turkish_sexism_and_homophobia(det, text, clause, expected):
    assert (clause in found(det, "tr", text)) is expected, (text, found(det, "tr", text))


# ---- the same comment gets the same scores in every process ----

_TWO_GROUPS = ["Jews are cursed by God and deserve everything that happens to them.",
               "Round up the Pakistanis and ship them all home, the country's full.",
               "Yazidis are animals, no proper religion and no morals.",
               "Send all the Syrian refugees back, starting today.",
               # two sales phrases of one length: their evidence in the same order
               "Buy now!!! 50% off at www.cheap-pills.com, call +1 555 0100 1234 or DM me @dealz"]


def test_a_word_of_two_groups_names_the_same_kind_whatever_the_hash_seed():
    """"jews" is tagged both racism and religious hatred: the kind named must not follow the order a
    frozenset iterates in, which changes with PYTHONHASHSEED (two gunicorn workers disagreed); nor
    the order of the evidence."""
    import json
    import os
    import subprocess
    import sys

    code = ("import json, sys\nfrom newsroom.guidelines import load_scorer\n"
            "r = load_scorer().model.score([{'text': t} for t in json.loads(sys.argv[1])])\n"
            "print(json.dumps([(x['abuse'], x['evidence']) for x in r]))")
    runs = []
    for seed in ("0", "1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code, json.dumps(_TWO_GROUPS)], env=env, check=True,
                             capture_output=True, text=True).stdout
        runs.append(json.loads(out))
    assert runs[0] == runs[1] == runs[2]
    (jews, _), (pakistanis, _) = runs[0][:2]
    assert jews["religious_hatred"] >= 0.5 and pakistanis["xenophobia"] >= 0.5


@pytest.mark.parametrize("text", [
    "آیا کس دیگری غیر از دوست شما می آید؟",  # anyone else
    "هیچ کس نیامد",  # nobody came
    "هر کس او را توجیه میکند شریک جرم است",  # whoever justifies him
])
def test_persian_kas_as_person_is_not_profane(det, text):
    assert not ({"profanity", "vulgarity"} & set(found(det, "fa", text)))


@pytest.mark.parametrize("text", ["یک کس ننت", "کس ننت"])
def test_persian_kas_as_the_vulgar_word_still_is(det, text):
    assert found(det, "fa", text).get("vulgarity") == STRONG


# ---- everyday sentences that were flagged (Persian and Turkish prose, not comments) ----
@pytest.mark.parametrize("lang, text, clause", [
    ("fa", "من نشسته بودم پیپ می‌کشیدم.", "threat"),  # کشیدن (smoke), past: never کشتن (kill)
    ("fa", "سامی دارد علف می‌کشید.", "threat"),
    ("fa", "صابون چشمانم را می‌سوزاند.", "threat"),  # what something does, not a wish
    ("fa", "نگرانی قدرت امروز را از بین می‌برد.", "threat"),
    ("fa", "زبان چینی از دیگر زبان‌های خارجی مشکل‌تر است.", "abuse"),  # harder, not "a problem"
    ("fa", "ریش سیاه یک دزد دریایی انگلیسی بدنام بود.", "abuse"),  # black, the colour
    ("tr", "Umarım nereye gittiğini biliyorsundur.", "threat"),  # "I hope you know where you're going"
    ("tr", "Her on yılda bir tetanoz aşısı vurdurmalısın.", "threat"),  # a vaccine shot
    # comments (Al Jazeera, Instagram, ParsOffensive; clean rows of train splits)
    ("ar", "مبروك و سامحونا لعجزنا التام", "threat"),  # forgive us, not امحو (erase)
    ("ar", "كان بالامكان ايجاد حل سلمي من دون قتل الناس", "threat"),  # possible, peaceful
    ("tr", "Çok da asilsin, kardeşime yakışmış.", "threat"),  # noble
    ("tr", "Kendini idame ettirecek kadar.", "threat"),  # keeping oneself up
    ("tr", "Müge Anlı'ya baş vuralım, anında çözer.", "threat"),  # apply to
    ("fa", "خوب خسته شدید بکشید کنار نیروی جوان بیان سر کار", "threat"),  # step aside
    ("fa", "همش دروغه میگه که مردم دلشون به حالش بسوزه", "threat"),  # pity
    ("fa", "هرچی میکشیم از دست شما میکشیم", "threat"),  # what we suffer
    ("fa", "پیداست شوهرت زیاد به تو توجه نمیکنه", "threat"),  # evidently
])
def test_everyday_prose_is_not_flagged(det, lang, text, clause):
    assert clause not in found(det, lang, text), text


@pytest.mark.parametrize("lang, text, clause", [
    ("fa", "بکشیدشون، همه‌شون رو", "threat"),  # بکشید is the imperative of کشتن too
    ("fa", "اگه یه بار دیگه بنویسی میکشمت", "threat"),  # first person present: intent
    ("fa", "یکی پیدا میشه میکشدت", "threat"),  # a pronoun aimed at the addressee
    ("fa", "این خائنا رو باید به آتش کشید", "threat"),  # "به آتش کشیدن": set on fire
    ("fa", "خارجیا مشکلن", "abuse"),
    ("fa", "سیاه‌ها همه دزدن", "abuse"),
    ("tr", "Nereye gittiğini biliyoruz, dikkat et.", "threat"),
    ("tr", "Nerede oturduğunu biliyorum.", "threat"),
    ("tr", "Onu asın.", "threat"),
    ("ar", "امحوهم من الوجود", "threat"),
    ("ar", "سلّم لنا على أبوك بالصيدلية", "threat"),
    ("fa", "دلم میخواد بکشمش", "threat"),  # دلم میخواد: I want
    ("fa", "آدرس خونت رو میدونیم", "threat"),
])
def test_the_same_words_still_flag_harm(det, lang, text, clause):
    assert found(det, lang, text).get(clause) == STRONG, text


# ---- long news comments (C3's clean comments, train split) that the detectors flagged ----
@pytest.mark.parametrize("text, clause", [
    ("Kill that program and leave the seniors alone.", "threat"),  # aimed at no one
    ("A spill could kill up to 100,000 birds.", "threat"),
    ("I think Ms. Wente needs to end her 30 year hiatus from cycling.", "threat"),  # the hiatus ends
    ("They want to kill us all, the koran says so.", "threat"),  # what others want, told
    ("They really want to kill us all.", "threat"),  # an adverb is not a first person
    ("There will be more terrorist attacks if Trump gains power.", "threat"),  # a forecast
    ("You and your brother have the same way of doing business. I find 9/11 distressing.", "threat"),
    ("Kaplan deserves to be remembered for his commitment to justice.", "threat"),
    ("Expats should not be banned from voting, but encouraged to vote.", "abuse"),  # denied
    ("Even the Syrian refugees don't want to come here.", "abuse"),  # the group's own wish
    ("He died of thyroid cancer while his wife came down with breast cancer.", "abuse"),  # the illness
    ("Quebec made inroads while the ROC was squawking.", "abuse"),  # not the slur it begins with
    ("The GST cut drives the opposition batty.", "abuse"),  # crazy
    ("Will you be sending troops to fight another useless battle, dear leader?", "personal_attack"),
    ("His latest excuse to do nothing is the weather.", "personal_attack"),
    ("Sanctions will cripple the economy.", "abuse"),  # the verb
])
def test_news_comments_are_not_flagged(det, text, clause):
    assert clause not in found(det, "en", text), text


@pytest.mark.parametrize("text, clause", [
    ("The only solution left is to bomb parliament while they're in session.", "threat"),  # the people in it
    ("Buy this magazine or we'll shoot your prime minister.", "threat"),
    ("I'll break your legs.", "threat"),  # the body is the person
    ("Come and kill my wife.", "threat"),
    ("Only one way to handle a terrorist. Kill the bastard.", "threat"),  # an insult names the person
    ("I want to kill him.", "threat"),  # the commenter's own wish
    ("I really just want to kill him.", "threat"),
    ("He deserves to be shot.", "threat"),
    ("Your sister's number is here, want me to post it?", "threat"),
    ("Your home address is already going round our group chat.", "threat"),
    ("Muslims should be banned from entering.", "abuse"),
    ("We don't want Muslims here.", "abuse"),
    ("Muslims are a cancer on this country.", "abuse"),
    ("He is an irrational and idiotic leader.", "personal_attack"),
    ("You stupid idiot.", "personal_attack"),
    ("Shut up, you cripple.", "abuse"),
    ("What a pathetic excuse for a human.", "personal_attack"),
])
def test_the_same_mechanisms_still_flag_harm(det, text, clause):
    assert found(det, "en", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text", [
    "See http://www.zerohedge.com/news/2016-08-21/brexit-worst-case-scenario for the numbers.",
    "The story: www.calgarysun.com/videos/featured/5790927001/anti-immigration-nation/1099842227001",
    "The vote was held on 2016-11-09 and again on 12.01.2017.",
])
def test_digits_in_a_link_or_a_date_are_no_phone_number(text):
    from newsroom.guidelines.detectors import find
    from newsroom.guidelines.normalise import normalise_base_text
    assert "phone" not in {name for name, _, _ in find(normalise_base_text(text))}


@pytest.mark.parametrize("text, promotion", [
    ("That was a cheap shot at the premier.", False),
    ("The central bank cut its discount rate again.", False),
    ("Politicians make money from every deal, that is the scandal.", False),
    ("Cheap prices on all watches, order now!", True),
    ("Make money from home, ask me how", True),
])
def test_english_sales_formulas_not_single_words(text, promotion):
    from newsroom.guidelines.detectors import find
    from newsroom.guidelines.normalise import normalise_base_text
    assert (("phrase" in {name for name, _, _ in find(normalise_base_text(text))}) == promotion), text


@pytest.mark.parametrize("text, promotion", [
    ("Bu fırsatı değerlendirmeli, muhalefet kampanya yürütüyor.", False),  # an opportunity, a campaign
    ("خصم الحكومة الأول هو الفساد", False),  # the government's first opponent
    ("دادگاه تخفیف مجازات داد", False),  # the court reduced the sentence
    ("Tüm ürünlerde %50 indirim, kaçırılmayacak fırsat!", True),
    ("خصم يصل إلى 50% على كل المنتجات", True),
    ("تخفیف ویژه برای همه محصولات", True),
    ("Bu haftaya özel %30 indirim!", True),  # a percentage beside the word, in either order
    ("خصم 30% هذا الأسبوع فقط", True),
    ("با ۳۰٪ تخفیف فقط این هفته", True),
])
def test_sales_formulas_in_other_languages_not_single_words(text, promotion):
    from newsroom.guidelines.detectors import find
    from newsroom.guidelines.normalise import normalise_base_text
    assert (("phrase" in {name for name, _, _ in find(normalise_base_text(text))}) == promotion), text


# ---- eleventh round: cases written afresh from the guidelines (not suite cases) ----

@pytest.mark.parametrize("lang, text", [
    ("en", "Watch out for your family"),  # a warning about the addressee's family
    ("en", "Found your home address, wait for us"),
    ("en", "We will spill your blood"),
    ("en", "We're going to cut all your heads off"),
    ("en", "Just wait, we'll settle the score with you"),
    ("ar", "أنصحك تنتبه على عيالك"),
    ("ar", "رقم هاتفك عندي وعنوانك كمان"),
    ("ar", "سنزورك قريباً في بيتك"),
    ("ar", "الأكراد سيدفعون الثمن بدمائهم قريباً"),
    ("ar", "عيوننا عليك في كل مكان"),
    ("ar", "شفتك امبارح بالسوق، المرة الجاية مش رح تسلم"),
    ("ar", "الحل الوحيد هو تصفيتهم جسدياً"),  # the masdar's ة written ت before a pronoun
    ("ar", "سأطلق النار على رأسك"),
    ("tr", "Ailene dikkat et"),
    ("tr", "Kanını dökeceğiz"),
    ("tr", "Kürtler bunun bedelini kanlarıyla ödeyecek"),
    ("tr", "Bekle sen, hesabını göreceğiz"),
    ("tr", "Kanı helal"),
    ("fa", "مواظب خانواده‌ات باش"),
    ("fa", "شماره تلفنت دست ماست"),
    ("fa", "سر همه‌تونو می‌بریم"),
    ("fa", "روستاهاتونو به گورستان تبدیل می‌کنیم"),
    ("fa", "کاش زودتر بمیری"),  # a death wish: the one to die is the subject
    ("fa", "همه افغانی‌ها رو باید آتیش زد"),
    # rule 2c (a danger, the addressee's vulnerability, "someone who writes like you") beyond English
    ("tr", "Yazmaya devam edersen, gece eve dönerken kazalar olur."),
    ("fa", "اگه بازم بنویسی، شب تنها برگشتن خونه خطرناکه."),
    ("ar", "إذا استمريت بكتاباتك، الطريق للبيت بالليل خطير عليك."),
])
def test_veiled_and_idiomatic_threats(det, lang, text):
    assert found(det, lang, text).get("threat") == STRONG, text


@pytest.mark.parametrize("lang, text", [
    ("ar", "انتبهوا لاطفالكم زين ارجوكم"),  # advice to every parent, in the plural
    ("ar", "لن تسلم الدولة لمرتزقة"),  # "will not hand over"
    ("tr", "Sadece okulundan bir çağrı aldım."),
    ("fa", "شما مراقب خانواده‌تون باشید، رعایت کنید لطفاً"),  # care, not a warning
    ("fa", "تابستون از گرما بمیری، زمستون از سرما یخ بزنی"),  # the generic you
    ("fa", "اگر کسی قرآن آتش بزند، ظلم است"),  # burning a book
    ("en", "Thanks for the report, stay safe out there"),
])
def test_veiled_threat_contrasts(det, lang, text):
    assert "threat" not in found(det, lang, text), text


@pytest.mark.parametrize("lang, text", [
    ("ar", "انزلوا للشوارع وعلموهم درساً لن ينسوه"),
    ("ar", "إلى السلاح يا رجال العشيرة، لا تتركوا منهم أحداً"),
    ("ar", "الرصاص هو الحل الوحيد معهم"),
    ("ar", "علقوا المشانق للخونة في الساحات"),
    ("fa", "مردم اسلحه بردارید و برید سراغشون"),
    ("fa", "اینا فقط زبون زور و گلوله می‌فهمن"),
    ("fa", "سر اینا رو باید تو میدون شهر زد"),
    ("tr", "Bunlara ancak kurşunla cevap verilir"),
    ("tr", "Bunlar sadece sopadan anlar"),
    ("en", "Get rid of them by any means necessary"),
])
def test_calls_for_violence_without_a_violent_verb(det, lang, text):
    assert found(det, lang, text).get("threat") == STRONG, text


@pytest.mark.parametrize("lang, text", [
    ("ar", "مايفكه غير الموت"),  # only death parts them
    ("en", "That's even an ANTIFA motto, by any means necessary"),
    ("ar", "الشرطة فرقت المظاهرة بالقوة وجرح عشرة أشخاص"),
])
def test_call_contrasts(det, lang, text):
    assert "threat" not in found(det, lang, text), text


@pytest.mark.parametrize("lang, text", [
    ("ar", "المثليون مرضى ويجب علاجهم بالقوة"),  # the nominative plural with the article
    ("ar", "السوريون وسخين وحرامية"),
    ("ar", "المرأة عقلها نص عقل الرجل، ما تفهم بالسياسة"),
    ("ar", "الصحفيات كلهن بيبيعن أنفسهن عشان خبر"),  # women of a profession
    ("ar", "ما بدنا لاجئين ببلدنا، يرجعوا لبلادهم"),
    ("ar", "اليهود مقرفون."),
    ("ar", "اللاجئين ليسوا بشراً."),
    ("ar", "لا أطيق المثليين."),
    ("tr", "Kadın bakan mı? Hiçbir şeyin yürümemesine şaşırmamak lazım."),  # verb-final blame
    ("tr", "Kadın gazetecilerin hepsi kendini satıyor"),
    ("tr", "Dönme gazeteciler yine iş başında."),
    ("fa", "معلولا سربار جامعه‌ان"),
    ("en", "There is nothing worse than immigrants."),
])
def test_identity_abuse_written_afresh(det, lang, text):
    assert found(det, lang, text).get("abuse") == STRONG, text


@pytest.mark.parametrize("lang, text", [
    ("tr", "Vedalaşmadan gidilen her şey mutlak dönme riski taşır"),  # "dönme": returning
    ("tr", "Geceleri eve yalnız dönme, karanlık"),  # "don't return"
    ("ar", "انا شايفة أن اغلب اللبنانيين يكرهون الظلم"),  # what a group hates is not what it is
    ("ar", "الله يصبر السوريين الذين لم يدخلو الحرب"),  # a denied entry is no expulsion
    ("ar", "يعيش كثير من السوريين في هذه المدينة."),
])
def test_identity_abuse_contrasts_written_afresh(det, lang, text):
    assert "abuse" not in found(det, lang, text), text


@pytest.mark.parametrize("lang, text", [
    ("en", "It is not true that refugees are criminals."),
    ("en", "I will never say that disabled people are worthless."),
    ("en", "You have to stop calling Muslims disgusting."),
    ("en", "Statements like 'women are scum' are deeply hurtful."),
    ("ar", "ليس صحيحاً أن اللاجئين لصوص."),
    ("ar", "القول إن اليهود حثالة كلام عنصري ومرفوض."),
    ("fa", "این درست نیست که افغانی‌ها دزدن"),
])
def test_counter_speech_denied_or_rejected(det, lang, text):
    f = found(det, lang, text)
    assert "abuse" not in f and "counter" in f, text


@pytest.mark.parametrize("lang, text", [
    ("en", "You are a racist idiot."),  # a rejecting word is one more insult, not counter-speech
    ("en", "Trump is incompetent and a racist to boot."),
    ("en", "Happy to let you know I've flagged your racist comment you moron."),
])
def test_a_rejecting_word_does_not_excuse_an_insult(det, lang, text):
    assert found(det, lang, text).get("personal_attack") == STRONG, text


@pytest.mark.parametrize("lang, text, praised", [
    ("en", "I love Muslims.", True),
    ("en", "Kurdish women are brave.", True),
    ("en", "I don't love Muslims.", False),
    ("en", "I love how Muslims ruin everything, idiots.", False),  # a hostile word: sarcasm
    ("ar", "أحب المسيحيين.", True),
    ("tr", "Suriyeli göçmenler çok çalışkan insanlar.", True),
    ("fa", "زنان خبرنگار منطقه‌ی ما شجاع هستند.", True),
])
def test_praise_of_a_group_is_a_contrast(det, lang, text, praised):
    assert ("praise" in found(det, lang, text)) == praised, text


@pytest.mark.parametrize("lang, text", [
    ("fa", "احمق"), ("tr", "aptal"), ("ar", "حمار"), ("en", "Idiot."),  # the whole comment is the insult
    ("tr", "Yaşamak istiyorsan sus"), ("fa", "اگه می‌خوای زنده بمونی خفه شو"), ("ar", "إذا بدك تعيش اسكت"),
])
def test_bare_insults_and_conditions_of_survival(det, lang, text):
    f = found(det, lang, text)
    assert f.get("personal_attack") == STRONG or f.get("threat") == STRONG, text


@pytest.mark.parametrize("lang, text", [
    ("en", "Stupid policy."),  # an adjective on a thing
    ("ar", "الحمار حيوان صبور"),  # three words: the donkey is a patient animal
    ("tr", "Vurun abalı ya çok saçma."),  # a call rejected in its own sentence
])
def test_bare_insult_and_rejected_call_contrasts(det, lang, text):
    f = found(det, lang, text)
    assert "personal_attack" not in f and "threat" not in f, text


@pytest.mark.parametrize("lang, text", [
    ("tr", "Seni bulup gebertmezsem bana da adam demesinler"),
    ("tr", "Senin gibilerin yeri mezarlık"),
    ("fa", "کاری می‌کنم از به دنیا اومدنت پشیمون بشی"),
    ("fa", "بمیره این بی‌شرف"),  # a curse: the subjunctive "die" opening the sentence
    ("ar", "رح أطلع روحك"),
    ("ar", "مكان أمثالك المقبرة"),
    ("en", "If you want to live, shut up."),
])
def test_threats_second_batch(det, lang, text):
    assert found(det, lang, text).get("threat") == STRONG, text


@pytest.mark.parametrize("text, promotion", [
    ("Get your visa to Germany in two weeks, call 0750 111 2233.", True),  # a number to call
    ("İki haftada Almanya vizesi, arayın 0532 111 22 33", True),
    ("ویزای آلمان تو دو هفته، تماس ۰۹۱۲۱۱۱۲۲۳۳", True),
    ("Best kebab in Erbil at our restaurant on 100m road, come try it!", True),
    ("أطيب كباب في أربيل في مطعمنا بشارع 100، جربوه", True),
    ("Erbil'in en iyi kebabı restoranımızda, gelin deneyin", True),
    ("درباره این موضوع تو وبلاگم نوشتم، لینکش تو پروفایلمه", True),
    ("The restaurant on 100m road was hit in the strike.", False),
    ("اخبار شهداء الامة بالتقسيط المريح", False),  # sarcasm, not a sale
    ("The hotline number 0750 111 2233 was busy all night.", False),  # a number, no call to call it
    ("The ministry is hiring 500 teachers this year.", False),  # news, not a job advert
])
def test_self_promotion_without_a_link(text, promotion):
    from newsroom.guidelines.detectors import find
    from newsroom.guidelines.normalise import normalise_base_text
    assert (("phrase" in {name for name, _, _ in find(normalise_base_text(text))}) == promotion), text


@pytest.mark.parametrize("lang, text", [
    ("ar", "ارجعي للمطبخ يا حلوة"), ("tr", "Mutfağına dön güzelim"), ("fa", "برگرد تو آشپزخونه عزیزم"),
    ("ar", "مكان المرأة المطبخ مو البرلمان"), ("ar", "الحريم ما يفكرون بعقل، هذا علم"),
    ("ar", "النساء ما لازم يقربوا من السياسة أصلاً"), ("tr", "Kadınların siyasete yaklaşmaması lazım"),
    ("fa", "زن‌ها نباید اصلا نزدیک سیاست بشن"),
])
def test_sexism_written_afresh(det, lang, text):
    assert found(det, lang, text).get("abuse") == STRONG, text


@pytest.mark.parametrize("lang, text", [
    ("fa", "نزدیک به بیست زن در این تجمع شرکت کردند"),  # "near": a number, no exclusion
    ("ar", "النساء يقتربن من نصف المقاعد"),
])
def test_sexism_contrasts_written_afresh(det, lang, text):
    assert "abuse" not in found(det, lang, text), text


@pytest.mark.parametrize("text", [
    "یه روز همه‌ی بهایی‌ها رو از دم تیغ می‌گذرونیم",
    "همه‌ی همجنس‌گراها رو باید از جرثقیل آویزون کرد",
    "ترکا رو از این خاک پاک می‌کنیم",
    "بزنید این افغانیا رو، نذارید یکیشون زنده بمونه",
])
def test_persian_threats_to_a_group_written_afresh(det, text):
    assert found(det, "fa", text).get("threat") == STRONG, text


def test_a_crane_execution_reported_is_no_threat(det):
    assert "threat" not in found(det, "fa", "سه نفر دیروز از جرثقیل اعدام شدند")


# the twelfth round: weapons named as the means, the answer of "if it were up to me", a mood phrase that
# holds its own negation, an indefinite accusative (the alif of the tanween), Persian obligation after
# the act, "I will find you"
@pytest.mark.parametrize("lang, text", [
    ("ar", "صار لازم نطلع عليهم بالسكاكين"),
    ("ar", "الحل الوحيد مع الأكراد هو السيف"),
    ("ar", "هؤلاء لا ينفع معهم إلا الحديد والنار"),
    ("ar", "والله لو بيدي لعلقت كل واحد منهم على عمود كهرباء"),
    ("ar", "لن يهدأ لنا بال حتى نسحق اليزيديين"),
    ("ar", "أعرف مكان عملك وسأنتظرك عند الباب"),
    ("fa", "اعدام همه همجنسبازها واجبه"),
    ("fa", "جای این خائنا سر چوبه داره"),
    ("tr", "Bir daha böyle yazarsan seni bulurum"),
    ("tr", "Alevileri yine yakarız"),
])
def test_threats_twelfth_round(det, lang, text):
    assert found(det, lang, text).get("threat") == STRONG, text


@pytest.mark.parametrize("lang, text", [
    ("ar", "لا نريد يهوداً في أرضنا"),
    ("fa", "جای عرب‌ها تو این مملکت نیست"),
    ("fa", "اقلیتهای جنسی مایه ننگ این کشورن"),
    ("tr", "Mülteciler bu ülkeye giremesin"),
])
def test_identity_abuse_twelfth_round(det, lang, text):
    assert found(det, lang, text).get("abuse") == STRONG, text


@pytest.mark.parametrize("lang, text", [
    ("ar", "لا يجوز طرد اللاجئين إلى بلد فيه حرب"),  # the expulsion is forbidden, not called for
    ("ar", "لا يفل الحديد إلا الحديد"),  # a proverb: only iron cuts iron
    ("ar", "زرت سوريا العام الماضي"),  # a country, not "Syrians" with the tanween's alif
    ("fa", "دارن خودشونو تیکه پاره میکنن سر این بحث"),  # arguing, not tearing anyone apart
])
def test_twelfth_round_contrasts(det, lang, text):
    f = found(det, lang, text)
    assert "threat" not in f and "abuse" not in f, text


def test_an_act_named_to_reject_it_is_counter_speech(det):
    assert "counter" in found(det, "ar", "التحريض على قتل الأكراد جريمة ويجب محاسبة من يكتبه")


# the twelfth round, third batch (dialect and colloquial forms): curses and regret threats, thrown off
# buildings, "nothing but" after a negation, a bare Turkish imperative after a condition put to the reader
@pytest.mark.parametrize("lang, text, clause", [
    ("ar", "اقسم بالله لاخليك تندم على كل حرف كتبته", "threat"),
    ("ar", "المثليين لازم ينرموا من فوق البنايات", "threat"),
    ("ar", "النسوان ما الهم غير المطبخ والفراش", "abuse"),
    ("ar", "الشيعة عبدة قبور", "abuse"),
    ("fa", "سزای این خائن گلوله است", "threat"),
    ("fa", "حقشه یکی بزنه تو دهنش", "threat"),
    ("tr", "Suriyeli görürsen döv", "threat"),
    ("tr", "Kürt köylerini yerle bir edin", "threat"),
])
def test_twelfth_round_third_batch(det, lang, text, clause):
    assert found(det, lang, text).get(clause) == STRONG, text


@pytest.mark.parametrize("lang, text", [
    ("ar", "يا ويلك و يا سواد ليلك يا أخوي"),  # banter
    ("ar", "الله ينصركم يا أسود الشيعة على أعداء الله"),  # a prayer
])
def test_twelfth_round_third_batch_contrasts(det, lang, text):
    f = found(det, lang, text)
    assert "threat" not in f and "abuse" not in f, text


def test_a_quoted_claim_called_an_injustice_is_counter_speech(det):
    f = found(det, "ar", "يقولون إن الأكراد خونة، وهذا ظلم كبير")
    assert "abuse" not in f and "counter" in f


@pytest.mark.parametrize("text, clause", [
    ("هذا آخر تحذير إلك", "threat"),
    ("حسابكم قريب يا أعداء الثورة", "threat"),
    ("بدنا نشوف دمكم بالشوارع", "threat"),
    ("الفلسطينية باعوا أرضهم", "abuse"),
    ("هالهنود ريحتهم ما تنطاق", "abuse"),
])
def test_arabic_twelfth_round_fourth_batch(det, text, clause):
    assert found(det, "ar", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text", [
    "والله إنكم عسل ولوز ودمكم شربات كمان",  # "your blood is sherbet": you are lovely
    'تعليقات مثل "الأكراد خونة" لازم تنحذف',  # quoted to be removed
])
def test_arabic_fourth_batch_contrasts(det, text):
    f = found(det, "ar", text)
    assert "threat" not in f and "abuse" not in f, text


# ---- thirteenth round (ar, written afresh: 58/89 before its changes): the mechanisms it found missing ----
@pytest.mark.parametrize("text, clause", [
    ("ونصفي حسابنا معكم قريبا", "threat"),  # a stock phrase behind the conjunction clitic
    ("النسوان ما يتعلمن ابدا", "abuse"),  # the feminine plural of a sweeping "they never..."
    ("الحريم ملهمش غير النكد", "abuse"),  # "nothing but" after a negation fused to its pronoun
    ("المسيحيه دين ارهاب", "abuse"),  # "a religion of terror"
    ("هؤلاء عبده صليب", "abuse"),  # the article-less slur
    ("يجب ان نؤدب هالحقير بالعصي", "threat"),  # a weapon as the means, its mood further back; هال + insult
    ("الحرق قادم لكم يا كفار", "threat"),  # the prediction after the verbal noun
    ("يلا كسروا ايديهم", "threat"),  # their hands as the act's object
    ("يلا ولعوا النار ببيوتهم", "threat"),  # a fire set
    ("لازم ننظف الحي منهم", "threat"),  # a place purged of them
    ("كبوهم برا كل السوريين", "abuse"),  # thrown out
    ("رح خلي امك تبكي عليك", "threat"),  # the addressee's mother made to mourn him
    ("ما رح يضل منكم حدا يا خونه", "threat"),  # none of you will remain
    ("عنوانكم وصلني", "threat"),  # the address reached me
    ("الواجب قتالهم حتى يتوبوا", "threat"),  # fighting them, as a verbal noun with its object
    ("اللي يقول هيك لازم ينذبح", "threat"),  # "whoever says so" judged with a threat stays a threat
])
def test_arabic_thirteenth_round(det, text, clause):
    assert found(det, "ar", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text", [
    "افتخروا بالموتى فجماجمهم معروضه في المتاحف",  # bi- with the article is no first person; skulls on show
    "ولعت النار بالمطبخ والحمد لله ما حدا تأذى",  # a fire broke out
    "انتو اطهر منهم بكثير",  # "purer than them", no place purged
    "كثير من السوريين سافروا برا",  # travelled abroad
    "ما حدا لازم يرحل السوريين",  # the expulsion denied through its mood
    "مش لازم نطرد اللاجئين",
    "قررت السلطات ابعاد خمسين من اللاجئين السوريين",  # an authority's act, told
    "اللي يقول ان الكرد خونه هو الجاهل",  # counter-speech: the sayer judged
    "ما رح يضل منهم حدا بالبلد من كثر الهجره",  # emigration foretold
    "ما وصلني عنوانك",
    "والله ياخذهم وقت طويل",  # the oath, not "may God take them"
])
def test_arabic_thirteenth_round_contrasts(det, text):
    f = found(det, "ar", text)
    assert not {"threat", "abuse", "personal_attack"} & set(f), (text, f)


def test_arabic_whoever_says_it_judged_is_counter_speech(det):
    f = found(det, "ar", "اللي يقول ان الكرد خونه هو الجاهل")
    assert "counter" in f
    assert "report" in found(det, "ar", "قررت السلطات ابعاد خمسين من اللاجئين السوريين")


# the thirteenth round (tr, written afresh: 54/87 before its changes): the spoken future in stock threats
# and acts, a phrase typed half without its Turkish letters, a final k softened before a vowel, "one more
# 1915", hanging by "sallandırmak", a converb chained to an imperative, the addressee's routes and car
# known, "you are not a man", "hadi oradan" as the addressee, the one who wrote the news as a person
@pytest.mark.parametrize("text, clause", [
    ("seni bulcaz, nerde oldugun hic onemli degil", "threat"),  # seni bulacağız, spoken
    ("agzini burnunu kırcam senin", "threat"),  # a phrase half in ASCII, with the spoken future
    ("bıcagı sokarim karnina", "threat"),
    ("ermenilere bi 1915 daha lazim", "threat"),
    ("bunlari tek tek sallandirmak lazim meydanda", "threat"),
    ("afganlari gordugunuz yerde doverek kovun", "threat"),  # a converb, then the imperative
    ("hangi arabaya bindigini bile biliyoz, ona gore yaz", "threat"),
    ("isyerinin onunde bekliycez seni", "threat"),
    ("bu muhabir ahmagin teki", "personal_attack"),  # ahmak -> ahmağın
    ("hadi oradan dangalak", "personal_attack"),
    ("sen adam degilsin, kendini bil", "personal_attack"),
    ("bu haberi yazan embesil mi", "personal_attack"),
    ("gaylerin hepsi hasta, tedavi lazim", "abuse"),
    ("araplar deve cobani, ne bekliyon", "abuse"),
    ("karilar siyasetten ne anlar ya", "abuse"),
    ("spikerin bacaklari beni tahrik ediyo", "vulgarity"),  # rule 5b
    ("kanka bu kiza bi gece yeter, neler yapardim", "vulgarity"),
])
def test_turkish_thirteenth_round(det, text, clause):
    assert found(det, "tr", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text, clause", [
    ("Bir Halepçe daha yaşanmasın", "threat"),  # the massacre wished never again
    ("seni doverim falan demiyorum, sadece yanlis yazmissin diyorum", "threat"),
    ("ibne diye bagiran adam gozaltina alindi, iyi oldu", "abuse"),  # quoted by "diye", then detained
    ("ibne diye bagiran adam gozaltina alindi, iyi oldu", "profanity"),
    ("kadinin yeri mutfak diyenlere inat kadin vekil sayisi artti", "abuse"),
    ("Muhabirin bacakları kazada kırıldı", "vulgarity"),  # the body with no desire or appraisal
    ("nargilemi yakıcam birazdan, çay da demlerim", "threat"),  # "yak" lights as often as it burns
    ("az once kopegi ezen adamin videosunu gosterdiler", "personal_attack"),  # a literal dog
    ("ankara bombalanıyor, vurulup hayatını kaybeden vatandaşların fotoğrafları", "threat"),
])
def test_turkish_thirteenth_round_contrasts(det, text, clause):
    assert clause not in found(det, "tr", text), text


def test_a_turkish_word_quoted_by_diye_is_not_mention_without_a_rejection(det):
    # "diye" alone is no counter-speech: the commenter's own "aq" stays profanity when nothing rejects it
    assert found(det, "tr", "Yazma dedim diye yazmıyor saçmalığa bak aq").get("profanity") == STRONG
