"""The hundred-and-fifty-third round (2026-12-06): a label put on a people and called a prejudice; a
prejudice denied.

Lines written afresh before any change (en 5, tr 4, ar 4, fa 4), from our suite's counter-speech check
case in Arabic and Persian ("I'm tired of Afghans being labelled thieves in every debate. This is
bigotry": abuse 0.99), read in this session: a people labelled by others and the label called a prejudice
was read as the claim itself when the label was a verbal noun or a participle ("Araplara terörist
denmesinden bıktım. Bu bağnazlık": 1.00; "Tired of seeing Kurds labelled traitors ... It's racist":
hatred, 0.98) or the prejudice was named by a word the rebuttals did not list ("هذا تعصب", "این
نژادپرستیه"). And a claim that denies its own racism ("افغانیا همه دزدن، این تعصب نیست، واقعیته", Afghans
are all thieves, this isn't bigotry, it's reality) was read as counter-speech: 0.02. Before: en 2 of 5, tr
2 of 4, ar 2 of 4, fa 2 of 4.

What was added: harm._PREJUDICE_NAMED and _THIS_IS (a prejudice named after "this is" rebuts the claim
before it, in _rebuts), the verbs of a label in _CLAIM_VERBS (Turkish "denme", "damgala", "yaftala";
Arabic "يتوصف", "يسمون", "نعت"; Persian "برچسب", "انگ", "خطاب", "صدا") and, in English, the participle
right after the people (_EN_LABELLED: "Syrians branded as thieves") and a perception of it in
hate_of_event ("tired of seeing Kurds labelled"); a rejecting word denied (_REJECT_DENIED: "not racism",
"ırkçılık değil", "مش عنصرية", "تعصب نیست") loses its REJECT.

When the round closed: en 4 of 5, tr 3 of 4 (the two lines left have the rules' rebuttal and stay over 0.5
by the violation head: "Sick of hearing Muslims called terrorists ... That's bigotry" 0.61), ar 4 of 4, fa
4 of 4. Held out (`heldout/*_r153b.tsv`, written with these before the changes): 2 -> 3 of 3 in every
language. Our suite: tr- and fa-counter_speech-05 gained (the Persian one read for this round, the Turkish
its translation: not independent). On the data 11 comments lost a counter-speech contrast (8 labelled
offensive: "Every ... decision ... is not 'hateful'", "مو طائفية"), one offensive OLID tweet gained one.
"""
from tests.guidelines.harm_helpers import found, rule_names
from tests.guidelines.test_probes import passing

TUNE = [
    ('-', "Tired of seeing Kurds labelled traitors every time this comes up. It's racist."),
    ('-', "Sick of hearing Muslims called terrorists in these comments. That's bigotry."),
    ('-', 'I keep seeing Syrians branded as thieves here, and it is xenophobic.'),
    ('abuse', 'Sick of Kurds. They are all traitors.'),
    ('abuse', 'People say Arabs are lazy, and they are right.'),
    ('-', 'Her tartışmada Araplara terörist denmesinden bıktım. Bu bağnazlık.'),
    ('-', 'Kürtlerin hain diye damgalanmasından yoruldum, bu ırkçılık.'),
    ('-', 'Suriyelilere hırsız denmesi ırkçılıktır.'),
    ('abuse', 'Suriyelilerin hepsi hırsız, bunu herkes biliyor.'),
    ('-', 'تعبت من وصف السوريين بالحرامية، هذا تعصب.'),
    ('-', 'زهقت وأنا أسمع الناس يسمون الأكراد خونة، هاد تعصب.'),
    ('-', 'كل ما حدا يوصف اللاجئين بالمجرمين بحس بالقرف، هذا عنصرية.'),
    ('abuse', 'السوريين حرامية وهذا مش تعصب هذا الواقع.'),
    ('-', 'خسته شدم از بس به کردها برچسب خائن زدن. این نژادپرستیه.'),
    ('-', 'از اینکه به افغانیا انگ دزد می\u200cزنن حالم بد میشه، این تعصبه.'),
    ('-', 'هر بار که عربا رو وحشی خطاب می\u200cکنن، این یه تعصب کوره.'),
    ('abuse', 'افغانیا همه دزدن، این تعصب نیست، واقعیته.'),
]
PASSED = 15


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_a_label_called_a_prejudice_is_counter_speech(det):
    assert "rebuttal" in rule_names(
        det, "tr", "Her tartışmada Araplara terörist denmesinden bıktım. Bu bağnazlık.")
    assert "rebuttal" in rule_names(det, "ar", "تعبت من وصف السوريين بالحرامية، هذا تعصب.")
    assert "rebuttal" in rule_names(det, "fa", "خسته شدم از بس به کردها برچسب خائن زدن. این نژادپرستیه.")
    assert "rebuttal" in rule_names(
        det, "en", "I keep seeing Syrians branded as thieves here, and it is xenophobic.")
    assert "abuse" not in found(
        det, "en", "Tired of seeing Kurds labelled traitors every time this comes up. It's racist.")


def test_the_same_prejudice_said_of_the_people_is_no_rebuttal(det):
    # the word a claim uses is not its rebuttal: "Kurds are racist" after a verb of saying
    assert "rebuttal" not in rule_names(det, "en", "People keep saying Kurds are racist, and they are right.")
    assert "abuse" in found(det, "en", "Sick of Kurds. They are all traitors.")


def test_a_prejudice_denied_is_no_rejection(det):
    assert "abuse" in found(det, "fa", "افغانیا همه دزدن، این تعصب نیست، واقعیته.")
    assert "abuse" in found(det, "tr", "Suriyelilerin hepsi hırsız, bu ırkçılık değil gerçek.")
    # the denial of another word is not the rejection's: "as if the displaced were not human, shame"
    assert "counter" in rule_names(det, "ar", 'يكتبون بالتعليقات "اطردوا النازحين" وكأن النازحين مو بشر، عيب')
