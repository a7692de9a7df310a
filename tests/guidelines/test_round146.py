"""The hundred-and-forty-sixth round (2026-12-06): Arabic hate in a functional test's forms -- a measure,
no change.

Lines written afresh (20: nine forms of abuse of a people, three threats, eight contrasts), as rounds 141,
144 and 145 wrote them for English, Turkish and Persian: 17 of 20 as they stand, and nothing was changed.
The misses: "الأفغان؟ ما أحبهم أبداً" (Afghans? I don't like them at all: a dislike, which rounds 144 and 145
left alone in Turkish and Persian too), "المهاجرين مو ناس محترمين" (immigrants are not respectable people:
the rules find the virtue denied, strong, and the stack keeps abuse at 0.32 -- the Arabic heads know none of
the words, and a finding is weighed evidence, not an override), and "راح ألاقي كل عربي بهالمدينة واحد واحد"
(I'll find every Arab in this city one by one: a veiled threat with no listed act; the Turkish line of the
same sense passes only by the written-threat head). Held out (`heldout/ar_r146b.tsv`, written with these): 7
of 9.
"""
from tests.guidelines.test_probes import passing

AR_TUNE = [
    ('abuse', 'ما أطيق الأكراد أبداً.'),
    ('abuse', 'العرب يقرفوني.'),
    ('abuse', 'ليش السوريين دايماً وسخين؟'),
    ('abuse', 'برأيي الإيرانيين أسوأ ناس بالدنيا.'),
    ('abuse', 'الأفغان؟ ما أحبهم أبداً.'),
    ('abuse', 'المهاجرين مو ناس محترمين.'),
    ('abuse', 'الحريم ما يعرفون يديرون أي شي.'),
    ('abuse', 'اللاجئين سرطان بهالبلد.'),
    ('abuse', 'السوريين؟ رجعوهم كلهم.'),
    ('threat', 'كل الأكراد لازم ينعدموا رمي بالرصاص.'),
    ('threat', 'راح ألاقي كل عربي بهالمدينة واحد واحد.'),
    ('threat', 'اللاجئين يستاهلون ينحرقون وهم أحياء.'),
    ('-', 'ما أطيق العناكب أبداً.'),
    ('-', 'موظفين الضرائب يقرفوني.'),
    ('-', 'برأيي اللغة الكردية حلوة كثير.'),
    ('-', 'العرب والأكراد والتركمان عايشين سوا بهالمدينة.'),
    ('-', 'اللي يقول إن المهاجرين مو ناس محترمين عنصري.'),
    ('-', 'ما أحد يستاهل ينحرق وهو حي.'),
    ('-', 'اللاجئين؟ ساعدوهم، ما عندهم شي.'),
    ('-', 'الحريم سجلوا رقم قياسي بالانتخابات.'),
]
PASSED = 17


def test_tune_lines_keep_their_floor(model):
    assert passing(model, AR_TUNE) >= PASSED - 1
