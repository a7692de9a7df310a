"""Writes the request bodies wrk sends: comments:analyze as Coral sends it (TOXICITY, doNotStore),
each comment exactly 300 characters, in the four languages with a toxicity model, clean and hostile."""
import json
import sys

SEEDS = [
    "Thank you for this careful report on the council's vote about the bridge budget. ",
    "You are a stupid idiot and everyone who reads your lies knows it, shut up. ",
    "شكرا على هذا التقرير الدقيق حول تصويت المجلس على ميزانية الجسر الجديد. ",
    "أنت غبي وحقير ولا تفهم شيئا عن السياسة يا كلب. ",
    "Köprü bütçesi hakkındaki bu dikkatli haber için teşekkür ederim, çok açık. ",
    "Bu yazar tam bir aptal, utanmaz herif, defol git buradan. ",
    "از این گزارش دقیق درباره رای شورا در مورد بودجه پل سپاسگزارم. ",
    "تو یک احمق دروغگو هستی و همه این را می دانند. ",
]


def comment(seed, length=300):
    text = (seed * (length // len(seed) + 1))[:length]
    assert len(text) == length
    return text


if __name__ == "__main__":
    for seed in SEEDS:
        body = {"comment": {"text": comment(seed)}, "doNotStore": True,
                "requestedAttributes": {"TOXICITY": {}}, "languages": ["en"]}
        sys.stdout.write(json.dumps(body, ensure_ascii=False) + "\n")
