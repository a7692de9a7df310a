"""python -m newsroom.perspective: which attribute the current scorer can produce in which language,
read from its manifest (the table docs/perspective.md shows was made with this)."""
import sys

from newsroom.guidelines import load_scorer

from .protocol import ATTRIBUTES, PERSPECTIVE_ATTRIBUTES, availability


def main():
    scorer = load_scorer()
    table = availability(scorer)
    languages = list(table)
    print(f"scorer {getattr(scorer, 'name', '?')}")
    print("| attribute | " + " | ".join(languages) + " |")
    print("| --- |" + " :---: |" * len(languages))
    names = list(PERSPECTIVE_ATTRIBUTES) + sorted(n for n in ATTRIBUTES if n.startswith("NEWSROOM_"))
    for name in names:
        cells = ["yes" if name in table[lang] else "-" for lang in languages]
        print(f"| `{name}` | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
