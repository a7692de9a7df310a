"""The held-out probe batches (tests/guidelines/heldout, see its README): comments written in a probe round
at the same time as the round's own lines, and kept out of every change -- no word list, rule, weight or
threshold was chosen by looking at them, and nothing trains on them. They measure whether a round's changes
carry over to lines they were not made from. Each file keeps at least what it passed when the round closed,
less one line; and none of its lines may reach the training (the probes the written-threat heads learn from,
or the suite whose tune half the stack is fitted on)."""
import os

import pytest

from newsroom.guidelines import suite, training
from newsroom.guidelines.training import read_probes
from tests.guidelines.test_probes import passing

HELDOUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout")

# passed / total when the round closed (2026-12-03; its README gives the figures before its changes)
PASSED = {
    "ar_r45b": (12, 14), "fa_r45b": (12, 14), "tr_r45b": (11, 14),
    "en_r46b": (8, 15), "ar_r46b": (6, 15), "tr_r46b": (7, 15), "fa_r46b": (5, 15),
    # (r47b: as the forty-eighth round closed, the same day; the README gives the forty-seventh's too)
    "en_r47b": (7, 10), "ar_r47b": (8, 10), "tr_r47b": (6, 10), "fa_r47b": (6, 10),
    "en_r48b": (12, 15), "ar_r48b": (12, 15), "tr_r48b": (13, 15), "fa_r48b": (13, 15),
    "en_r49b": (15, 15), "ar_r49b": (13, 15), "tr_r49b": (15, 15), "fa_r49b": (15, 15),
    "ar_r50b": (13, 15), "en_r51b": (7, 8), "ar_r51b": (7, 8), "tr_r51b": (8, 8), "fa_r51b": (6, 8),
    "ar_r52b": (16, 16), "ar_r52c": (10, 12), "fa_r52b": (10, 12), "fa_r53b": (14, 15), "fa_r53c": (9, 12),
    "en_r54b": (12, 14), "ar_r54b": (11, 14), "tr_r54b": (14, 14), "fa_r54b": (10, 14),
    "en_r54c": (5, 6), "ar_r54c": (5, 6), "tr_r54c": (4, 6), "fa_r54c": (6, 6),
    "en_r55b": (10, 10), "ar_r55b": (9, 10), "tr_r55b": (10, 10), "fa_r55b": (10, 10),
    "en_r56b": (6, 6), "ar_r56b": (5, 6), "tr_r56b": (6, 6), "fa_r56b": (5, 6),
    "en_r57b": (6, 8), "ar_r57b": (7, 8), "tr_r57b": (6, 8), "fa_r57b": (6, 8),
    "en_r58b": (10, 10), "ar_r58b": (10, 10), "tr_r58b": (7, 10), "fa_r58b": (9, 10),  # (fa 8 -> 9: r182)
    "en_r59b": (5, 6), "ar_r59b": (5, 6), "tr_r59b": (6, 6), "fa_r59b": (6, 6),
    "en_r60b": (6, 6), "ar_r60b": (6, 6), "tr_r60b": (6, 6), "fa_r60b": (6, 6),
    "en_r61b": (6, 6), "ar_r61b": (5, 6), "tr_r61b": (6, 6), "fa_r61b": (6, 6),
    "en_r62b": (5, 6), "ar_r62b": (4, 6), "tr_r62b": (4, 6), "fa_r62b": (4, 6),
    # (r63b, r63c: as the sixty-fourth round closed; its README section says which of its changes came from
    # these batches' misses)
    "en_r63b": (16, 16), "ar_r63b": (14, 16), "tr_r63b": (16, 16), "fa_r63b": (16, 16),
    "en_r63c": (8, 8), "ar_r63c": (6, 8), "tr_r63c": (8, 8), "fa_r63c": (7, 8),
    "en_r64b": (8, 8), "ar_r64b": (8, 8), "tr_r64b": (8, 8), "fa_r64b": (8, 8),  # (tr 7 -> 8: round 96)
    "en_r65b": (11, 12), "ar_r65b": (10, 12), "tr_r65b": (9, 12), "fa_r65b": (12, 12),
    "en_r65c": (7, 8), "ar_r65c": (8, 8), "tr_r65c": (8, 8), "fa_r65c": (8, 8),
    "en_r66b": (7, 8), "ar_r66b": (5, 8), "tr_r66b": (6, 8), "fa_r66b": (6, 8),
    "ar_r67b": (12, 12),
    # (the sixty-eighth round; before its changes fa 6/12, ar 5/10, tr 3/5; a sixth Turkish line repeated a
    # probe line and was taken out)
    "fa_r68b": (9, 12), "ar_r68b": (8, 10), "tr_r68b": (3, 5),
    # (the sixty-ninth round; before its changes fa 14/20, ar 10/20)
    "fa_r69b": (18, 20), "ar_r69b": (15, 20),
    # (the seventieth round; before its changes fa 9/10, ar 6/10, tr 6/8, en 6/6)
    "fa_r70b": (9, 10), "ar_r70b": (7, 10), "tr_r70b": (7, 8), "en_r70b": (6, 6),
    # (the seventy-first round; before its changes 6/12)
    "ar_r71b": (6, 12),
    # (the seventy-second round; before its changes fa 9/12, ar 6/10, tr 6/8)
    "fa_r72b": (9, 12), "ar_r72b": (7, 10), "tr_r72b": (7, 8),
    # (the seventy-third round; before its changes 7/12)
    "ar_r73b": (9, 12),
    # (the seventy-fourth round; before its changes fa 10/13, ar 10/11 and 8/10, tr 9/11)
    "fa_r74b": (11, 13), "ar_r74b": (10, 11), "ar_r74d": (8, 10), "tr_r74b": (9, 11),
    # (the seventy-fifth round; before its changes tr 4/8, en 2/6)
    "tr_r75b": (5, 8), "en_r75b": (3, 6),
    # (the seventy-sixth round; before its changes 6/11)
    "ar_r76b": (11, 11),
    # (the seventy-seventh and seventy-eighth rounds; before their changes fa 3/9, tr 4/8)
    "fa_r77b": (9, 9), "tr_r78b": (7, 8),
    # (the seventy-ninth round; before its changes 3/8)
    "en_r79b": (4, 8),
    # (the eightieth round; before its changes 6/9)
    "ar_r80b": (6, 9),
    # (the eighty-first round; before its changes 1/6)
    "tr_r81b": (5, 6),
    # (the eighty-second round; before its changes en 3/6, tr 2/5, fa 4/5, ar 3/4)
    # (ar_r82b 3 of 4 until the hundred-and-twenty-sixth round read an armed force as the one driven out)
    "en_r82b": (6, 6), "tr_r82b": (5, 5), "fa_r82b": (5, 5), "ar_r82b": (4, 4),
    # (the eighty-third round; before its changes en 3/6, tr 3/6, fa 4/6, ar 2/6; r83c, written after the
    # round's lists with harms they do not name, 11/21 before and after)
    "en_r83b": (6, 6), "tr_r83b": (6, 6), "fa_r83b": (6, 6), "ar_r83b": (6, 6),
    "en_r83c": (2, 6), "tr_r83c": (3, 5), "fa_r83c": (3, 5), "ar_r83c": (3, 5),
    # (the eighty-fourth round; before its changes en 2/4, tr 1/4, fa 2/4, ar 1/4)
    "en_r84b": (4, 4), "tr_r84b": (2, 4), "fa_r84b": (3, 4), "ar_r84b": (1, 4),  # (en 3 -> 4: round 99)
    # (the eighty-fifth round; before its changes en 1/5, tr 2/4, fa 1/4, ar 0/4)
    "en_r85b": (1, 5), "tr_r85b": (3, 4), "fa_r85b": (2, 4), "ar_r85b": (1, 4),
    # (the eighty-sixth round; before its changes en 3/5, tr 2/4, fa 2/4, ar 1/4)
    "en_r86b": (4, 5), "tr_r86b": (3, 4), "fa_r86b": (4, 4), "ar_r86b": (2, 4),
    # (the eighty-seventh round; before its changes en 1/3, tr 1/3, fa 1/3, ar 0/3)
    "en_r87b": (3, 3), "tr_r87b": (2, 3), "fa_r87b": (1, 3), "ar_r87b": (1, 3),
    # (the eighty-eighth round; written after its lists, see the README; before them en 1/3, tr 1/4, fa 2/4,
    # ar 2/3)
    "en_r88b": (3, 3), "tr_r88b": (4, 4), "fa_r88b": (4, 4), "ar_r88b": (3, 3),
    # (the eighty-ninth round; before its changes en 3/6, tr 2/5, fa 3/5, ar 3/5)
    "en_r89b": (4, 6), "tr_r89b": (3, 5), "fa_r89b": (4, 5), "ar_r89b": (3, 5),
    # (the ninetieth round; before its changes en 1/4, tr 1/3, fa 1/3, ar 1/3)
    "en_r90b": (3, 4), "tr_r90b": (2, 3), "fa_r90b": (1, 3), "ar_r90b": (3, 3),
    # (the ninety-first round, no change made from it: en 6/6, tr 6/7, fa 7/8, ar 6/7 before and after; the
    # ninety-second, before its changes en 3/5, tr 2/5, fa 2/5, ar 2/5)
    "en_r91b": (6, 6), "tr_r91b": (6, 7), "fa_r91b": (7, 8), "ar_r91b": (6, 7),
    "en_r92b": (3, 5), "tr_r92b": (4, 5), "fa_r92b": (4, 5), "ar_r92b": (3, 5),
    # (the ninety-third round; before its changes and after en 5/5, tr 4/5, fa 4/5, ar 5/5)
    "en_r93b": (5, 5), "tr_r93b": (4, 5), "fa_r93b": (4, 5), "ar_r93b": (5, 5),
    # (the ninety-fourth round; before its changes and after en 4/5, tr 1/5, fa 3/5, ar 3/5)
    "en_r94b": (4, 5), "tr_r94b": (1, 5), "fa_r94b": (3, 5), "ar_r94b": (3, 5),
    # (the ninety-fifth round, no change made from it)
    "fa_r95b": (6, 7),
    # (the ninety-sixth round; before its changes and after en 3/5, tr 5/5, fa 3/5, ar 2/5)
    "en_r96b": (3, 5), "tr_r96b": (5, 5), "fa_r96b": (3, 5), "ar_r96b": (2, 5),
    # (the ninety-seventh round; before its changes and after en 3/5, tr 4/5, fa 4/5, ar 4/5)
    "en_r97b": (3, 5), "tr_r97b": (4, 5), "fa_r97b": (4, 5), "ar_r97b": (4, 5),
    # (the ninety-eighth round; before its changes and after 4/6)
    "ar_r98b": (4, 6),
    # (the ninety-ninth round; before its changes and after en 3/3, tr 3/3, fa 2/3, ar 2/3)
    "en_r99b": (3, 3), "tr_r99b": (3, 3), "fa_r99b": (2, 3), "ar_r99b": (2, 3),
    # (the hundredth round; before its changes and after en 5/6, tr 4/6, fa 3/6, ar 3/6)
    "en_r100b": (5, 6), "tr_r100b": (4, 6), "fa_r100b": (3, 6), "ar_r100b": (3, 6),
    # (the hundred-and-first round; before its changes and after en 4/4, tr 5/5, fa 4/5, ar 4/5)
    # (fa_r101b 4 -> 5: round 188 read "سنی‌ها دشمن اهل بیتن" as abuse beside the line's threat)
    "en_r101b": (4, 4), "tr_r101b": (5, 5), "fa_r101b": (5, 5), "ar_r101b": (4, 5),
    # (the hundred-and-second round; before its changes en 1/3, tr 1/3, ar 1/3, fa 7/11)
    "en_r102b": (2, 3), "tr_r102b": (2, 3), "ar_r102b": (1, 3), "fa_r102b": (7, 11),
    # (the hundred-and-third round; before its changes and after en 3/5, tr 4/5, ar 5/5, fa 5/5)
    "en_r103b": (3, 5), "tr_r103b": (4, 5), "ar_r103b": (5, 5), "fa_r103b": (5, 5),
    # (the hundred-and-fourth round; before its changes and after en 3/3, tr 1/3, ar 1/3, fa 1/3)
    "en_r104b": (3, 3), "tr_r104b": (1, 3), "ar_r104b": (1, 3), "fa_r104b": (1, 3),
    # (the hundred-and-fifth round; before its changes and after 3/6)
    "ar_r105b": (3, 6),
    # (the hundred-and-sixth round; before its changes and after 4/6)
    "fa_r106b": (4, 6),
    # (the hundred-and-seventh round; before its changes and after tr 3/3, ar 2/3)
    "tr_r107b": (3, 3), "ar_r107b": (2, 3),
    # (the hundred-and-eighth round; written after its change, run on neither tree before: before 5/8, after
    # 8/8)
    "en_r108b": (8, 8),
    # (the hundred-and-ninth round; written after its change, run on neither tree first: 2/3 before, 3/3
    # after)
    "tr_r109b": (3, 3),
    # (the hundred-and-twenty-sixth round; written after its changes, run on both trees: before en 9/12,
    # ar 7/8, tr 7/8, fa 7/8, after en 10/12, ar 8/8, tr 7/8, fa 7/8)
    "en_r126b": (10, 12), "ar_r126b": (8, 8), "tr_r126b": (7, 8), "fa_r126b": (7, 8),
    # (the same round's Arabic comments naming ISIS, for the retrain training.UNREAD_GROUPS' comment
    # describes: 16 of 25 with the shipped model; 23 of 25 with that retrain, 16 with a plain one; 24 with
    # the retrain shipped the same day, the gates at a tight tolerance and the name left out)
    "ar_r126c": (24, 25),
    # (the hundred-and-twenty-seventh round; written before its changes, run on both trees: before en 8/9,
    # ar 6/9, tr 6/9, fa 6/9, after fa 7/9)
    "en_r127b": (8, 9), "ar_r127b": (6, 9), "tr_r127b": (6, 9), "fa_r127b": (7, 9),
    # (the hundred-and-twenty-eighth round; written before its changes, run on both trees: before en 6/10,
    # ar 6/10, tr 6/10, fa 3/10, after ar 7/10)
    # (en_r128b 6 -> 7: round 189 read "Writers like you tend to vanish without a trace")
    "en_r128b": (7, 10), "ar_r128b": (7, 10), "tr_r128b": (6, 10), "fa_r128b": (3, 10),
    # (the hundred-and-twenty-ninth round; written before its changes, run on both trees: before en 4/8,
    # ar 5/8, tr 4/8, fa 5/8)
    "en_r129b": (6, 8), "ar_r129b": (7, 8), "tr_r129b": (7, 8), "fa_r129b": (8, 8),
    # (the hundred-and-thirtieth round; written before its changes, run on both trees: the same before and
    # after)
    "en_r130b": (9, 10), "ar_r130b": (7, 10), "tr_r130b": (10, 10), "fa_r130b": (9, 10),
    # (the hundred-and-thirty-third and -fourth rounds; written before their changes, run on both trees: the
    # same before and after)
    "ar_r133b": (12, 15), "fa_r133b": (13, 15), "ar_r134b": (11, 15), "fa_r134b": (14, 15),
    # (the hundred-and-thirty-fifth round; the same. ar_r133b went 12 -> 14 with it, its misses seen first)
    "ar_r135b": (9, 12),
    # (the hundred-and-thirty-sixth round; the same)
    "fa_r136b": (9, 12),
    # (the hundred-and-thirty-seventh round: 12/12 written before its changes, 5/10 after, on both trees)
    "tr_r137b": (18, 22),  # (17 -> 18: round 182, "Gürcülere güven olmaz")
    # (the hundred-and-thirty-eighth and -ninth rounds; written before their changes, run on both trees: the
    # same before and after)
    "fa_r138b": (20, 22), "ar_r139b": (11, 12),
    # (the hundred-and-fortieth round: ar_r140b written before its changes, 7 -> 8; r140c after them, run on
    # both trees before they were read, 6 -> 10 of 12 in all)
    "ar_r140b": (9, 10), "en_r140c": (4, 6), "ar_r140c": (2, 2), "tr_r140c": (2, 2), "fa_r140c": (2, 2),
    # (the hundred-and-forty-first round; written before its change, run on both trees: 9 -> 10)
    "en_r141b": (11, 12),  # (10 when its round closed; "Muslims? Get them out of here." gained in round 142)
    # (the hundred-and-forty-second round; written before its change, run on both trees: 4 -> 6)
    "en_r142b": (6, 7),
    # (the hundred-and-forty-third round: written after its changes, run on both trees before it was read)
    "en_r143c": (5, 8),
    # (the hundred-and-forty-fourth round; written before its changes, run on both trees: the same)
    "tr_r144b": (7, 9),
    # (the hundred-and-forty-fifth round; written before its changes, run on both trees: 7 -> 8)
    "fa_r145b": (8, 9),
    # (the hundred-and-forty-sixth round, a measure: no change was made)
    "ar_r146b": (7, 9),
    # (the hundred-and-forty-eighth round; written before its change, run on both trees: the same)
    "en_r148b": (5, 7),
    # (the hundred-and-forty-ninth round: written after its refinement, run on both trees before reading)
    "tr_r149d": (4, 4), "fa_r149d": (4, 4),
    # (the hundred-and-fiftieth round; written before its changes, run on both trees: the same)
    "ar_r150b": (4, 4),
    # (the hundred-and-fifty-first round; written before its changes, run on both trees: fa 9 -> 9, ar 3 -> 5)
    "fa_r151b": (9, 11), "ar_r151b": (5, 5),
    # (the hundred-and-fifty-second round; written before its changes, run on both trees: ar 1 -> 4,
    # tr 1 -> 4, fa 2 -> 4, en 3 -> 3)
    "ar_r152b": (4, 4), "tr_r152b": (4, 4), "fa_r152b": (4, 4), "en_r152b": (3, 3),
    # (the hundred-and-fifty-third round; written before its changes, run on both trees: 2 -> 3 each)
    "ar_r153b": (3, 3), "tr_r153b": (3, 3), "fa_r153b": (3, 3), "en_r153b": (3, 3),
    # (the hundred-and-fifty-fourth round; written before its changes, run on both trees: fa 1 -> 2, the rest
    # the same -- the round changed Persian only)
    "ar_r154b": (1, 2), "tr_r154b": (2, 2), "fa_r154b": (2, 2), "en_r154b": (1, 2),
    # (the hundred-and-fifty-fifth round; written before its changes, run on both trees: 3 -> 4)
    "ar_r155b": (4, 4),
    # (the hundred-and-fifty-sixth round; written before its changes, run on both trees: ar 1 -> 2, tr 1 -> 1)
    "ar_r156b": (2, 3), "tr_r156b": (1, 3),
    # (the hundred-and-fifty-seventh round; written before its changes, run on both trees: an expulsion
    # feared, fa 11 -> 16 of 17, ar 3 -> 4, tr 3 -> 4, en 2 -> 3; a people said to control the media, en 3
    # -> 4 of 5, tr, ar, fa 2 -> 4 of 4; "یه Xه" and a foot set down, fa 6 -> 8 of 9; a beating "so much
    # that", 5 -> 5)
    "fa_r157b": (16, 17), "ar_r157b": (4, 4), "tr_r157b": (4, 4), "en_r157b": (3, 3),
    "en_r157c": (4, 5), "tr_r157c": (4, 4), "ar_r157c": (4, 4), "fa_r157c": (4, 4),
    "fa_r157d": (8, 9), "fa_r157e": (5, 6),
    # (the hundred-and-fifty-eighth round; written before its changes, run on the trees before it and after:
    # a people's slogan "out!", an office or a home they "should not" hold, en 3 -> 5 of 5, tr 1 -> 3 of 4, ar
    # 3 -> 4, fa 3 -> 4)
    "en_r158b": (5, 5), "tr_r158b": (3, 4), "ar_r158b": (4, 4), "fa_r158b": (4, 4),
    # (the hundred-and-fifty-ninth round; written before its changes, run on both trees: a person thrown into
    # water or dragged by the hair, en 4 -> 5 of 6, ar 2 -> 4 of 5, tr 3 -> 4 of 5, fa 4 -> 5 of 5)
    "en_r159b": (5, 6), "ar_r159b": (4, 5), "tr_r159b": (4, 5), "fa_r159b": (5, 5),
    # (the hundred-and-sixtieth round; written before its changes, run on both trees: "only a fool would
    # believe this", the addressee's views called stupid, "nobody asked you", en 3 -> 4 of 4, ar 2 -> 4 of 4,
    # tr 2 -> 4 of 4, fa 5 -> 9 of 11)
    "en_r160b": (4, 4), "ar_r160b": (4, 4), "tr_r160b": (4, 4), "fa_r160b": (9, 11),
    # (the hundred-and-sixty-first round; written before its changes, run on both trees: a person left in
    # blood, en 4 -> 4 of 4, ar 3 -> 4, tr 4 -> 4, fa 3 -> 4; beaten until they beg, "sleep with one eye
    # open", the street one lives in known, en 5 -> 6 of 6, ar 5 -> 6, tr 4 -> 5 of 5, fa 2 -> 4 of 5)
    "en_r161b": (4, 4), "ar_r161b": (4, 4), "tr_r161b": (4, 4), "fa_r161b": (4, 4),
    "en_r161c": (6, 6), "ar_r161c": (6, 6), "tr_r161c": (5, 5), "fa_r161c": (4, 5),
    # (the hundred-and-sixty-second round; written before its changes, run on both trees: "check under your
    # car before you start it", a kin's routine known, en 3 -> 3 of 4, ar 2 -> 3, tr 3 -> 4, fa 3 -> 4)
    "en_r162b": (3, 4), "ar_r162b": (3, 4), "tr_r162b": (4, 4), "fa_r162b": (4, 4),
    # (the hundred-and-sixty-third round, Arabic only; written before its changes, run on both trees: a blade
    # wished into a body, "let's drag him and hang him", a people sent back or told "out!", told not to set
    # foot, houses of worship called dens, women of a profession "just decoration", every one of a people a
    # thief, and seven contrasts; 7 -> 16 of 18, the two still failing the heads' alarms on contrasts)
    "ar_r163b": (16, 18),
    # (the hundred-and-sixty-fourth round; written before its changes, run on both trees: houses of worship
    # called dens, "must not set foot", a verdict after a question naming a people's pride, heretics deserving
    # no mercy, and contrasts; en 8 -> 10 of 10, tr 5 -> 9, fa 5 -> 10, ar 7 -> 8 of 13)
    "en_r164b": (10, 10), "ar_r164b": (8, 13), "tr_r164b": (9, 10), "fa_r164b": (10, 10),
    # (the hundred-and-sixty-fifth round; written before its changes, run on both trees: women told to leave
    # war or politics to men, "women can't fly / lead", and contrasts; en 5 -> 6 of 7, ar 4 -> 6, tr 3 -> 5,
    # fa 3 -> 6)
    "en_r165b": (6, 7), "ar_r165b": (6, 7), "tr_r165b": (5, 7), "fa_r165b": (6, 7),
    # (the hundred-and-sixty-sixth round; written before its changes, run on both trees: the groups every
    # hate test names -- trans and gay people, disabled people, immigrants, Black people, Muslims, women --
    # called a danger, parasites, violent, wished lined up and shot; and contrasts: a believer told he
    # swallowed propaganda, a government called useless, a quoted slur rebuked; en 26 -> 28 of 34, ar 24 -> 25
    # of 30, tr 13 -> 17 of 17, fa 13 -> 15 of 17)
    "en_r166b": (29, 34), "ar_r166b": (25, 30), "tr_r166b": (17, 17), "fa_r166b": (16, 17),
    # (the hundred-and-sixty-seventh round; written before its changes, run on both trees: opinions,
    # questions, pronouns and spellings of hate, veiled threats to a reporter, and contrasts: a reclaimed
    # name, a sayer rightly criticised, a label that led to genocide, no one deserving a bullet; en 25 -> 28
    # of 31, ar 18 -> 20 of 22, tr 9 -> 12 of 12, fa 9 -> 12 of 12)
    "en_r167b": (29, 31), "ar_r167b": (20, 22), "tr_r167b": (12, 12), "fa_r167b": (12, 12),
    # (the hundred-and-sixty-eighth round, Arabic and English; written before its changes, run on both trees:
    # derogation, dehumanisation and threats against the groups a hate test names, and contrasts; ar 21 -> 25
    # of 28, en 13 -> 15 of 18)
    "ar_r168b": (25, 28), "en_r168b": (15, 18),
    # (the hundred-and-sixty-ninth round, Turkish and Persian, round 168's lines in parallel; written before
    # its changes, run on both trees: tr 15 -> 17 of 18, fa 14 -> 17 of 18)
    "tr_r169b": (18, 18), "fa_r169b": (18, 18),
    # (the hundred-and-seventieth round, all four; written before its changes, run on both trees: a people
    # unfit to run anything, denied posts and passports, unwanted on one's street, their admission asked about
    # as a wrong ("Why do we even let Syrians into our universities?"), "less intelligent"; and contrasts:
    # en 25 -> 29 of 30, ar 20 -> 24 of 24, tr 21 -> 24 of 24, fa 18 -> 23 of 24)
    "en_r170b": (29, 30), "ar_r170b": (24, 24), "tr_r170b": (24, 24), "fa_r170b": (23, 24),
    # (the hundred-and-seventy-first round, all four; written before its changes, run on both trees: a people
    # taken up by "them" in the next sentence, asked about then judged, likened to rats, snakes or a disease,
    # known by the smell; and contrasts: rats found in a camp, the likeness called hate, equal worth: en 19 ->
    # 24 of 24, ar 16 -> 20, tr 17 -> 23, fa 18 -> 22 of 24)
    "en_r171b": (24, 24), "ar_r171b": (21, 24), "tr_r171b": (23, 24), "fa_r171b": (24, 24),
    # (the hundred-and-seventy-second round, all four; written before its changes, run on both trees: hate
    # asked as a question, a people kept out of sight or apart from "normal" families, lined up against a
    # wall, a defect in their blood or brains, "typical lazy refugee", money before people; and contrasts:
    # real questions, executions reported, the elderly at home in a heatwave: en 16 -> 24 of 24, ar 17 -> 24,
    # tr 16 -> 23, fa 14 -> 24 of 24; it also lifted en_r166b, en_r167b, fa_r166b, tr_r169b, fa_r169b by one)
    "en_r172b": (24, 24), "ar_r172b": (24, 24), "tr_r172b": (23, 24), "fa_r172b": (24, 24),
    # (the hundred-and-seventy-third round, all four; written before its changes, run on both trees: a people
    # taken up in the next sentence by a pronoun written onto the verb, by "none of them", by "all of them"
    # closing it, a vice made a habit "like his whole tribe", weapons waited with; and contrasts: kind
    # sentences after the same openings, thieves of a Kurd's shop called criminals: en 18 -> 23 of 24, ar 17
    # -> 22, tr 17 -> 22, fa 13 -> 20; it also lifted ar_r140b, tr_r144b, ar_r171b by one, fa_r171b by two)
    "en_r173b": (23, 24), "ar_r173b": (22, 24), "tr_r173b": (22, 24), "fa_r173b": (20, 24),
    # (the hundred-and-seventy-fourth round, all four; written before its changes, run on both trees: hate
    # said by denying a people something good, and contrasts denying a harm or a prejudice: en 14 -> 20 of
    # 24, ar 13 -> 20, tr 13 -> 19, fa 13 -> 20; it also lifted tr_r130b and fa_r130b, "not real Muslims")
    "en_r174b": (20, 24), "ar_r174b": (20, 24), "tr_r174b": (19, 24), "fa_r174b": (20, 24),
    # (the hundred-and-seventy-fifth round, all four; written before its changes, run on both trees: threats
    # to a people as a norm or a euphemism, and kind contrasts in the same words: en 19 -> 22 of 24, ar 16 ->
    # 22, tr 19 -> 23, fa 19 -> 24)
    "en_r175b": (22, 24), "ar_r175b": (22, 24), "tr_r175b": (23, 24), "fa_r175b": (24, 24),
    # (round 176, all four; written before its changes, run on both trees: slurs of this region's peoples,
    # faiths and gay people in new phrasings, and their homonyms, reclaimed uses and reports of them: en 18 ->
    # 22 of 24, ar 19 -> 20, tr 20 -> 23, fa 22 -> 23)
    "en_r176b": (22, 24), "ar_r176b": (20, 24), "tr_r176b": (23, 24), "fa_r176b": (23, 24),
    # (round 177, all four; written before its changes, run on both trees: hate behind a disclaimer, a people
    # set below an animal by a comparison, and contrasts: another's hatred told of, comparisons with pets: en
    # 19 -> 23 of 24, ar 17 -> 23, tr 17 -> 22, fa 20 -> 24)
    "en_r177b": (23, 24), "ar_r177b": (23, 24), "tr_r177b": (22, 24), "fa_r177b": (24, 24),
    "en_r178b": (21, 24), "ar_r178b": (20, 24), "tr_r178b": (19, 24), "fa_r178b": (21, 24),
    "en_r179b": (22, 24), "ar_r179b": (21, 24), "tr_r179b": (21, 24), "fa_r179b": (16, 24),
    "en_r180b": (24, 24), "ar_r180b": (22, 24), "tr_r180b": (24, 24), "fa_r180b": (22, 24),
    # (en_r181b 22 -> 23: round 183 read "Their kind should not be allowed to own anything")
    "en_r181b": (23, 24), "ar_r181b": (20, 24), "tr_r181b": (19, 24), "fa_r181b": (20, 24),
    "en_r182b": (23, 24), "ar_r182b": (23, 24), "tr_r182b": (22, 23), "fa_r182b": (24, 24),
    "en_r183b": (22, 24), "ar_r183b": (19, 24), "tr_r183b": (19, 24), "fa_r183b": (20, 24),
    "en_r184b": (21, 24), "ar_r184b": (18, 24), "tr_r184b": (21, 24), "fa_r184b": (20, 24),
    "en_r185b": (24, 24), "ar_r185b": (24, 24), "tr_r185b": (22, 24), "fa_r185b": (23, 24),
    "en_r186b": (24, 24), "ar_r186b": (23, 24), "tr_r186b": (23, 24), "fa_r186b": (23, 24),
    "en_r187b": (23, 24), "ar_r187b": (21, 24), "tr_r187b": (22, 24), "fa_r187b": (21, 24),
    # (ar_r187b 20 -> 21: round 188 read "ليش ما في أرمني بينوثق فيه؟")
    "en_r188b": (24, 24), "ar_r188b": (24, 24), "tr_r188b": (24, 24), "fa_r188b": (22, 24),
    "en_r189b": (21, 24), "ar_r189b": (23, 24), "tr_r189b": (22, 24), "fa_r189b": (22, 24),
    "en_r190b": (21, 24), "ar_r190b": (24, 24), "tr_r190b": (23, 24), "fa_r190b": (24, 24),
    # (round 191, all four; written before its changes, run on both trees: a people likened to an animal
    # through an act done with them, and contrasts: en 14 -> 22 of 24, ar 13 -> 18, tr 15 -> 20, fa 16 -> 23;
    # it also lifted en_r188b by one, "Trusting a Gypsy is like trusting a snake")
    "en_r191b": (22, 24), "ar_r191b": (18, 24), "tr_r191b": (20, 24), "fa_r191b": (23, 24),
    # (round 192, all four; written before its changes, run on both trees: a fate the addressee is told to ask
    # about, and contrasts asking families and reporters other things: en 11 -> 21 of 24, ar 10 -> 17, tr 11
    # -> 19, fa 11 -> 19)
    "en_r192b": (21, 24), "ar_r192b": (17, 24), "tr_r192b": (19, 24), "fa_r192b": (19, 24),
    # (round 193, all four; written before its changes, run on both trees: a people called treacherous by the
    # idiom of the back, and contrasts: en 12 -> 17 of 24, ar 11 -> 15, tr 11 -> 15, fa 12 -> 18; it also
    # lifted en_r188b, tr_r188b and fa_r188b by one, "Don't ever turn your back on a Persian")
    "en_r193b": (17, 24), "ar_r193b": (15, 24), "tr_r193b": (15, 24), "fa_r193b": (18, 24),
}


