"""The sixty-ninth round (2026-12-04), Persian and Arabic: sexism said through a frame rather than a predicate
of its own (harm._sexism_frames) -- "a woman boss means ruin", "don't expect logic from women", "what do women
know of politics?", "obviously a woman wrote it, all emotion", "let a woman be president and see", "hired only
because she is pretty". The same frames with no woman in them, a woman who is one person ("this woman's death
means disaster"), what is known about a woman, and "مرة" as "once" find nothing. Every "is" case below had no
sexism finding before the round."""
import pytest

from tests.guidelines.harm_helpers import found, rules


def sexism(det, lang, text):
    return (("abuse", "negative generalisation") in rules(det, lang, text)
            and "abuse" in found(det, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("fa", "مدیر زن یعنی شرکت ورشکسته"),
    ("fa", "زن پشت فرمون یعنی تصادف"),
    ("fa", "از زن‌ها انتظار منطق نداشته باش"),
    ("fa", "زن‌ها از سیاست چی سرشون میشه؟"),
    ("fa", "معلومه نویسنده‌ی این مقاله زنه، پر از احساسات"),
    ("fa", "بذارید یه زن رئیس‌جمهور بشه تا ببینید کشور چطور نابود میشه"),
    ("ar", "مديرة مرة يعني خراب الشركة"),
    ("ar", "المرة ورا السواقة يعني حادث"),
    ("ar", "لا تتوقع منطق من النسوان"),
    ("ar", "شو بتفهم المرة بالسياسة؟"),
    ("ar", "واضح انو كاتبة المقال مرة، كله عواطف"),
    ("ar", "خلوا مرة تصير رئيسة وشوفوا كيف تخرب البلد"),
    ("ar", "المذيعة توظفت بس لأنها حلوة"),
])
def test_sexism_said_through_a_frame_is_abuse(det, lang, text):
    assert sexism(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fa", "مدیر زن این شرکت سودش رو دو برابر کرد"),
    ("fa", "از دولت انتظار منطق نداشته باش"),
    ("fa", "مرگ این زن یعنی فاجعه برای خانواده‌اش"),
    ("fa", "بذارید زن‌ها رای بدن تا ببینید دموکراسی واقعی چیه"),
    ("fa", "تو از این زن چی میدونی؟"),
    ("ar", "المديرة الجديدة ضاعفت أرباح الشركة"),
    ("ar", "لا تتوقع منطق من الحكومة"),
    ("ar", "شو بتعرف عن المرة اللي انقتلت؟"),
    ("ar", "مرة ثانية يعني فشل الحكومة"),
    ("ar", "كل مرة يعني خراب"),
    ("ar", "الصحفية أخذت جائزة على تقاريرها"),
])
def test_the_frames_without_women_in_general_are_not(det, lang, text):
    assert ("abuse", "negative generalisation") not in rules(det, lang, text)


def test_no_module_name_of_the_detectors_is_bound_twice():
    """The round first named its verbs of knowing _FA_KNOW, a name the Persian doxxing rule already had: the
    later binding won, and "میدونیم کی از خونه میری بیرون" lost its threat. A name bound again must extend
    itself (``_AR_ORG = _AR_ORG | ...``), never replace another list."""
    import ast
    import inspect

    from newsroom.guidelines import harm

    tree = ast.parse(inspect.getsource(harm))
    seen = set()
    for node in tree.body:
        targets = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
        for name in targets:
            rebinds_itself = any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.value))
            assert name not in seen or rebinds_itself, name
            seen.add(name)