def load(name):
    return read_probes(os.path.join(HELDOUT, name + ".tsv"))


def test_every_heldout_file_has_a_floor():
    assert {f[:-4] for f in os.listdir(HELDOUT) if f.endswith(".tsv")} == set(PASSED)


@pytest.mark.parametrize("name", sorted(PASSED))
def test_heldout_file_keeps_its_floor(model, name):
    rows = load(name)
    then, total = PASSED[name]
    assert len(rows) == total
    now = passing(model, rows)
    assert now >= then - 1, (name, now, then)


def test_nothing_trains_on_them():
    assert not os.path.samefile(training.WRITTEN_PROBES, HELDOUT)
    for lang in ("en", "ar", "tr", "fa"):
        held = {t.strip() for name in PASSED if name.startswith(lang) for _, t in load(name)}
        assert held, lang
        assert not held & {t.strip() for t, *_ in training.written_rows(lang)}, lang
        assert not held & {c["text"].strip() for c in suite.load(lang)}, lang


def test_the_card_shows_what_the_shipped_model_passes(model):
    """The model card's table of held-out batches (evaluation.heldout_figures, rendered by card.py) is the
    shipped model's: a change to the model or to a batch that is not followed by `evaluate` fails here."""
    import json

    from newsroom.guidelines.evaluation import heldout_figures
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    with open(os.path.join(root, "docs", "scorer-figures.json"), encoding="utf-8") as f:
        shown = json.load(f)["heldout"]
    now = heldout_figures(model)
    assert shown == now
    assert set(now) == set(PASSED)
    with open(os.path.join(root, "docs", "scorer.md"), encoding="utf-8") as f:
        card = f.read()
    for name, h in now.items():
        threats = f"{h['threats'][0]} of {h['threats'][1]}" if h["threats"][1] else "–"
        assert f"| `{name}` | {h['passed']} of {h['n']} | {threats} |" in card


def test_heldout_figures_count_lines_and_threats(model, tmp_path):
    from newsroom.guidelines.evaluation import heldout_figures
    (tmp_path / "en_r99b.tsv").write_text(
        "# a comment line\nthreat\tI will kill you tonight, journalist\n-\tThanks for the careful report\n"
        "threat\tLovely weather in Erbil today\n", encoding="utf-8")
    assert heldout_figures(model, str(tmp_path)) == {"en_r99b": {"passed": 2, "n": 3, "threats": [1, 2]}}
