"""Word lists for the severe-harm detectors (harm.py), per scored language.

Written for this project from the outlet's guidelines (threats, personal attacks, abuse of identity
groups, profanity, vulgarity); no published lexicon or test suite was copied. Entries are matched on
*normalised* tokens (normalise.py: lower case, leetspeak and look-alikes folded, Arabic-script letter
variants folded), and every entry is normalised the same way when the detectors load, so an entry may
be written in its ordinary spelling.

Entry syntax (one token each; a phrase is a tuple of tokens):
    "word"    the token itself
    "stem*"   any token starting with the stem
    "~stem"   any token containing the stem (Arabic and Persian verbs carry prefixes and object
              pronouns: "sa-naqtulu-ka", "mi-kosh-am-et"); used only for stems of three letters or more
              that are rare inside other words

Tags (what a token can be):
    VIOLENT   a violent act done to a person (kill, shoot, behead, burn, rape, bomb...)
    DIE       dying, death (a death wish: "you should die")
    MOOD      intent, wish, call or prediction (will, should, deserve, let's, hope...)
    NEG       negation ("no one should", "never", "won't")
    YOU       the addressee (you, your); also a target
    PERSON    a person as a target (him, them, the spokesman, the minister...)
    SUBJECT   a news actor as a grammatical subject (ISIS, the coalition, the army): their actions
              reported or predicted are news, not the commenter's threat
    GROUP:k   an identity group of kind k (racism, xenophobia, religious_hatred, sexism, homophobia,
              other)
    DEHUMAN   dehumanising terms (vermin, parasites, disease)
    NEGPRED   sweeping negative predicates (liars, thieves, inferior, disgusting)
    HATE      "I hate", "can't stand"
    EXCLUDE   expulsion and exclusion (deport, throw out, send back, don't belong)
    INSULT    insults for a person (idiot, clown, liar)
    PROF      profanity
    VULG      sexual or crude vulgarity (also profanity)
    SLUR:k    a slur for an identity group of kind k (always abuse)
    REJECT    words that reject hate (racist, bigotry, disgusting to say...), for counter-speech
    SAY       verbs of saying and calling, for counter-speech ("calling them vermin is racist")
    COPULA    is/are/was, used by the insult rule ("the writer is a clown")
"""

# Kinds of identity: these map onto the abuse kinds of clauses.py ("other" = abuse with no finer kind)
RACISM, XENOPHOBIA, RELIGION, SEXISM, HOMOPHOBIA, OTHER = (
    "racism", "xenophobia", "religious_hatred", "sexism", "homophobia", "other")


def _tr_forms(*stems, voice=False):
    """A Turkish noun's common inflections, as people write them with or without the apostrophe of a
    proper noun (Kürt'ler, Kürtler): plural, the cases, the possessive and the copula, with vowel
    harmony (and, with ``voice``, the softening of a final t/k/p/ç before a vowel: Kürdü, Kürde). For
    short identity words that cannot be prefix entries ("kürt*" would match kürtaj, "laz*" lazım)."""
    out = set()
    for stem in stems:
        v = [c for c in stem if c in "aeıioöuü"][-1]
        back, rnd = v in "aıou", v in "oöuü"
        a, pi = ("a", "ı") if back else ("e", "i")
        i = ("u" if back else "ü") if rnd else pi
        vow = stem[-1] in "aeıioöuü"
        d = "t" if stem[-1] in "fsthçkşp" else "d"
        soft = {"t": "d", "k": "ğ", "p": "b", "ç": "c"}.get(stem[-1]) if voice else None
        for base in {stem} | ({stem[:-1] + soft} if soft else set()):
            y = "y" if vow else ""
            out |= {base + y + i, base + y + a, base + ("n" if vow else "") + i + "n"}
        out |= {stem, stem + d + a, stem + d + a + "n", stem + ("y" if vow else "") + "l" + a,
                stem + d + i + "r", stem + ("s" if vow else "") + i + "n" + i}
        pl = stem + "l" + ("ar" if back else "er")
        out |= {pl, pl + pi, pl + a, pl + pi + "n", pl + "d" + a, pl + "d" + a + "n", pl + "l" + a,
                pl + "d" + pi + "r", pl + pi + "n" + pi, pl + pi + "m" + pi + "z"}
    return sorted(out)


def _tr_verb_forms(*stems):
    """The moods of a short Turkish verb that cannot be a prefix entry ("vur*" would match vurgu, "yak*"
    yakın, "as*" asker): future (vuracağım, vurcam), first-person aorist (vururum, keseriz), imperative
    and optative (vurun, vuralım), jussive (vursun), necessity (vurmalı), the infinitive and verbal noun
    a mood word follows (vurmak lazım, vurmayı hak ediyor). Each stem is "stem:aorist vowel" (vur:u,
    kes:e)."""
    out = set()
    for item in stems:
        stem, aor = item.split(":")
        v = [c for c in stem if c in "aeıioöuü"][-1]
        back, rnd = v in "aıou", v in "oöuü"
        a, pi = ("a", "ı") if back else ("e", "i")
        i = ("u" if back else "ü") if rnd else pi
        vow = stem[-1] in "aeıioöuü"
        y = "y" if vow else ""
        c = "c" + a
        soft = "ğ" if True else ""
        fut = stem + y + a + c
        out |= {fut + "k", fut + "ksın" if back else fut + "ksin", fut + "klar" if back else fut + "kler",
                fut + soft + pi + "m", fut + soft + pi + "z", fut + "g" + pi + "m", fut + "g" + pi + "z",
                fut + "ks" + pi + "n" + pi + "z",
                stem + y + pi + c + "m" if not vow else stem + c + "m", stem + c + "m", stem + c + "z",
                stem + y + i + c + "m" if not vow else stem + c + "m", stem + y + i + c + "z"}
        r = stem + ("r" if vow else aor + "r")
        out |= {r + i + "m", r + i + "z"}
        out |= {stem + y + i + "n", stem + y + i + "n" + i + "z", stem + y + a + "l" + pi + "m",
                stem + "s" + i + "n", stem + "s" + i + "nl" + ("ar" if back else "er"),
                stem + "m" + a + "l" + pi, stem + "m" + a + "l" + pi + "y" + pi + "z",
                stem + "m" + a + "l" + pi + "s" + pi + "n",
                stem + "m" + a + "k", stem + "m" + a + "y" + pi, stem + "m" + a + "s" + pi,
                stem + "m" + a + "l" + pi + "l" + ("ar" if back else "er")}
    return sorted(out)

LEXICON = {
    "en": {
        "VIOLENT": ["rope", "h4ng", "hanging", "shank*", "curb_stomp*", "gun_down", "mow_down", "run_over", "set_fire", "set_on_fire", "skin_alive", "burn_alive", "burned_alive", "beat_up", "beat_to_death", "stab_to_death", "smash_their", "break_their", "wipe_out", "bullet*", "knife", "kn1fe", "throat*", "acid", "bleed*", "unalive*", "lined", "blow_up", "blows_up", "blew_up", "stabbed", "shot_dead", "skull", "stab", "stabs", "stabbing", "kill", "kills", "killed", "killing", "murder*", "shoot", "shoots", "shooting", "shot", "behead*",
                    "hanged", "hung", "hanging", "lynch*", "burn", "burned", "burnt", "burning", "torch*",
                    "rape*", "raping", "bomb", "bomb", "bombed", "bombing", "slaughter*", "butcher*", "execute*",
                    "executing", "execution", "massacre*", "exterminate*", "extermination", "annihilate*", "gassed", "strangle*", "choke", "choked",
                    "slit", "hunt", "torture*", "drown*", "stoned", "castrate*", "assassinate*", "punch", "hurt", "whip", "flog*", "crucify", "crucified",
                    "decapitate*", "assault"],
        "DIE": ["die", "dies", "death", "rot"],
        # places where people are: a violent act on one is aimed at them ("bomb parliament")
        "PLACE": ["parliament", "parliaments", "embassy", "embassies", "consulate", "mosque", "mosques", "church",
                  "churches", "synagogue", "synagogues", "temple", "temples", "newsroom", "newsrooms",
                  "headquarters", "hq", "school", "schools", "office", "offices", "village", "villages",
                  "camp", "camps", "building", "buildings", "house", "houses", "home", "homes", "studio",
                  "studios", "station", "stations", "rally", "rallies", "march", "parade", "concert"],
        "MOOD": ["will", "ll", "gonna", "going", "should", "shall", "must", "need", "needs", "deserve",
                 "deserves", "ought", "let", "lets", "hope", "hoping", "wish", "want", "wanna", "would", "d", "its_time_to", "time_to", "cant_wait", "coming", "better", "im", "imma", "ima", "gotta", "id", "youll", "theyll", "ill", "well", "hes", "shes"],
        "NEG": ["no", "not", "never", "nobody", "noone", "none", "dont", "don", "doesnt", "shouldnt",
                "wouldnt", "wont", "won", "cannot", "nt", "isnt", "arent", "neither", "nor", "without",
                "stop", "against", "condemn", "condemns", "oppose"],
        "YOU": ["you", "u", "ya", "your", "ur", "yours", "yourself", "yourselves", "youre", "thee"],
        "PERSON": ["governor*", "mayor*", "presenter*", "anchor*", "judge*", "mps", "mp", "journalist", "editor",
                   "minister", "leader", "politician*", "president", "senator*", "premier", "councillor*", "deputy", "lawmaker*", "commentator*", "columnist*", "activist*", "spokes*", "leaders", "ministers", "journalists", "reporters", "editors", "whoever", "anyone", "someone_who", "him", "her", "them", "he", "she", "they", "his", "their", "everyone",
                   "whoever", "spokesman", "spokesperson", "spokeswoman", "journalist*", "reporter*",
                   "writer*", "author*", "editor*", "minister*", "president*", "politician*", "mayor",
                   "governor", "leader*", "official*", "guys", "woman", "people",
                   "family", "kids", "children", "bastard*",
                   "traitor*", "judge", "mp", "senator", "commenter*", "poster", "moderator*",
                   "anyone", "everybody", "mullah*", "imam*", "priest*", "pastor", "rabbi*",
                   "officer*", "soldier*", "police", "cops", "general", "erdogan", "barzani", "talabani",
                   "khamenei", "assad", "sadr", "sudani", "maliki", "ocalan", "putin", "trump", "biden"],
        "SUBJECT": ["isis", "daesh", "isil", "coalition", "army", "military", "troops", "forces",
                    "militants", "militia*", "gunmen", "jihadists", "terrorists", "rebels", "regime",
                    "government", "pkk", "ypg", "sdf", "peshmerga", "airstrike*", "strikes", "strike",
                    "jets", "drone*", "police", "attackers", "insurgents", "fighters", "bomber*", "hamas",
                    "hezbollah", "taliban", "iran", "turkey", "iraq", "russia", "israel", "us", "usa",
                    "authorities", "court", "officials", "report", "reports", "reportedly", "witnesses"],
        f"GROUP:{RACISM}": ["black_people", "black_men", "black_women", "brown_people", "people_of_colour", "people_of_color", "africans", "arabs", "asians", "chinese", "afghan", "pakistani", "syrian", "iraqi", "iranian", "turkmen", "arabians", "baluch", "lurs", "kurd", "jew", "kurds", "kurdish", "kurd", "arabs", "arab", "turks", "turk", "persians",
                            "persian", "iranians", "blacks", "whites", "asians", "africans", "mexicans",
                            "chinese", "indians", "pakistanis", "assyrians", "armenians", "yazidis",
                            "yezidis", "yazidi", "gypsies", "roma", "jews", "jewish", "arabians", "hispanics",
                            "latinos"],
        f"GROUP:{XENOPHOBIA}": ["refugee_kids", "pakistanis", "refugees", "refugee", "immigrants", "immigrant", "migrants", "migrant",
                                "foreigners", "foreigner", "syrians", "afghans", "afghanis",
                                "aliens", "expats", "iraqis", "iranis", "outsiders"],
        f"GROUP:{RELIGION}": ["jews", "muslims", "christians", "bahai", "bahais", "jews", "yazidi", "christianity", "judaism", "quran", "muslims", "muslim", "islam", "christians", "christian",
                              "shia", "shias", "shiites", "shiite", "sunni", "sunnis", "hindus", "hindu",
                              "atheists", "atheist", "alevis", "alevi", "druze", "catholics", "bahais",
                              "zoroastrians", "yazidism"],
        f"GROUP:{SEXISM}": ["women", "woman", "girls", "females", "female", "wives", "ladies", "feminists",
                            "mothers"],
        f"GROUP:{HOMOPHOBIA}": ["trans_people", "transgender_people", "gay_men", "gay_women", "bi_people", "queer_people", "trans_women", "trans_men", "non_binary", "homosexuality", "gayness", "lgbtq+", "same_sex", "men_who_like_men", "man_who_likes_men", "gays", "gay", "lesbians", "lesbian", "homosexuals", "homosexual", "trans",
                                "transgender", "lgbt", "lgbtq", "queers", "bisexuals"],
        f"GROUP:{OTHER}": ["disabled_people", "people_with_disabilities", "the_disabled", "mentally_disabled", "disabled", "handicapped", "autistic", "deaf", "blind", "elderly"],
        "DEHUMAN": ["vermin", "rat", "rats", "cockroach*", "roaches", "parasite*", "animal", "animals",
                    "savage", "savages", "subhuman*", "beasts", "apes", "ape", "monkey*", "pig", "pigs",
                    "swine", "dogs", "disease", "diseased", "cancer", "plague", "virus", "filth", "filthy",
                    "scum", "trash", "garbage", "infestation", "infest*", "invaders", "invasion",
                    "barbarians", "barbaric", "insects", "maggots", "leech*", "lice", "germs", "sewage",
                    "primates", "creatures", "breeding", "breed", "mongrels", "waste", "worms", "snakes",
                    "hyenas"],
        "NEGPRED": ["repulsive", "revolting", "gross", "nothing_but", "shouldnt_exist", "should_not_exist", "dont_deserve", "do_not_deserve", "dont_deserve_to_live", "ruin", "ruined", "ruining", "mentally_ill", "sick_in_the_head", "freaks", "subhumans", "lesser", "dirtier", "stupider", "lower", "nasty", "horrible", "despicable", "worthless", "useless", "disgrace", "disgraces", "plague", "pests", "pest", "vermin", "scum", "trash", "filth", "cancer", "disease", "infestation", "abominations", "degenerates", "perverts", "rapists", "terrorists", "animals", "savages", "barbarians", "beasts", "monsters", "evil", "hateful", "inferior", "backward", "primitive", "dirty", "smelly", "stupid", "dumb", "lazy", "thieves", "criminals", "liars", "parasites", "leeches", "crime", "crimes", "cursed", "spies", "spy", "sect", "cult", "sin", "sinful", "disgrace", "dumber", "weaker", "sympathis*", "sympathiz*", "parasitic", "freeloaders", "invading", "outbreed*", "breeding", "only_understand", "seen_and_not_heard", "ashamed", "rapey", "animals", "savages", "liars", "thieves", "criminals", "terrorists", "rapists", "murderers", "stupid", "dumb",
                    "dirty", "disgusting", "evil", "inferior", "worthless", "lazy", "traitors", "backward",
                    "primitive", "violent", "useless", "ugly", "smelly", "dangerous", "sick", "perverts",
                    "pedophiles", "paedophiles", "idiots", "morons", "retarded", "retards", "cowards",
                    "thugs", "freaks", "abominations", "abomination", "degenerates", "degenerate",
                    "perverted", "unnatural", "worst", "crooks", "bloodthirsty", "uncivilized",
                    "uncivilised", "ignorant", "scammers", "beggars", "leeches", "burden", "problem",
                    "threat", "menace", "stink", "stinks", "smell", "hate", "pathetic", "vile", "nasty",
                    "brainless", "incapable", "weak", "untrustworthy", "liar", "thief", "criminal", "rapist",
                    "terrorist", "traitor", "fanatics", "extremists", "sluts", "whores", "emotional",
                    "irrational", "kitchen"],
        "HATE": ["cant_stand", "cannot_stand", "sick_of", "fed_up_with", "disgusted_by", "disgusted_with", "want_nothing_to_do_with", "never_trust", "cant_be_trusted", "cannot_be_trusted", "cant_trust", "hate", "hates", "hated", "despise", "loathe", "detest", "cant_stand", "sick_of",
                 "tired_of", "disgust*"],
        "EXCLUDE": ["have_no_place", "pack_up", "round_up", "ship_them", "deport", "go_home", "send_them_home", "kick_out", "not_welcome_here", "deport*", "expel*", "kick", "kicked", "throw", "thrown", "threw", "send", "sent",
                    "ban", "banned", "banning", "rid",
                    "cleanse*", "purge*",
                    "segregate*", "camps", "go_back", "send_them_back", "get_out", "dont_belong", "not_welcome", "no_place", "not_be_allowed", "shouldnt_be_allowed", "out_of_our_country", "leave_our_country", "kick_them_out", "throw_them_out", "lock_them_up", "get_rid"],
        "INSULT": ["braindead", "brain_dead", "halfwit", "nincompoop", "moronic", "cowardly", "dumbest", "stupidest", "imbeciles", "degenerate", "lowlife", "scumbags", "bootlicker*", "sellouts", "hacks", "clowns", "idiot", "idiots", "moron", "morons", "stupid", "dumb", "dumbass", "fool", "fools",
                   "clown", "clowns", "imbecile*", "retard", "retarded", "loser", "losers", "scumbag*",
                   "scum", "pig", "liar", "liars", "coward", "cowards", "brainless", "ignorant", "pathetic",
                   "jerk", "asshole*", "arsehole*", "dickhead*", "prick", "bastard", "bitch", "dimwit*",
                   "halfwit*", "nitwit*", "cretin*", "buffoon*", "troll", "hack", "shill", "traitor", "twat",
                   "donkey", "dog", "snake", "rat", "hypocrite", "idiotic", "incompetent", "clueless",
                   "worthless", "useless", "disgrace", "joke", "pos", "dumbo", "numpty", "tosser", "wanker",
                   "muppet", "ignoramus", "lunatic", "psycho", "parasite", "crook", "thug", "puppet",
                   "stooge", "lackey", "mouthpiece", "propagandist", "sellout", "mercenary", "spineless",
                   "shameless", "garbage", "trash", "filth", "vermin"],
        "PROF": ["fuck*", "fck*", "fuk*", "fcuk*", "fukk*", "motherfuck*", "shit*", "bullshit", "bs",
                 "crap*", "damn*", "goddamn*", "ass", "asses", "asshole*", "arse", "arsehole*", "bitch*",
                 "bastard*", "dick", "dicks", "dickhead*", "cunt*", "piss*", "wtf", "stfu", "gtfo", "bollocks",
                 "bloody", "twat*", "wank*", "prick*", "shithole*", "screw", "sucks", "douche*",
                 "effing", "frigging", "friggin", "jackass", "dumbass", "crappy", "pissed", "fml", "omfg",
                 "lmfao", "motherf*", "mf", "mofo", "sob"],
        "VULG": ["fuck*", "fck*", "fuk*", "motherfuck*", "cunt*", "dick", "dicks", "cock*", "pussy*",
                 "tits", "titties", "boobs", "blowjob*", "cum", "cumming", "wank*", "jerkoff", "porn*",
                 "slut*", "whore*", "horny", "dildo*", "anal", "penis", "vagina", "balls", "bitch*",
                 "hooker*", "sexy", "suck", "screw", "nude*", "naked", "orgasm*", "boner", "erection"],
        f"SLUR:{RACISM}": ["camel_jockeys", "turkroach*", "sand_nigger*", "mudslime*", "nigger*", "nigga*", "negro", "negroes", "coon", "coons", "chink*", "gook*",
                           "spic", "spics", "wetback*", "kike*", "raghead*", "towelhead*", "sandnigger*",
                           "camel_jockey", "paki", "pakis", "wog", "wogs", "gyppo*", "zipperhead*", "jap",
                           "japs", "porch_monkey", "jungle_bunny", "darkie*", "beaner*", "halfbreed"],
        f"SLUR:{HOMOPHOBIA}": ["fag", "fags", "faggot*", "fagot*", "dyke", "dykes", "tranny", "trannies",
                               "shemale*", "poof", "poofter*", "homo", "homos", "queer", "sodomite*",
                               "lesbo*", "batty_boy", "batty_boys", "battyman", "batty_man"],  # "batty": crazy
        f"SLUR:{SEXISM}": ["slut", "sluts", "whore", "whores", "skank*", "hoe", "hoes", "thot", "feminazi*",
                           "cunt", "cunts", "bimbo*"],
        f"SLUR:{RELIGION}": ["kafir", "kuffar", "kafirs", "infidels", "infidel", "muzzie*", "mozzie*",
                             "christcuck*", "rafidi", "rafida", "rafidah", "nawasib", "majoos",
                             "goatfucker*", "jihadi_scum"],
        f"SLUR:{OTHER}": ["retard", "retards", "retarded", "spastic", "spaz", "cripple*", "mong", "mongoloid"],
        "REJECT": ["racist", "racism", "bigot", "bigots", "bigotry", "bigoted", "hateful", "hate_speech",
                   "xenophobic", "xenophobia", "sexist", "sexism", "homophobic", "homophobia", "disgusting",
                   "unacceptable", "wrong", "shameful", "shame", "appalling", "vile", "offensive",
                   "condemn*", "reject*", "dehumanis*", "dehumaniz*", "ashamed", "nonsense", "ignorant",
                   "awful", "horrible", "inexcusable", "stop", "outrageous", "deplorable", "sickening"],
        "SAY": ["say", "says", "said", "saying", "call", "calls", "called", "calling", "claim*", "write",
                "wrote", "writes", "written", "tweet*", "post", "posted", "words", "word", "shout*",
                "chant*", "label*", "slogan*", "comment", "comments", "quote*", "insist*", "believe",
                "think", "thinks", "suggest*", "statement"],
        "COPULA": ["is", "are", "was", "were", "s", "re", "be", "been", "being", "am", "m", "such", "what",
                   "real", "complete", "total", "absolute", "utter", "an", "a", "bunch", "pack", "nothing",
                   "but", "just", "like", "more", "than", "of", "the", "fucking", "bloody", "damn", "stupid",
                   "little", "big", "old", "dirty", "lying", "pathetic", "sorry", "ignorant"],
    },
    "ar": {
        "VIOLENT": ["~اطعن", "~نطعن", "~يطعن", "~طعن", "~نصطاد", "~اصطاد", "~ينحرق", "~ينسمم", "~ينزف", "~سينزف", "~اسيد", "~يصف_علی_الحايط", "~رميا", "~يخلص_عليها", "~يخلص_عليه", "نکمل_عليهم", "نکمل_عليه", "نکمل_عليک", "~قتل", "~اقتل", "~نقتل", "~يقتل", "~ذبح", "~اذبح", "نحر", "~ننحر", "~انحر", "~نحرو", "~نحره", "~نحرهم", "~حرق", "~احرق", "~نحرق",
                    "~يفجر", "~فجرو", "~فجرهم", "~سنفجر", "~افجر", "~تفجير", "~اعدم", "~اعدام", "~شنق", "~اشنق", "~سحل", "~اغتصب", "~اضرب",
                    "~نضرب", "~يکسر", "~کسرو", "~اکسر", "~نکسر", "~اقطع", "~نقطع", "~سلخ", "~دفن", "~ادفن",
                    "~نصفيهم", "~نصفيه", "~نصفيکم", "~يصفيهم", "~يصفيه", "~صفوهم", "~تصفيه", "~ابيد", "~اباده", "~نبيد", "~ابادة", "~نمحو", "~يمحو", "امحو*", "وامحو*", "فامحو*", "~محوهم", "~محوه", "~امسحوهم", "~نمسحهم", "~يمسحهم", "~رصاص",
                    "~طلقه", "~طخ", "~اطخ", "~دعس", "~ادعس", "~خنق", "~اخنق", "~ارجم", "~نعدم",
                    "~ساطور", "~يموت", "~تموت", "~موت", "~يموتون",
                    "~نسحق", "~اسحق", "~سحق", "~تذبح", "~يذبح", "~نذبح", "~تحرق", "~يحرق", "~ينحر",
                    "~يشنق", "~يعدم", "~تعدم", "~يحرقو", "~ضرب", "~مشانق"],
        "DIE": [ "~موت", "~يموت", "~تموت", "~تموتو", "~يموتو", "~هلاک", "~جهنم", "~الموت"],
        "MOOD": ["وقت", "حان", "تستاهل", "يستاهل", "يستاهلون", "لازم", "الحل", "خليهم", "سنکمل", "سوف", "راح", "رح", "بدي", "بدنا", "لازم", "يجب", "يستحق", "يستحقون", "تستحق", "نتمني",
                 "اتمني", "يا_ريت", "ياريت", "ليت", "خلينا", "يلا", "يالله", "هيا", "انشاء", "انشالله",
                 "ينبغي", "لابد", "نريد", "اريد", "نبغي", "ابي", "نبي", "نحب", "عسي",
                 "اقسم", "والله", "قسما", "حتما", "اکيد", "الحل", "الا"],
        "NEG": ["لا", "لن", "ما", "مش", "مو", "ليس", "ليست", "ابدا", "لم", "غير", "ضد", "نرفض", "يرفض",
                "مب", "موب", "احد", "لايجوز", "يحرم", "حرام", "ندين", "يدين", "نستنکر"],
        "YOU": ["انت", "انتم", "انتي", "انتو", "اياک", "اياکم", "لک", "لکم", "عليک", "عليکم", "بيتک",
                "عنوانک", "اهلک", "عائلتک", "ولادک", "اولادک", "راسک", "وجهک", "رقبتک"],
        "PERSON": ["~کاتب", "~صحفي", "~صحفيه", "~محرر", "~مذيع", "~مذيعه", "~وزير", "~وزيره", "~نايب", "~مسوول", "~محافظ", "~جنرال", "~رييس", "~متحدث", "~ناطق", "~مراسل", "~شيخ", "~امام", "~قاضي", "~معلق", "~ناشط", "هال", "حدا", "واحد", "اي", "هو", "هي", "هم", "هولاء", "هاولاء", "الکاتب", "الصحفي",
                   "الصحفيه", "المراسل", "المذيع", "الوزير", "الرييس", "رييس", "المتحدث", "الناطق",
                   "النايب", "المسوول", "الشيخ", "المحافظ", "کل", "جميع", "الخاين", "الخونه", "الکلب",
                   "الحقير", "اردوغان", "البارزاني", "بارزاني", "الطالباني", "خامنيي", "الخامنيي", "بشار",
                   "الاسد", "السيسي", "الصدر", "المالکي", "السوداني", "اوجلان", "الشعب", "عايلته", "اهله",
                   "راسه", "رقبته"],
        "SUBJECT": ["داعش", "التحالف", "الجيش", "القوات", "قوات", "المسلحين", "مسلحين", "الارهابيين",
                    "الارهابيون", "الميليشيات", "الحشد", "البيشمرکه", "العمال", "الحکومه", "النظام",
                    "الطيران", "الطايرات", "غارات", "غاره", "الشرطه", "التنظيم", "المقاتلين", "الجماعه",
                    "المحکمه", "مصادر", "اعلنت", "اعلن", "افادت", "ذکرت", "وکاله", "تقرير", "شهود",
                    "امريکا", "ترکيا", "ايران", "اسراييل", "روسيا", "حماس", "حزب"],
        f"GROUP:{RACISM}": ["~الاکراد", "~الکرد", "کرد", "کردي", "~العرب", "عرب", "~الاتراک", "ترک",
                            "~الفرس", "فرس", "~الايرانيين", "~اليزيديه", "~الايزيديين", "~الايزيديه",
                            "~اليزيديين", "~اليهود", "يهود", "~الارمن", "~الافارقه", "السود", "للسود", "بالسود", "~الزنوج",
                            "~الترکمان", "~الاشوريين", "~الکلدان", "~البدو", "~الغجر", "~الشراکوه"],
        f"GROUP:{XENOPHOBIA}": ["~العماله", "~المصريين", "~السوريين", "~اللاجيون", "~اللاجيين", "~لاجيين", "~اللاجئين", "~النازحين", "~السوريين", "~الاجانب",
                                "~المهاجرين", "~الغرباء", "~الوافدين", "~العراقيين", "~المصريين",
                                "~الفلسطينيين", "~الافغان", "~الباکستانيين", "~الهنود", "~البنغال"],
        f"GROUP:{RELIGION}": ["اهل_السنه", "~الصابیه", "~البهاي", "~الشذوذ", "~المسيحيين", "~المسيحي", "~النصاري", "~المسلمين", "~الاسلام", "~الشيعه",
                              "~الشيعي", "شيعه", "السنه_والشيعه", "الشيعه_والسنه", "العرب_السنه", "المسلمين_السنه", "السني", "سني", "السنيه", "السنيون", "سنيون", "السنيين", "السنه_الشيعه", "~الدروز", "~العلويين",
                              "~الصابيه", "~الملحدين", "~البهاييين", "~اليهوديه", "~الکفار"],
        f"GROUP:{SEXISM}": ["~النساء", "~المراه", "~البنات", "~الحريم", "نساء", "~النسوان", "~الستات",
                            "~الفتيات", "المراة", "المراه", "~النسويات"],
        f"GROUP:{HOMOPHOBIA}": ["~المثليين", "~المثليه", "~الشواذ", "~المتحولين", "~مثليين", "~الشاذ"],
        f"GROUP:{OTHER}": ["~المعاقين", "~المعوقين"],
        "DEHUMAN": ["~حيوانات", "حيوان", "~الحيوانات", "کلاب", "~الکلاب", "~خنازير", "~الخنازير", "~قرود",
                    "~القرود", "~جراثيم", "~حشرات", "~صراصير", "~وباء", "~وباء", "~سرطان", "~طاعون",
                    "~قذاره", "~قذرين", "~اوساخ", "وسخ", "~همج", "~الهمج", "~برابره", "~زباله", "~نجس",
                    "~انجاس", "~حثاله", "~بهايم", "~البهايم", "~جرذان", "~فيروس", "~ديدان", "~طفيليات",
                    "~نفايات", "~قمامه", "~مرض", "~افاعي", "~ثعابين", "~ضباع"],
        "NEGPRED": ["~دواعش", "~تکفيري", "~نصابين", "~نصاب", "~ملعون", "~جواسيس", "~نجس", "~اغبي", "~قذاره", "~عاطفي", "~غدار", "~غداره", "~وحوش", "~فاحشه", "عار", "العار", "~خراب", "~کذابين", "کذاب", "~حراميه", "~لصوص", "~ارهابيين", "~ارهابيون", "ارهابي", "~خونه",
                    "خاين", "~اغبياء", "اغبيا", "~متخلفين", "متخلف", "~قذرين", "~کفار", "~منافقين", "عار", "العار",
                    "~جهله", "~جهلاء", "~حقراء", "~انذال", "~خنازير", "~مجرمين", "~عملاء", "~اوباش",
                    "~وسخين", "~ناقصات", "~ناقصين", "~مرضي", "~شواذ", "~فاسدين", "~حثاله", "~سفله",
                    "~عبيد", "~رعاع", "~متوحشين", "~لا_يوثق", "سبب_کل", "سبب_المشاکل", "سبب_الخراب", "سبب_البلاء", "سبب_مشاکل", "~مصيبه", "~بلاء", "~خطر"],
        # (not "hate" as a predicate: "اللبنانيين يكرهون حزب..." says what a group hates, not what it is)
        "HATE": ["~اکره", "~نکره", "~اکرهکم", "~اکرههم", "~کره", "~احتقر", "~احتقار", "~اشمیز"],
        "EXCLUDE": ["~ينطرد", "~تنطرد", "~يطلعون", "~يطلعو", "~يمنع", "~يسمح", "~يدخلو", "لا_مکان", "ما_الهم_مکان", "مالهم_مکان", "~اطرد", "~طرد", "~اطردو", "~ارجعو", "~ارجعوا", "~رحلو", "~ترحيل", "~يطلعو", "~اطلعو",
                    "~امنعو", "~يرحلو", "~يرحل", "~بلادکم",
                    "~ابعد", "~ابعاد", "~اخرجو", "~يخرجو", "~اخراج", "~تطهير",
                    "~نطهر"],
        "INSULT": ["~مهرج", "~جبان", "~ذباب", "~ذبابه", "~تافه", "~فاشل", "~مخبول", "~اهبل", "~غبي", "~ساذج", "~دلخ", "~حمار", "~غبي", "~اغبي", "کلب", "~ياکلب", "~حقير", "~تافه", "~وسخ", "~خنزير", "جاهل", "جاهله", "الجاهل", "جاهلين", "الجاهلين",
                   "~منافق", "~خاين", "~قذر", "~حيوان", "~احمق", "~معتوه", "ساقط", "ساقطه", "الساقط", "~ساقطين", "~واطي", "~عميل",
                   "~زباله", "~جحش", "~بهيم", "~اهبل", "~هبل", "~مخنث", "~نذل", "لعين", "اللعين", "لعينه", "اللعينه", "يالعين", "~ملعون",
                   "~کذاب", "~دجال", "~مرتزق", "بوق", "ابواق", "البوق", "الابواق", "~ذيل", "~ذليل", "~سافل", "~منحط", "تيس", "التيس", "بغل", "البغل", "بغال",
                   "~مجنون", "~غبيه", "~حقيره", "~تافهه", "~قرد", "~ابن_الکلب", "خول", "خولات", "الخول", "ياخول", "~عرص",
                   "~مرتزقه", "~صرصور", "~حشره", "~فاشل", "~فاشله", "ابله", "الابله"],
        "PROF": ["اير", "ايري", "تفو", "تفه", "~يلعن", "کس", "کسها", "کسک", "کسه", "الکس", "کس_امک", "کس_اختک", "~کسمک", "~کسخت", "~طيز", "~شرموط", "~عاهر", "~منيوک", "نيک", "نيکه", "النيک", "~انيکک", "~انيکها", "~انيکهم", "~بنيک", "~ينيکک", "~نيکني", "~ننيک", "~انيک", "زب", "زبي", "زبه", "زبک", "الزب", "زبر", "زبري",
                 "~قحب", "خرا", "الخرا", "هالخرا", "بالخرا", "خرای", "خريه", "خرايه", "خره", "~يلعن", "تفو", "تفه", "العن", "~العنک", "~العنه", "~العنهم", "~العنکم", "~لعنه", "~منيک", "~متناک", "~کسم", "~عرص", "~معرص", "~ديوث", "خول", "خولات", "الخول", "ياخول"],
        "VULG": ["اير", "ايري", "~اهيج", "~سکس", "~شهوه", "اضرب_عشره", "يضرب_عشره", "نضرب_عشره", "ضرب_عشره", "ضربت_عشره", "بضرب_عشره", "کس", "کسها", "کسک", "کسه", "الکس", "کس_امک", "کس_اختک", "~کسمک", "~طيز", "~شرموط", "~عاهر", "~منيوک", "نيک", "نيکه", "النيک", "~انيکک", "~انيکها", "~انيکهم", "~بنيک", "~ينيکک", "~نيکني", "~ننيک", "~انيک", "زب", "زبي", "زبه", "زبک", "الزب", "زبر", "زبري", "~قحب",
                 "~منيک", "~متناک", "~کسم", "~ديوث", "ممارسه_الجنس", "نمارس_الجنس", "افلام_جنس", "~سکس", "~بزاز", "~مؤخره", "~عاريه"],
        f"SLUR:{RACISM}": ["~الشروگيه", "~شروگ", "~الشروکيه", "~شروک", "~زنوج", "~زنجي", "~عبيد", "يا_عبد", "~ابو_جهل"],
        f"SLUR:{RELIGION}": ["~الصفويين", "~صفوي", "~صفويين", "~رافضه", "~الرافضه", "~روافض", "~رافضي", "~نواصب", "~ناصبي", "~مجوس",
                             "~المجوس", "~صليبيين", "~الصليبيين", "~عباد_الصليب", "~نصيريه", "~النصيريه",
                             "~عبده_الشيطان", "~الکفره", "~کفره", "~خنازير_اليهود"],
        f"SLUR:{HOMOPHOBIA}": ["~شواذ", "~الشواذ", "~شاذ", "~لوطي", "~لوطيين", "~مخنث", "خول", "خولات", "الخول", "ياخول", "~طنط"],
        f"SLUR:{SEXISM}": ["~شرموطه", "~عاهره", "~قحبه", "~ناقصات_عقل"],
        "REJECT": ["~عنصري", "~عنصريه", "~کراهيه", "~مرفوض", "~معيب", "~عيب", "خطا", "خطاء", "غلط_کبير", "عار", "العار", "~مقرف",
                   "~مخجل", "~نرفض", "~ارفض", "~يجوز", "~تحريض", "~بغيض", "~قبيح", "~مشين", "ندين", "ندينه",
                   "ادين", "ادينه", "~نستنکر", "~استنکر", "~توقفو", "کفی", "کفايه", "يکفي", "بس_خلص", "~طايفي", "~طايفيه", "~تمييز"],
        "SAY": ["~يقول", "~يقولون", "~قال", "~قالو", "~تقول", "~قول", "~وصف", "~يصف", "~تسميه", "~يسمي",
                "~تسمي", "~کتب", "~يکتب", "~عباره", "~کلام", "~وصفهم", "~تصف", "~نعت", "~ينعت", "~شعار",
                "~يردد", "~ترديد", "~يعتقد", "~مقوله"],
        "COPULA": ["انت", "انتم", "هو", "هي", "هم", "يا", "کان", "کانو", "ليس", "مجرد", "مجموعه", "شويه",
                   "اکبر", "اصلا", "والله", "فعلا", "حقا", "کل", "مثل", "زي", "کلهم", "جميعهم"],
    },
    "tr": {
        "VIOLENT": ["keserim", "kescem", "kesicem", "kesecem", "gırtlağ*", "girtlag*", "vurcam", "vurucam", "vurcaz", "avlayacağ*", "avlayalım", "zehirlen*", "bombala*", "havaya_uçur*", "yanmayı", "asılmayı", "kezzap*", "öldürcem", "öldürcm", "oldurcem", "oldurcm", "temizleyeceğ*", "temizlicez", "gebereceksin*", "yakacaz", "yakıcaz", "dövücem", "doğrayacağ*", "öldür*", "oldur*", "vurul*", "vuracağ*", "vuracag*", "vururum", "vurun", "vuralım", "vuracak*", "kurşun*",  "gebert*", "asılmalı", "asılsın", "asın", "asacağ*", "asarım", "asalım", "asilmali", "asılsın", "yakacağ*", "yakacag*", "yakarım", "yakalım", "yakılmalı*", "yakılsın*", "yakin_yikin", "keseceğ*", "kesecek*", "keserim", "kesilmeli*", "boğacağ*", "boğarım", "bogarim", "boğulsun*", "bomba*", "patlat*", "tecavüz*", "tecavuz*", "doğra*", "dogra*", "döveceğ*", "dövecek*", "döverim", "doverim", "dövün", "dövülmeli*", "kıracağ*", "kiracag*", "kırarım", "kirarim", "infaz*", "idam*", "katlet*", "katliam*", "mermi*", "bıçak*", "bicak*", "linç*", "linc*", "recm*", "işkence*", "iskence*", "parçala*", "parcala*",  "silahla*", "sıkacağ*", "sıkarım", "sikarim", "sıkın", "kafasına_sık*", "kafanı_kes*", "kafasını_kes*", "kafalarını_kes*",  "kursuna", "kursunla*", "kursunlan*", "kurşuna_diz*", "kursuna_diz*", "bombardıman*", "bombardiman*", "soykırım*", "soykirim*", "imha*", "yok_ed*", "yok_edil*", "zehirle*", "gaz_oda*", "dayak*", "dayağı", "dayagi", "vurmak", "vurmalı*", "vurmali*", "vursun*", "vurmayı", "asmak", "asmalı*", "assın*", "asilmayi", "asılması*", "yakmak", "yakmalı*", "yakmali*", "yaksın*", "yakılmayı", "yakılması*", "dövmek", "dövmeli*", "dövelim", "dövsün*", "boğulmalı*", "boğazla*", "boğazını_kes*", "boğazlarını_kes*", "kellesini_al*", "kellelerini_al*", "ezilmeli*", "ezilsin*", "ezeceğ*", "ezeriz", "gebertin", "öldürülmeli*", "oldurulmeli*", "kafana_kurşun*", "kafasına_kurşun*", "kafalarına_kurşun*", "kafana_sık*", "şişle*",  "bıçakla*", "bicakla*", "patakla*", "sopala*", "tekmele*", "yumrukla*", "tokatla*", "hırpala*", "dövcem", "dövcez", "dövücez", "döveriz", "ezerim", "gömeceğ*", "gömerim", "gömeriz", "gömün", "gömülmeli*", "gebertiriz", "gebertcem", "kırın", "kirin", "yıkın", "taşlayın", "taşlansın*", "taşlanmalı*", "taşlayacağ*", "ateşe_ver*", "atese_ver*", "ateşe_verilmeli*", "kurşunlayın", "kurşunlarım", "kafasını_kopar*", "kafanı_kopar*", "kafalarını_kopar*", "kellesini_kopar*", "boynunu_kopar*", "boynunu_kır*", "boynunu_vur*", "boyunlarını_vur*", "boğazını_sık*", "gırtlağını_sık*", "gırtlağını_kes*", "kafanı_kır*", "kafasını_kır*", "kafanı_ez*", "kafasını_ez*", "beynini_dağıt*", "beynini_patlat*", "beynine_sık*", "beynini_uçur*", "kafasını_uçur*", "kafanı_uçur*", "kollarını_kır*", "elini_kolunu_kır*", "parça_parça_ed*", "paramparça_ed*", "lime_lime_ed*", "delik_deşik_ed*", "kılıçtan_geçir*", "denize_dök*", "kökünü_kazı*", "kökünü_kurut*", "kökünü_kazı*", "soyunu_kurut*", "soylarını_kurut*", "nesillerini_kurut*", "nesillerini_yok*", "etnik_temizlik*", "toplama_kamp*", "ortadan_kaldır*", "üzerine_benzin_dök*", "üstüne_benzin_dök*", "benzin_döküp*", "seni_bitir*", "sizi_bitir*", "hayatını_karart*", "hayatını_cehenneme*", "dünyayı_dar_ed*", "dünyayı_başına_yık*", "evini_başına_yık*", "başına_yık*", "ortalığı_kan_gölü*", "kan_gölüne_çevir*", "ölüm_listesi*", "ölüm_listesine*", "oldür*", "öldur*", "vur", "taşlamak", "taslamak", "ağzını_yüzünü_dağıt*", "ağzını_burnunu_dağıt*", "yüzünü_dağıt*", "suratını_dağıt*", "ağzını_burnunu_kır*", "agzini_burnunu_kir*", "suratını_ez*", "dilini_kes*", "dilini_kopar*", "dilinizi_kes*", "elini_kes*", "ellerini_kes*", "parmaklarını_kes*", "gözlerini_oy*", "gözünü_oy*", "gozlerini_oy*", "yaşamayı_haram*", "hayatını_zindan*", "hayatı_zindan*", "katled*", "vurdur*", "sıraya_dizip*", "duvara_dizip*", "duvar_dibine*", "napalm*",  "yakıp_kül*", "kül_ed*", "küle_çevir*", "taşa_tut*", "kurşuna_tut*", "kurşun_yağdır*", "ateş_açın", "ateş_açılmalı*", "ateş_açalım", "ateş_açacağ*", "silaha_sarıl*", "silahlanın", "silahlanmalı*", "vursa", "vursalar", "vursanız", "assalar", "yaksalar", "gebertse*", "öldrcm", "oldrcm", "öldrcz", "kanınızı_iç*", "kanlarını_iç*", "kanını_içer*", "boğazını_keser*", "kafalarını_uçur*", "kurşunu_yiyecek*", "kurşunu_yersin", "kurşunu_yiyeceksin", "sıksa", "sıksalar", "bomba_atsa*", "boğazı_kesil*", "kafası_kesil*", "kellesi_kesil*", "kafaları_kesil*", "hepsini_bitir*", "hepinizi_bitir*", "onları_bitir*", "kanla_temizle*", "kanla_boğ*", "kan_içinde_bırak*", "başlarına_yık*", "başınıza_yık*", "üstlerine_yık*", "sopa*", "satır*", "balta*", "yakın", "yakin", "darağacı*", "daragaci*", "darağacın*", "urgan*", "kurşunlanmalı*", *_tr_verb_forms("vur:u", "kes:e", "as:a", "boğ:a", "bog:a", "döv:e", "dov:e", "ez:e", "sık:a", "vurul:u", "kesil:i", "asıl:ı", "asil:i", "yakıl:ı", "yakil:i", "boğul:u", "dövül:ü", "ezil:i")],
        "DIE": ["ölsün*", "olsunlar_diye", "ölmeli*",  "ölün", "öleceksin*", "oleceksin*", "geber*", "gebersin*", "cehennem*", "kahrol*", "ölümü", "olumu", "ölüm", "ölümler*", "toprak_olsun*", "geberesice", "gebertesice", "ölesice", "kahrolası", "ölmesi", "ölmesini", "olmesini", "ölmeleri", "ölmelerini", "ölmeyi", "ölmeyi_hak*", "ölür", "ölürsün", "ölürsünüz", "ölürler", "ölse", "ölsen", "ölseniz", "ölseler", "olse",  "geberse", "gebersen", "geberseler", "geberir", "geberirsin", "öldürülse", "nefes_almayı_hak*", "yok_olmalı*", "yok_olsun*", "yok_olsunlar", "yeryüzünden_silin*", "haritadan_silin*", "dünyadan_silin*", "soyu_kurusun*", "soyları_kurusun*", "soyu_kurusa", "kökü_kurusun*", "kökleri_kurusun*", "nesli_tükensin*", "nesilleri_tükensin*", "kahretsin*", "kahredesice", "cesedini", "cesetleri*", "ölseydi", "ölselerdi", "olseydi", "ölsünler"],
        "MOOD": ["inşallah", "insallah", "umarım", "umarim", "keşke", "keske", "lazım", "lazim", "gerek",
                 "gerekir", "hak", "ediyor", "ediyorlar", "hakediyor", "hakediyorlar", "müstahak", "mustahak",
                 "hadi", "haydi", "gelin", "yemin", "ederim", "billahi", "vallahi", "valla", "bekle",
                 "göreceksin", "göreceksiniz", "goreceksin", "allah",  "şart", "sart", "olmalı", "olmali", "bence", "bir_gün", "bir_gun", "tek_çözüm", "tek_cozum", "tek_çare*", "tek_yol*", "tercih", "isterim", "istiyorum", "istiyoruz", "umuyorum", "diliyorum", "dilerim", "vakti", "zamanı", "zamani", "gerekiyor", "gerekli", "hakeder*", "hak_eder*", "edilmeli", "edilsin", "edin", "atın", "atin", "artık_yeter", "gerekiyordu", "şarttır", "sarttir", "farz", "vacip", "helal", "helaldir", "yetmez", "sevap", "sevaptır", "gerek_yok_ama", "edilmelidir", "olmalıdır",  "bekliyor", "kurtulsak", "kurtulurduk", "kurtuluruz", "rahatlarız", "şaşırmasın", "şaşırmayın", "şaşırma", "sasirmasin"],
        "NEG": ["değil", "degil", "asla", "hiç", "hic", "hiçbir", "kimse", "yok", "hayır", "hayir", "olmaz",
                "karşıyız", "karşıyım", "karsiyim", "kınıyorum", "kiniyorum", "kınıyoruz", "ne", "yeter",
                "durdurun", "dur", "etmeyin", "yapmayın", "değil*", "degil*", "durdurmalı", "durdurulmalı", "durdurulsun"],
        "YOU": ["sen", "seni", "sana", "senin", "siz", "sizi", "size", "sizin", "kendini", "kafanı", "kafani",
                "evini", "evin", "aileni", "ailen", "çocuklarını", "cocuklarini", "adresini", "adresin",
                "yüzünü", "yuzunu", "boynunu", "bacaklarını", "bacaklarini", "ağzını", "agzini", "lan", "ulan", "misin", "mısın", "musun", "müsün", "misiniz", "mısınız", "musunuz", "müsünüz", "nesin", "nesiniz", "sende", "senden", "sizden", "sizde", "seninle", "sizinle", "sizler", "sizleri", "kafana", "evinin", "evine", "evinizi", "ailenin", "ailene", "senin_gibi*", "sizin_gibi*", "senin_gibiler*"],
        "PERSON": ["sunucu*", "spiker*", "vali*", "general*", "muhabir*", "editör*", "editor*", "yorumcu*", "herkes*", "kim", "kimse_değil", "onu", "onları", "onlari", "ona", "onlara", "onlar", "bunları", "bunlari", "şunu", "sunu", "adam*", "herif*", "yazar*", "gazeteci*", "muhabir*", "bakan*", "başkan*", "baskan*", "sözcü*", "sozcu*", "vekil*", "milletvekili*", "hepsi*", "hepsini", "hepinizi", "hepinizin", "hain*", "kafasını", "kafasini", "kafalarını", "erdoğan*", "erdogan*", "barzani*", "öcalan*", "ocalan*", "esad*", "kılıçdaroğlu*", "bahçeli*", "imamoğlu*", "adamı", "adami", "yazarı", "yazari", "aileleri*", "biri", "birisi", "birini", "birileri", "yetkili*", "müteahhit*", "müteahhid*", "muhtar*", "kaymakam*", "savcı*", "cumhurbaşkan*", "başbakan*", "basbakan*", "muhabiri", "vekiller*", "şunları",  "bunlar", "şunlar", "teröristi", "haini", "hainleri", "hainler*", "köpeği", "köpekleri", "gazeteciyi", "sözcüyü", "spikeri", "sunucuyu", "editörü", "bakanı", "vekili", "yöneticileri", "yöneticiyi", "patronu", "hakimi", "hâkim*", "savcıyı", "polisleri", "askerleri", "papaz*", "imam*", "hoca*", "rahip*", "lider*", "şeyh*", "müftü*", "vaiz*", "patron*", "müdür*", "komutan*", "ajan*", "aktivist*", "avukat*", "yargıç*", "eşkıya*", "milis*", "evlerini", "evleri"],
        "SUBJECT": ["işid", "isid", "ışid", "deaş", "deas", "daeş", "koalisyon*", "ordu*", "askerler*",
                    "asker*", "güçler*", "gucler*", "kuvvetler*", "militanlar*", "teröristler*", "pkk",
                    "ypg", "sdg", "peşmerge*", "hükümet*", "hukumet*", "rejim*", "polis*", "jandarma*",
                    "hava", "uçak*", "ucak*", "saldırılar*", "operasyon*", "tsk", "mit", "iddia", "habere",
                    "göre", "gore", "kaynaklar*", "açıklama*", "aciklama*", "bakanlığı", "haberi"],
        f"GROUP:{RACISM}": ["kürt", "kürtler", "kürtleri", "kürtlere", "kürtlerin", "kürtlerden", "kurtler", "kurtleri", "arap", "araplar", "arapları", "araplara", "arapların", "arablar", "türk", "türkler", "türkleri", "türklere", "türklerin", "turkler", "fars", "farslar", "farsları", "iranlı*", "iranli*", "ezidi*", "yezidi*", "yahudi*", "ermeni*", "rumlar", "çingene*", "cingene*", "romanlar", "siyahiler", "zenci*", "süryani*", "suryani*", "çerkez*", "lazlar", "afrikalı*", "asyalı*", "çinli*", "kızılbaş*", "kizilbas*", *_tr_forms("kürt", "türk", voice=True), *_tr_forms("kurt", "turk", "arap", "fars", "laz", "rum", "fars"),  "roman", "romanlar*", "kürdistanlı*", "arabların", "arapça_konuşan*", "siyahlar", "siyahları", "siyahların", "siyahlara", "zenciler*", "kara_derili*"],
        f"GROUP:{XENOPHOBIA}": ["mülteci*", "multeci*", "suriyeli*", "göçmen*", "gocmen*", "afgan*",
                                "yabancı*", "yabanci*", "sığınmacı*", "siginmaci*", "pakistanlı*",
                                "ırakl*", "irakl*", "kaçak*", "kacak*"],
        f"GROUP:{RELIGION}": ["hristiyan*", "hıristiyan*", "hiristiyan*", "müslüman*", "musluman*",
                              "şii*", "sii*", "sünni*", "sunni*", "alevi*", "dürzi*", "ateist*", "gavur*",
                              "yahudilik", "islam*", "dinsiz*", "nusayri*", "bahai*"],
        f"GROUP:{SEXISM}": ["kadınlar*", "kadinlar*", "kadın", "kadin", "kızlar*", "kizlar*", "karılar", "bayanlar*", "hanımlar*", "feminist*", "anneler*", "kadın*", "kadin*", "bayan", "kızları", "hatunlar*"],
        f"GROUP:{HOMOPHOBIA}": ["eşcinsel*", "escinsel*", "lezbiyen*", "lgbt*",
                                "travesti*", "homoseksüel*", "homoseksuel*", *_tr_forms("gey", "gay", "trans", "homo", "lezbiyen", "biseksüel", "queer"), "geyler*", "gaylar*", "transseksüel*", "transeksüel*", "transseksuel*", "trans_birey*", "lgbti*", "hemcins*", "erkeklerden_hoşlan*", "erkeklerden_hoslan*", "kadınlardan_hoşlan*", "eşcinsellik*"],
        f"GROUP:{OTHER}": ["engelli*", "özürlü*", "ozurlu*", "sakat*"],
        "DEHUMAN": ["hayvan*", "köpek*", "kopek*", "it", "itler", "itleri", "domuz*", "maymun*", "haşere*", "hasere*", "böcek*", "bocek*", "parazit*", "mikrop*", "virüs*", "virus*", "kanser*", "veba*", "pislik*", "pis", "çöp*", "barbar*", "vahşi*", "vahsi*", "sürüngen*", "leş", "sıçan*", "sican*", "fare*", "hamamböceği*", "sülük*", "asalak*", "illet*", "akrep*", "yılan*", "çakal*", "sırtlan*", "sığıntı*", "siginti*", "yamyam*", "sürüsü", "kene*", "pire*", "kan_emici*", "istila*", "tohumu", "tohumları", "tohumlar", "şeytan*", "seytan*", "mahluk*", "yaratık*", "salgın*", "salgin*", "kolera*", "cüzam*", "zehir", "zehiri", "zehridir", "zehirdir", "tümör*", "kangren*"],
        "NEGPRED": ["geri_kalmış", "lanetli*", "lanetlediği", "işbirlikçi*", "düşman*", "yüz_karası*", "hastalıklı*", "sapık*", "ahlaksız*",  "sempatizan*", "lanetli*", "casus*", "hırsızlık*",  "kan*da", "sadece_zorla", "yalancı*", "yalanci*", "hırsız*", "hirsiz*", "terörist*", "terorist*", "hain*", "aptal*", "pis*", "iğrenç*", "igrenc*", "geri_kafalı", "tembel*", "katil*", "sapık*", "sapik*", "cahil*", "bela*", "dilenci*", "asalak*", "sahtekar*", "namussuz*", "şerefsiz*", "serefsiz*", "ahlaksız*", "ahlaksiz*", "beyinsiz*", "hastalık*", "hastalik*", "sapkın*", "sapkin*", "mikrop*", "güvenilmez*", "guvenilmez*", "nefret*", "istemiyoruz", "istemiyorum", "yük", "gerizekalı*", "gerizekali*", "salak*", "kafasız*", "ilkel*", "vahşi*", "yobaz*", "bağnaz*", "kokuyor*", "kokar*", "utanmaz*", "kötüdür", "kötüler", "zararlı*", "ırz", "anlamaz*", "yapamaz*", "beceremez*", "başaramaz*", "basaramaz*", "yönetemez*", "duygusal*", "eksik_etek*", "aklı_kısa*", "akli_kisa*", "saçı_uzun*", "yeri_mutfak*", "yeri_evi*", "mutfağa_dön*", "haddini_bil*", "emanet_edilmez*", "akılsız*", "akilsiz*", "aklı_ermez*", "kafası_basmaz*", "ikinci_sınıf*", "değersiz*", "degersiz*", "işe_yaramaz*", "ise_yaramaz*", "geleni_hak_eder*", "geleni_hak_ediyor*", "geleni_hak_etti*", "hasta", "hastadır", "hastalar_bunlar",  "tedavi_edilmeli*", "tedavi_olmalı*", "sapıklık*", "yozlaş*", "fıtrat*", "utanç_kaynağı*",  "günahtır",  "gunahtir", "günahkar*", "gunahkar*", "düşünemez*", "dusunemez*", "adam_olmaz", "yönetici_olmaz", "lider_olmaz", "dost_olmaz", "insan_olmaz", "hayır_gelmez", "hayir_gelmez", "yalan_söyler*", "yalan_söylüyor*", "güvenme", "güvenmeyin", "guvenme", "aşağıdır", "asagidir", "aşağı_ırk*", "alt_ırk*", "akıl_hasta*", "akil_hasta*", "ruh_hasta*", "psikopat*", "hasta_ruhlu*", "işgal*", "isgal*", "tecavüzcü*", "tecavuzcu*", "sinsi*", "pistir", "pisler", "kirli*", "hilekar*", "uğursuz*", "ugursuz*", "beyinsizdir", "geri_zekalı*", "mikroptur", "zararlıdır", "günah", "gunah", "suçlu*", "suçludur", "suç_makinesi*", "suça_meyilli*", "terörcü*", "teröre_destek*", "terör_destekçisi*", "terör_yuvası*", "terör_yay*", "terör_estir*", "terör_saç*", "terör_getir*", "histerik*", "hormon*", "regl*", "adet_dönem*", "dırdır*", "cadı*", "kadın_aklı*", "kadın_kafası*", "kadın_işi*", "bulaşığa*", "mutfağa*", "çocuk_doğur*", "çocuk_bakmalı*", "güzel_olduğu_için", "güzelliği_sayesinde", "yatarak*", "kocasız*", "kocasına_itaat*", "itaat_etmeli*", "susmalı*", "evde_otur*", "evinde_otur*", "evden_çıkmamalı*", "çalışmamalı*", "okumamalı*", "karışmamalı*", "karışmasın*", "kısmı", "normal_değil*", "normal_degil*", "doğal_değil*", "dogal_degil*", "anormal*", "doğaya_aykırı*", "dogaya_aykiri*", "fıtrata_aykırı*", "ahlaksızlık*", "rezalet*", "yozlaşma*", "ahlakı_boz*", "ahlakını_boz*", "aile_yapısını_boz*", "bozukluk*", "bulaşıcı*", "propaganda*", "dayatma*", "lobisi*", "tehdittir", "tehlikedir", "beka_sorunu*", "cezalandırılmalı*", "hapse_atıl*"],
        "HATE": ["nefret*", "tiksin*", "iğren*", "igren*", "sevmiyorum", "istemiyorum", "istemiyoruz"],
        "EXCLUDE": ["verilmemeli", "alınmamalı", "alinmamali", "izin_verilmemeli", "girmemeli", "sokulmamalı", "atılsın", "kovulsun", "defol*", "gitsin*", "gitmeli*", "gönderilsin*", "gönderilmeli*", "gonderilmeli*", "gönderin", "gonderin", "sınır_dışı", "sinir_disi", "atılmalı*", "atilmali*", "atılsın*", "kovun", "kovulsun*", "kovulmalı*", "kovalım", "istemiyoruz", "istemiyorum", "yasaklanmalı*", "yasaklansın*", "ülkelerine", "ulkelerine", "dönsün*", "donsun*", "dönmeli*", "donmeli*", "sürgün*", "surgun*", "çıkarılmalı*", "cikarilmali*", "çıksın*", "ciksin*", "defolup", "evlerine", "temizlenmeli*", "evlatlıktan_red*", "reddedilmeli*", "kapatılmalı*", "dışlanmalı*", "dislanmali*", "istenmiyor*", "hapsedilmeli*", "toplanıp*", "toplayıp*", "yollanmalı*", "yollayın", "postalayın", "sokmayın", "almayın", "temizlenecek*", "sürülecek*", "sürülmeli*", "sürgün_edilmeli*"],
        "INSULT": ["aptal*", "salak*", "gerizekalı*", "gerizekali*", "geri_zekalı", "mal", "malsın",
                   "ahmak*", "beyinsiz*", "şerefsiz*", "serefsiz*", "haysiyetsiz*", "yavşak*", "yavsak*",
                   "dangalak*", "hıyar*", "hiyar*", "öküz*", "okuz*", "eşek*", "esek*", "it", "itin",
                   "köpek*", "kopek*", "pislik*", "alçak*", "alcak*", "hain*", "cahil*", "ezik*", "soysuz*",
                   "kansız*", "kansiz*", "puşt*", "pust*", "şerefsizin", "ibne*", "piç*", "pic*", "oç",
                   "orospu*", "kaltak*", "sürtük*", "gavat*", "pezevenk*", "yalancı*", "yalanci*",
                   "ahlaksız*", "namussuz*", "aşağılık*", "asagilik*", "rezil*", "sahtekar*",
                   "soytarı*", "soytari*", "palyaço*", "palyaco*", "embesil*", "mankafa*", "densiz*",
                   "terbiyesiz*", "hödük*", "hoduk*", "kezban*", "zavallı*", "zavalli*", "yandaş*",
                   "yandas*", "satılmış*", "satilmis*", "uşak*", "usak*", "kukla*", "dallama*", "yarrak*",
                   "kafasız*", "kafasiz*", "acınası*", "acinasi*", "acınacak", "müsvedde*", "musvedde*", "bozuntusu*", "taklidi", "kalemşör*", "kalemsor*", "korkak*", "değersiz*", "degersiz*", "trol", "trolsün", "trolsun", "trolü", "karaktersiz*", "omurgasız*", "omurgasiz*", "yalaka*", "dalkavuk*", "gerzek*", "budala*", "andaval*", "avanak*", "sersem*", "lavuk*", "kevaşe*", "mendebur*", "hırt", "hirt", "çakal", "angut*", "oç*", "ocsun", "beyni_yok*", "kafayı_yemiş*", "mahluk*", "yaratık*", "hayvan_herif", "öküz_herif", "kezban", "ucube*", "dingil*"],
        "PROF": ["siktir*",  "amk", "aq", "amq", "amına", "amina", "amını", "amini", "amcık*",
                 "amcik*", "orospu*", "orosbu*", "piç*", "pic*", "yarak*", "yarrak*",  "kahpe*", "pezevenk*", "ibne*", "sg", "oç", "oc", "mk",  "boktan", "yavşak*",
                 "yavsak*", "siktiğim*", "siktigim*", "sokayım", "sokayim", "sokam", "gavat*", "kaltak*",
                 "sürtük*", "lanet*", "ananı", "anani", "ananın", "ananin", "avradını", "bacını", "taşak*",
                 "tasak*", "sikik*", "sikerim", "skm", "sktr", "mına", "mina", "yarram*", "dalyarak*", "göt", "götü", "götünü", "götüne", "götünden", "götün", "götler*", "götlek*", "götveren*", "götoş*", "gotveren*", "götüm*", "got_gibi", "bok", "boka", "boku", "bokun", "bokunu", "boklu*", "bokla*", "bokum", "bokuna", "sıçt*", "sıçay*", "sıçar*", "sıçm*", "sıçıp", "sıçacağ*", "sıçış*", "sictik", "sictim", "sicayim", "hassiktir*", "hasiktir*", "hssktr", "siktirgit", "oç*", "o_ç", "ocsun", "amk*", "amq*", "aqq*", "sik", "sike*", "siki", "sikim*", "sikiy*", "sikiş*", "sikis*", "siker*", "sikt*", "sikm*", "sikey*", "sikko*", "sikle*", "sikerler", "sikicem", "sikcem", "sikcez", "sikin", "sikindirik*", "siksin*", "sikem", "sikine", "sikini", "sikinde", "sikinden", "sikinin", "sikten", "siksen", "sikse", "sikecek*", "sikilmiş*", "sikildiğ*", "sikileceğ*"],
        "VULG": [  "amına", "amina", "amcık*", "amcik*", "yarak*", "yarrak*",  "orospu*",
                 "kahpe*", "sokayım", "sokayim", "siktiğim*", "sikerim", "taşak*", "tasak*", "meme*",  "porno*", "çıplak*", "ciplak*", "sürtük*", "kaltak*", "fahişe*", "fahise*",
                 "avradını", "bacını", "dalyarak*", "göt", "götü", "götünü", "götüne", "götveren*", "azdır*", "azdir*", "azgın*", "azgin*", "azmış*", "azdım", "31_çek*", "31_cek*", "otuzbir_çek*", "otuzbir_cek*", "sakso*",  "yatağa_at*", "yatakta_nasıl*", "yatakta_ateş*", "sıçt*", "sik", "sike*", "siki", "sikim*", "sikiy*", "sikiş*", "sikis*", "sikik*", "siker*", "sikt*", "sikm*", "sikey*", "sikko*", "sikle*", "sikerler", "seks", "seksi*", "seksüel*", "seksuel*", "sekse", "seksin", "seks_yap*", "göğüsler*", "gogusler*", "popo*", "kıç", "kıçı", "kıçını", "kıçına", "kalçasını_salla*", "yatağa_atsa*", "yatağa_atar*", "soyun*", "striptiz*", "erotik*", "horny", "sikicem", "sikcem", "sikcez", "sikin", "sikindirik*", "siksin*", "sikem", "sikine", "sikini", "sikinde", "sikinden", "sikinin", "sikten", "siksen", "sikse", "sikecek*", "sikilmiş*", "sikildiğ*", "sikileceğ*"],
        f"SLUR:{RACISM}": ["dölü", "dölleri", "zenci*", "çingene*", "kıro*", "kiro*", "çomar*", "comar*", "kürtçük*",
                           "arapçık*", "çapulcu*", "kızılbaş*", "kizilbas*", *_tr_forms("acem"), "sığıntı*", "siginti*"],
        f"SLUR:{RELIGION}": ["gavur*", "kafir*", "kâfir*", "yobaz*", "dinsiz*", "imansız*", "imansiz*",
                             "nusayri*", "rafizi*", "haçlı*", "hacli*"],
        f"SLUR:{HOMOPHOBIA}": ["lezbo*", "dönme", "ibne*", "götveren*", "gotveren*", "nonoş*", "nonos*", "sapkın*", "sapkin*", "lubunya*", "kulampara*", "oğlancı*", "oglanci*"],
        f"SLUR:{SEXISM}": ["orospu*", "kaltak*", "sürtük*", "fahişe*", "fahise*", "kahpe*", "karı", "karılar", "kezban*"],
        "REJECT": ["ırkçı*", "irkci*", "ırkçılık*",  "kabul", "edilemez", "yanlış*",
                   "yanlis*", "ayıp*", "ayip*", "utanç*", "utanc*", "utanmak", "kınıyorum", "kiniyorum",
                   "kınıyoruz", "iğrenç*", "igrenc*", "saçma*", "sacma*", "faşist*", "fasist*", "ayrımcı*",
                   "ayrimci*",  "reddediyorum", "reddediyoruz", "yeter", "durdurun", "cinsiyetçi*", "cinsiyetci*", "homofobi*", "homofobik*", "transfobi*", "antisemit*", "yabancı_düşman*", "kışkırtma*", "kiskirtma*", "hakaret*", "ayrımcılık*", "ayrimcilik*", "utanıyorum", "utanıyoruz", "utandım", "utandırıcı*", "utanmalı*", "şikayet_edilmeli", "kabul_edilemez*", "insanlık_dışı", "nefret_suçu*", "nefret_söylem*", "nefret_soylem*", "aşağıla*", "asagila*", "katılmıyorum", "katılmıyoruz", "kınandı", "kınadı", "kınıyor*", "kinandi", "silinmeli",  "yalanıdır", "karalama*", "genelleme*", "önyargı*", "onyargi*", "hakaret_ed*"],
        "SAY": ["diye", "diyen*", "diyor*", "dedi*", "demek*", "demesi*", "söyle*", "soyle*", "söz*", "yazmış*", "yazdı*", "iddia*", "slogan*", "nitele*", "laf*", "hitap*", "kelime*", "ifade*", "yazan*", "yazanlar*", "deyip", "denmesi", "deniyor*", "diyenler*", "yazıyor*", "yorumları", "yorumlar", "söylemek"],
        "COPULA": ["sen", "siz", "o", "bu", "şu", "bir", "tam", "resmen", "koca", "adi", "düpedüz", "dupeduz", "gerçek", "gercek", "olarak", "gibi", "kadar", "hepsi", "hepiniz", "lan", "ulan", "be", "ya", "herif", "adam", "yazar", "gazeteci"],
        "WISH": ["umarım", "umarim", "inşallah", "insallah", "inş", "ins", "keşke", "keske", "hadi", "haydi", "dilerim", "diliyorum", "umuyorum", "umuyoruz", "elimde_olsa", "elimden_gelse", "fırsat_bulsam", "imkanım_olsa", "yetkim_olsa", "gücüm_yetse", "elimde_olsaydı", "bana_kalsa", "bana_kalırsa"],
    },
    "fa": {
        "VIOLENT": ["سر_میبریم", "سر_ببرید", "سر_میبرم", "آتیش_میزنیم", "آتیش_بزنید", "آتش_بزنید", "آتیش_بزنیم", "به_دار", "دار_بزنید", "منفجر_کنه", "منفجر_کنن", "منفجر_کنید", "با_گاز_بکش", "با_گاز_خفه", "گاز_کشت", "شکار_میکنیم", "تیربارونش*", "~کارشو_میسازه", "~شکمت", "~چاقو", "~گلوله", "~بریده", "~آویخته", "~بکشیم", "~میکشیم", "~میکشن", "~بکشن", "~تیربارون", "~بکش", "~میکش", "~بکشید", "~بکشن", "~بکشیم", "~کشتن", "~کشته", "~کشتار", "~خواهیم_کشت",
                    "~میکشیم", "~میکشمت", "~بکشمت", "~بکشیمت", "~کشتمت", "~اعدام",
                    "~بسوزان", "~بسوزون", "~سوزاند", "~بسوزونیم", "~بسوزانیم", "~سربرید",
                    "=سرشو", "=سرشونو", "=سرتو", "=سرتونو", "~تیرباران", "~گلوله", "~ترور",
                    "~میزنمت", "~بزنمت", "~تجاوز", "~منفجر", "~نابود",
                    "~قتل", "~قتلعام", "~سلاخی", "~بمب", "~چاقو", "~خفه_کن",
                    "~خفت_کنم", "~خفه_کنیم", "~بزنیمش", "~بکشیمش", "~بکشیدش", "~سنگسار", "~شکنجه",
                    "~بشکن", "~میشکنم", "=اسید", "اسیدپاش*", "اسید_بپاش*", "~انتقام", "~بسوزه",
                    "~بکشه", "~کشتنی", "~کشتمش", "~بکشمش", "~میکشمش",
                    # compound acts: the light verb after them carries the mood (harm.py _FA_LIGHT)
                    "لتوپار*", "لت_و_پار", "تکهتکه*", "تکه_تکه", "قطعهقطعه*", "قطعه_قطعه", "=آتیشش", "=آتیشت",
                    "=آتیششون", "=آتیشتون", "=آتیشتو", "آتیش_بزن*", "~دارشون", "~دارش_بزن", "خفهش*", "=خفشون",
                    "~سرکوبشون", "=لهت", "=لهش", "=لهشون", "له_کنید", "~تیکهتیکه",
                    "دار_بزن*", "دار_میزن*", "دارش_بزن*", "دارشون_بزن*", "بالای_دار", "به_دار_بکش*", "سر_برید",
                    "سر_ببر*", "سرشو_ببر*", "سرشونو_ببر*", "سرتو_ببر*", "سرشو_میبر*", "از_دم_تیغ", "دم_تیغ",
                    "با_خاک_یکسان", "خفه_کن*", "خفه_میکن*", "خفهت*", "خفتون*", "خفشون*", "خفش_کن*", "گلوله_بزن*",
                    "تیر_بزن*", "به_رگبار", "رگبار_ببند*", "قتلعام*", "قلع_و_قمع", "تکهتکه*", "ریز_ریز*",
                    # the impersonal obligation takes the past stem: "باید کشت", "باید سوزوند"
                    "=کشت", "=سوزوند", "=سوزاند", "سوزوندشون*", "سوزاندشان*", "تو_کوره", "به_کوره", "بالای_نیزه",
                    "سر_نیزه", "نسلکشی*", "نسل_کشی", "=نسلشونو", "به_گلوله_بست*", "به_گلوله_ببند*",
                    "از_بین_ببر*", "از_بین_میبر*", "از_بین_برد*", "زنده_به_گور", "زندهبگور*", "=حمله", "با_تیر",
                    "~میزنیمشون", "~بزنیدشون", "~بزنیمشون", "~میزنمشون", "=کتک", "کتکشون*", "کتکش_بزن*",
                    "تیکه_تیکه", "پوست_کند", "پوست_بکن*", "پوستشونو*", "پوستتو*", "گردن_بزن*", "گردن_زد*",
                    "از_میان_بردا*", "از_میان_برمیدار*", "قتل_عام", "خاک_و_خون", "به_آتش_میکش*", "به_آتش_خواهیم",
                    "به_آتیش_میکش*", "به_آتش_بکش*", "به_آتیش_بکش*", "به_آتش_کشید*", "=شلاق", "شلاقش*",
                    "شلاقشون*", "شلاق_بزن*"],
        "DIE": ["~بمیر", "~بمیره", "~بمیرن", "~بمیرید", "~مرگ", "~بمیرند", "~نابود_بشه",
                "~جهنم"],
        "MOOD": ["خواهم", "خواهیم", "خواهید", "خواهند", "باید", "بایستی", "بشه", "بشن", "شود", "شوند",
                 "لیاقتش", "لیاقتشون", "لیاقت", "حقشه", "حقشونه", "حقش", "کاش", "ایکاش", "امیدوارم",
                 "امیدوارم", "بیاید", "بیاین", "بیایید", "بریم", "بزودی", "قسم", "میخوام", "میخواهم",
                 "میخوایم", "انشالله", "ایشالا", "ایشالله", "خدا", "الهی", "منتظر", "ببین", "حتما", "تنها",
                 "راه", "راهش", "چاره", "حل", "راهحل*", "راه_حل"],
        "NEG": ["خجالت", "زحمت", "دراز", "نفس", "سیگار", "انتظار", "رنج", "عذاب", "نباید", "نه", "هیچ", "هیچکس", "هیچ_کس", "هرگز", "نمی", "نمیخوام", "نخواهم", "نخواهیم",
                "نیست", "نیستند", "مخالف", "مخالفم", "محکوم", "نکنید", "نکشید", "نزنید", "دست_بردارید",
                "بس", "ضد", "نکن", "=نباید"],
        # "have not", after a right or a place (EXCLNEG): it negates that, not a later act
        "NEGHAVE": ["=ندارن", "=ندارند", "=نباید", "=نیست", "=نیستن", "=نیستند"],
        "YOU": ["تو", "شما", "خودت", "خودتون", "خونتو", "خونت", "خونه_ات", "آدرست", "آدرستو", "خانوادت",
                "خانوادتو", "بچه_هات", "بچه_هاتو", "سرت", "سرتو", "گردنت", "دهنت", "دهنتو", "پاهاتو",
                "دستتو", "بهت", "ازت", "برات", "باهات", "تورو", "شمارو"],
        "PERSON": ["نماینده*", "مسئول*", "استاندار*", "شهردار*", "مجری*", "سخنگو*", "وزیر*", "خبرنگار*", "نویسنده*", "روزنامهنگار*", "رئیس*", "رییس*", "هرکی", "هر_کی", "هرکس", "یکی", "او", "اونو", "اونها", "آنها", "آنان", "اینها", "اینا", "اینو", "همه",
                   "همشون", "همه_شون", "همگی", "نویسنده", "خبرنگار", "روزنامه_نگار", "وزیر", "رئیس",
                   "رییس", "سخنگو", "نماینده", "مسئول", "آخوند", "آخوندها", "آخوندا", "ملا", "مرتیکه",
                   "یارو", "زنیکه", "خائن", "خائنین", "خامنه_ای", "خامنهای", "رهبر", "رئیسی", "اردوغان",
                   "بارزانی", "پزشکیان", "خاتمی", "روحانی", "شاه", "سرش", "خونوادش", "خانوادش"],
        "SUBJECT": ["داعش", "ائتلاف", "ارتش", "نیروهای", "نیروها", "شبهنظامیان", "شبه_نظامیان", "تروریستها",
                    "تروریست_ها", "سپاه", "بسیج", "پ_ک_ک", "پژاک", "پیشمرگه", "دولت", "رژیم", "پلیس",
                    "جنگنده", "جنگندهها", "حملات", "حمله_هوایی", "پهپاد", "طالبان", "حماس", "حزب_الله",
                    "آمریکا", "اسرائیل", "ترکیه", "عراق", "روسیه", "گزارش", "منابع", "خبرگزاری", "اعلام",
                    "شاهدان", "دادگاه", "گروه"],
        f"GROUP:{RACISM}": ["=کردها", "=کردا", "=کردای", "=کردهاشون", "کورد*", "=کرد", "=کردی", "عرب", "عربها", "عربا", "عرب_ها", "عربهای",
                            "ترک", "ترکها", "ترکا", "ترک_ها", "فارس", "فارسها", "فارسا", "لر", "لرها", "لرا",
                            "بلوچ", "بلوچها", "بلوچا", "آشوری*", "کلدانی*", "=شبک", "کاکهای*", "کاکایی*", "هزاره*",
                            "پشتون*", "تاجیک*", "ایزدی", "ایزدیها", "ایزدی_ها", "یهودی", "یهودیها",
                            "یهودیا", "یهودی_ها", "ارمنی", "ارمنیها", "سیاهپوست", "سیاهپوستها", "سیاهها", "سیاهان", "=سیاها",
                            "کولی", "کولیها", "آذری", "آذریها", "ترکمن", "گیلک", "افغان", "افغانها"],
        f"GROUP:{XENOPHOBIA}": ["افغانی", "افغانیها", "افغانیا", "افغانی_ها", "مهاجر", "مهاجران", "مهاجرین",
                                "مهاجرها", "مهاجرا", "پناهجو", "پناهجویان", "پناهنده", "پناهندگان",
                                "پناهندهها", "خارجی", "خارجیها", "خارجیا", "عراقیها", "عراقیا", "سوری",
                                "سوریها", "پاکستانی", "پاکستانیها", "اتباع", "غیرایرانی", "بیگانه", "بیگانگان"],
        f"GROUP:{RELIGION}": ["مسیحی", "مسیحیها", "مسیحیان", "مسیحیا", "مسلمان", "مسلمانها", "مسلمانان",
                              "مسلمونا", "شیعه", "شیعهها", "شیعیان", "شیعه_ها", "سنی", "سنیها", "سنیا",
                              "اهل_سنت", "بهائی", "بهایی", "بهاییها", "بهائیان", "بهاییان", "زرتشتی",
                              "زرتشتیان", "درویش", "دراویش", "بیدین*", "بی_دین", "بی_دینها", "لامذهب*", "یارسان", "اهل_حق", "ملحد", "ملحدها", "اسلام",
                              "یهودیت", "کلیمی", "کلیمیان"],
        f"GROUP:{SEXISM}": ["زن", "زنه", "زن_جماعت", "=خانم", "=خانمه", "زنها", "زنا", "زنان", "زن_ها", "خانمها", "خانم_ها", "دخترا", "دخترها",
                            "دختران", "ضعیفه", "فمینیست", "فمینیستها", "مادرها"],
        f"GROUP:{HOMOPHOBIA}": ["همجنسگرا", "همجنسگراها", "همجنسگرایان", "همجنس_گرا", "همجنس_گراها",
                                "همجنس_گرایان", "گی", "گیها", "لزبین", "ترنس", "ترنسها", "دگرباش", "دگرباشان",
                                "الجیبیتی", "همجنسباز", "همجنسبازها", "از_مرد_خوشش", "از_مردها_خوشش",
                                "از_زن_خوشش", "از_زنها_خوشش", "از_همجنس_خودش", "از_همجنسش"],
        f"GROUP:{OTHER}": ["=قوم", "معلول", "معلولها", "معلولین", "معلولان"],
        "DEHUMAN": ["حیوان", "حیوون", "حیوانات", "حیوونا", "حیوونها", "سگ", "سگها", "سگا", "سگای", "خوک",
                    "خوکها", "میمون", "میمونها", "انگل", "انگلها", "انگلن", "سوسک", "سوسکها", "حشره",
                    "حشرات", "موش", "موشها", "ویروس", "سرطان", "طاعون", "کثافت", "کثافتها", "کثافتا",
                    "آشغال", "آشغالا", "آشغالها", "زباله", "وحشی", "وحشیها", "وحشیا", "نجس", "نجسها", "کثیف",
                    "کثیفن", "بیماری", "مرض", "کرم", "لجن", "الاغ", "الاغها", "گاو", "گاوها", "شغال",
                    "کفتار", "مار", "افعی", "جانور", "جانورها", "بربر",
                    "شپش", "ملخ", "زالو", "خر", "خونآشام*", "=میمکن", "=میمکند", "خون_مردم", "لاشخور*", "میکروب*", "علف_هرز", "غده_سرطانی", "کنهها", "آدم_نیستن",
                    "آدم_نیستند", "انسان_نیستند", "انسان_نیستن", "آدمیزاد_نیستن"],
        "NEGPRED": ["دروغگو", "دروغگوان", "دروغگوها", "دزد", "دزدها", "دزدن", "دزدا", "تروریست", "تروریستن",
                    "خائن", "خاین", "خائنن", "احمق", "احمقن", "کثیف", "کثیفن", "عقب_مونده", "عقبمونده",
                    "عقب_مانده", "عقبمانده", "وحشی", "تنبل", "قاتل", "قاتلن", "بیشرف", "بی_شرف", "بیشرفن",
                    "بیشعور", "بی_شعور", "بیشعورن", "نفهم", "نفهمن", "پست", "پستن", "فاسد", "فاسدن", "منحرف",
                    "بیمار", "مریض", "خطرناک", "خطرناکن", "بدبخت", "جاهل", "جاهلن", "متعصب", "بیناموس",
                    "بی_ناموس", "مزدور", "مزدورن", "بدترین", "=مشکل", "=مشکلن", "=مشکلند", "مشکلساز*", "مشکل_ساز", "بلا", "ننگ", "عوضی", "عوضیا",
                    "حرومزاده", "لاشی", "گدا", "گداها", "متنفرم", "متنفریم", "نمیشه_اعتماد", "بوی", "بدبو",
                    "قاچاقچی*", "خلافکار*", "جنایتکار*", "تکفیری*", "بتپرست*", "بت_پرست", "عقبافتاده*",
                    "بیفرهنگ*", "بی_فرهنگ", "بیتمدن*", "کمعقل*", "کم_عقل", "ناقصالعقل*", "ناقص_العقل", "احساساتی*",
                    "بیعرضه*", "بی_عرضه", "عرضه*", "کلاهبردار*", "مفتخور*", "بیکاره*", "=داعشن", "=داعشی",
                    "=داعشیان", "=داعشیها", "=داعشیا", "طرفدار_داعش", "زبون_زور", "زبان_زور", "تو_خونشونه",
                    "تو_ذاتشونه", "ذاتشون*", "لیاقت_زندگی", "ننگ*", "آشپزخونه*", "آشپزخانه*", "سر_در_نمیار*",
                    "نمیفهمن", "عقلشون_نمیرسه", "عقلشان_نمیرسد", "خطر_برای", "تهدید_برای", "جاسوس*",
                    "خیانتکار*", "اعتماد_نکنید", "قابل_اعتماد_نیستن", "به_درد_نمیخور*", "بدرد_نمیخور*", "عقل_ندار*",
                    "شعور_ندار*", "=منحرفن", "منحرف*", "مایهی_ننگ", "فاسد*", "=بیمارن", "=مریضن", "نفرین*"],
        "HATE": ["متنفرم", "متنفریم", "متنفر", "بدم_میاد", "حالم_بهم", "حالم_به_هم", "نفرت", "حالمو"],
        "EXCLUDE": ["بیرونشون", "بیرونش", "اخراج", "اخراجشون", "برگردن", "برگردند", "برگردید",
                    "گمشن", "گم_شن", "گمشید", "گورشونو", "گورشون", "ممنوع",
                    "دیپورت", "بفرستید", "بفرستیم", "بفرستن", "پاکسازی", "پاک_سازی", "راه_ندید",
                    "نباید_باشن", "کشور_خودشون", "کشورشون", "ولایتشون", "جمع_کنید", "جمعشون", "باید_برن",
                    "باید_برگردن", "باید_بیرون", "برن_بیرون", "=نذارید", "=نذارن", "=نذاریم", "=نگذارید", "طرد*",
                    "تابعیتشون_لغو", "تابعیتشونو_لغو", "لغو_تابعیت", "=بیرونشون", "بیرون_کنید", "بیرون_بریزید",
                    "ریشهکن*", "ریشه_کن", "=اخراجشون", "بیرون_کرد*", "بیرون_کن*", "بیرون_بنداز*",
                    "بیرون_انداخت*", "بیرونشون_کن*", "از_کشور_بیرون", "از_ایران_بیرون", "گورشونو_گم", "نباید_راه",
                    "راهشون_ندید", "دیپورتشون*", "=اخراجشان", "تبعید*", "جمعشون_کن*"],
        "INSULT": ["رقتانگیز", "ترسو", "بیارزش", "ترول", "قلمبهمزد", "بیمغز", "مغزمرده", "بیعقل", "احمق", "خر", "الاغ", "نادان", "بیشعور", "بی_شعور", "کثافت", "آشغال", "عوضی", "پست",
                   "حرومزاده", "حرامزاده", "گاو", "خائن", "خاین", "مزدور", "بیناموس", "بی_ناموس", "کودن",
                   "ابله", "دیوانه", "روانی", "بیشرف", "بی_شرف", "نفهم", "بیسواد", "بی_سواد", "دروغگو",
                   "دلقک", "مرتیکه", "لاشی", "کصخل", "کسخل", "اسکل", "گوساله", "بزغاله", "جاکش", "پفیوز",
                   "بیغیرت", "بی_غیرت", "حقیر", "ذلیل", "بدبخت", "بیچاره", "سگ", "خوک", "حیوون", "حیوان",
                   "شغال", "کفتار", "بیمصرف", "ریقو", "هالو", "خنگ", "چلغوز", "جیره_خوار", "جیرهخوار",
                   "نوکر", "مفتخور", "منافق", "ریاکار", "شیاد", "کلاهبردار", "گوه", "کودن", "بیخاصیت",
                   "سادهلوح"],
        "PROF": ["کسشعر", "کصشعر", "جق", "جلق", "کیر", "کیرم", "کیری", "کس", "کسکش", "کصکش", "کسخل", "کصخل", "کون", "کونی", "جنده",
                 "جندە", "گوه", "گه", "مادرجنده", "کسننت", "کس_ننت", "لاشی", "گایید", "گاییدم", "میگام",
                 "بگام", "ریدم", "ریدی", "حرومزاده", "حرامزاده", "جاکش", "پدرسگ", "پدر_سگ", "خارکسده",
                 "خارکصده", "کیرم_تو", "کونده", "کونکش", "تخمی", "تخم", "شاش", "ریدن", "گوهخوری",
                 "مادرقحبه", "قحبه", "پتیاره", "زنازاده", "لعنت", "لعنتی", "گندش_بزنن",
                 "گند_بزنن", "گندت_بزنن", "گور_بابای", "گور_بابا", "گور_پدر*", "مردهشور*", "مرده_شور*", "تف_به"],
        "VULG": ["جق", "جلق", "حشری", "شهوت", "ممه*", "=سینههاش", "=سینههاشو", "=سینههات", "=کونش", "=کونشو", "=کونت", "=کونتو", "تو_رختخواب", "عکس_لخت", "عکس_لختی", "لختی",
                 "سکس*", "پورن*", "شق_کرد*", "راست_کردم", "ساک_بزن*", "ساک_زدن", "=بکنمش", "=بکنیمش", "سکسی", "کیر", "کیرم", "کیری", "کس", "کسکش", "کصکش", "کون", "کونی", "جنده", "مادرجنده", "کسننت",
                 "گایید", "گاییدم", "میگام", "بگام", "خارکسده", "خارکصده", "کونده", "تخمی", "سکس", "سکسی",
                 "پورن", "برهنه", "لخت", "قحبه", "مادرقحبه", "پتیاره", "فاحشه"],
        f"SLUR:{RACISM}": ["عرب_سوسمارخور", "سوسمارخور", "سوسمار_خور", "ملخخور", "ملخ_خور", "کاکاسیاه",
                           "کاکا_سیاه", "کرد_خر", "ترک_خر", "لر_خر", "کولی"],
        f"SLUR:{XENOPHOBIA}": ["افغانی_کثیف", "افغانی_خر"],
        f"SLUR:{RELIGION}": ["جهود*", "مجوس", "رافضی", "ناصبی", "وهابی", "وهابیها", "کافر", "کفار", "نجس", "یهودی_کثیف",
                             "ضاله", "فرقه_ضاله", "آخوند_کثیف"],
        f"SLUR:{HOMOPHOBIA}": ["کونی", "کونیها", "همجنسباز", "همجنس_باز", "اوا", "اواخواهر", "ابنه", "ابنهای"],
        f"SLUR:{SEXISM}": ["ضعیفه", "جنده", "فاحشه", "هرزه", "قحبه", "پتیاره", "سلیطه"],
        # group words that are mostly something else (کرد: "did"): a group only with an abusive word
        # right beside them (harm.py), never a target or a neutral mention
        "AMBIG": ["=کرد", "=کردی"],
        "SEXPRED": ["نمیتونن*", "نمیتونه", "بلد_نیستن", "بلد_نیست", "بلدن", "=عقل", "=عقلشون", "عقل_ندار*",
                    "به_درد", "بدرد", "=غر", "غرغر*", "قیافه*", "خوشگلی*", "آشپزخونه*", "آشپزخانه*", "بچهداری*",
                    "ضعیف*", "احساساتی*", "ناقص*", "کمعقل*", "=نمیفهمن", "=نمیفهمه", "=شوهر",
                    "=زیر_دست", "جنس_دوم", "فقط_برای", "سر_درنمیار*", "=درنمیارن",
                    "=سردرنمیارن", "ظرف_بشور*", "ظرفشویی*", "بره_ظرف*", "برن_ظرف*", "بره_آشپزخونه",
                    "برن_آشپزخونه", "جاشون_تو_خونه*", "جاش_تو_خونه*", "گریه_میکن*", "=زنونه", "خونه_بمون*", "خانه_بمان*", "=شوهرداری", "خانهداری*", "خونهداری*"],
        "REJECT": ["نژادپرست", "نژادپرستانه", "نژادپرستی", "نفرت_پراکنی", "نفرتپراکنی", "زشت", "غلط",
                   "شرم", "شرمآور", "شرم_آور", "قابل_قبول", "محکوم", "محکومه", "توهینآمیز",
                   "توهین_آمیز", "تبعیض", "افتضاح", "مسخره", "بیشرمانه", "بی_شرمانه", "کثیف", "ننگه",
                   "ننگ", "بسه", "بس", "زننده", "مخالفم", "مخالفیم", "توهین*", "تحریک*", "گزارش_بشه", "گزارش_کنید", "ریپورت*",
                   "خجالت_میکشم", "شرمم", "شرمنده*", "نفرتانگیز*", "نفرت_انگیز", "قبول_ندارم", "حرف_زشت"],
        "SAY": ["میگن", "میگه", "میگید", "گفتن", "گفته", "گفت", "میگویند", "میگوید", "خطاب", "بنامیم",
                "نامیدن", "صدا_زدن", "بگیم", "بگی", "بگن", "نوشته", "نوشت", "مینویسه", "شعار", "جمله",
                "حرف", "حرفای", "عبارت", "تعبیر", "لقب", "اینکه"],
        "COPULA": ["تو", "شما", "او", "اون", "این", "آن", "یه", "یک", "واقعا", "واقعاً", "یک", "خیلی",
                   "عجب", "چه", "مثل", "مثه", "عین", "همشون", "هستی", "هستید", "است", "هست", "ای",
                   "هستن", "هستند", "بود", "بودن", "نویسنده", "خبرنگار", "یارو", "مرتیکه"],
    },
}

# Persian forms a short entry + suffix would produce that are other, ordinary words (harm.py): کسی is
# "someone", not کس + ی; کسا/کسان "people"; کسیه "is someone"
FA_NOT_FORMS = frozenset({"توی", "توان", "تون", "توش", "توشون", "کسی", "کسا", "کسای", "کسان", "کسیان", "کسیه", "کسها", "کسهای", "ترکیه", "ترکیان",
                          "ترکان", "ترکی", "زنان_", "سیاهی", "لری"})

# Threats that need no structure: intimidation and death wishes, written as token sequences.
# "_" joins tokens; each phrase is matched on the normalised token stream.
PHRASES = {
    "en": {
        "THREAT": ["know where you live", "know where u live", "find where you live", "find out where you live",
                   "found where you live", "know where your family", "know where your kids", "know your address",
                   "know where he lives", "know where she lives", "find where he lives", "find where she lives",
                   "know where they live", "watch your back", "your days are numbered", "you are dead",
                   "youre dead", "ur dead", "you will regret",
                   "youll regret", "sleep with one eye open", "coming for you", "come for you", "i will find you",
                   "we will find you", "ill find you", "well find you", "we know where you", "i know where you",
                   "dead man walking", "dead meat", "death to", "hope you die", "hope he dies", "hope she dies",
                   "hope they die", "kill yourself", "kys", "go die", "die in a fire",
                   "deserves a bullet", "deserve a bullet", "needs a bullet", "bullet in his head",
                   "bullet in your head", "bullet in her head", "bullet between", "against the wall",
                   "line them up", "line them all up",
                   "string him up", "string them up", "string her up", "hang him", "hang them", "hang her",
                   "shoot him", "shoot them", "shoot her", "shoot you", "kill him", "kill them", "kill her",
                   "kill you", "kill u", "kill all", "kill every", "burn them", "burn him",
                   "gas them", "behead him", "behead them", "you have been warned",
                   "youve been warned", "last warning",
                   "you wont see it coming", "break your legs", "break your neck", "break your face",
                   "smash your face", "cut your throat", "slit your throat", "blow your head", "blow his head",
                   "blow their heads", "wipe them out",
                   "wipe them off", "wipe out the", "wipe out all", "should be shot", "should be killed",
                   "should be hanged", "should be hung", "should be executed", "should be burned",
                   "should be lynched", "should be beheaded", "should be gassed", "should be exterminated",
                   "should be stoned", "must be killed", "must be shot", "must be hanged", "must be executed",
                   "need to be shot", "needs to be shot", "need to be killed", "needs to be killed",
                   "deserve to die", "deserves to die", "deserve to be abused", "deserves to be abused",
                   "deserve to be beaten", "deserves to be beaten", "deserve to be raped", "deserves to be raped", "ought to be shot",
                   "should die", "must die", "should all die", "you will die", "u will die", "youll die",
                   "you will all die", "should be put down",
                   "one bullet"],
    },
    "ar": {
        "THREAT": ["اعرف وين تسکن", "اعرف وين ساکن", "اعرف بيتک", "نعرف بيتک", "نعرف وين", "اعرف وين",
                   "اعرف عنوانک", "نعرف عنوانک", "نعرف مکانک", "نعرف اين", "اعرف اين تسکن", "ايامک معدوده",
                   "راح تندم", "رح تندم", "سوف تندم", "ستندم", "دمک حلال", "دمه حلال", "دمهم حلال",
                   "الموت ل", "الموت لل", "الموت الي", "انتظر ردنا", "انتظرونا", "جايينک", "جاييکم",
                   "بنجيک", "بنوصلک", "سنصل اليک", "سنصل اليکم", "سنجدک", "ساجدک", "راح نلاقيک",
                   "الله ياخذک", "الله ياخذه", "الله ياخذهم", "يستاهل الموت", "يستحق الموت", "يستحقون الموت",
                   "يستاهل الذبح", "يستحق الذبح", "يستاهل القتل", "يستحق القتل", "يستحق الاعدام",
                   "يستحقون الاعدام", "يستحقون الذبح", "لازم ينذبح", "لازم ينقتل", "لازم يموت", "لازم يموتو",
                   "يجب قتله", "يجب قتلهم", "يجب اعدامه", "يجب اعدامهم", "يجب ذبحهم", "يجب حرقهم",
                   "رصاصه في راسه", "رصاصه براسه", "رصاصه في راسک", "طلقه في راسه", "طلقه براسک",
                   "اقسم بالله لاقتلک", "والله لاقتلک", "والله لاذبحک", "راح اقتلک", "رح اقتلک", "راح نقتلکم",
                   "راح اذبحک", "راح نذبحکم", "سنقتلک", "سنقتلکم", "ساقتلک", "سنذبحک", "سنذبحکم",
                   "سنحرقکم", "سنحرقک", "ساذبحک", "ساحرقک"],
    },
    "tr": {
        "THREAT": ["nerede oturduğunu biliyorum", "nerede oturdugunu biliyorum", "nerede yaşadığını biliyorum",
                   "nerede yasadigini biliyorum", "evini biliyorum", "evini biliyoruz", "adresini biliyorum",
                   "adresini biliyoruz", "adresin bizde", "seni bulacağım", "seni bulacagim", "seni buluruz",
                   "seni bulacağız", "seni bulacagiz", "bulacağız seni", "bulucam seni", "seni bulucam",
                   "günlerin sayılı", "gunlerin sayili", "pişman olacaksın", "pisman olacaksin",
                   "pişman edeceğim", "pisman edecegim", "arkanı kolla", "arkani kolla", "kanını içeceğim",
                   "kanini icecegim", "kanını dökeceğim", "kanını akıtacağız", "sıra sende", "sira sende",
                   "sıra sana gelecek", "hesabını soracağız", "hesabini soracagiz", "hesabını soracağım",
                   "gününü göreceksin", "gununu goreceksin", "seni gebertirim", "seni geberteceğim",
                   "seni öldürürüm", "seni oldururum", "seni öldüreceğim", "seni olduregecegim",
                   "seni öldürücem", "seni oldurucem", "kafana sıkarım", "kafana sikarim", "kafasına sıkın",
                   "kafasına sıkmak lazım", "kurşunu hak ediyor", "kurşuna dizilmeli", "kursuna dizilmeli",
                   "kurşuna dizin", "idam edilmeli", "asılmalı", "asilmali", "ölümü hak ediyor",
                   "ölümü hak ediyorlar", "olumu hak ediyor", "ölmeyi hak ediyor", "gebermeli", "geber",
                   "gebersin", "gebersinler", "ölsün", "olsun_diye", "ölsünler", "allah belanı versin",
                   "allah belasını versin", "kahrolsun", "kahrolsunlar", "ölüm olsun", "hepsini öldürün",
                   "hepsini oldurun", "hepsini yakın", "hepsini asın", "hepsi asılmalı", "hepsi ölmeli",
                   "bacaklarını kıracağım", "bacaklarini kiracagim", "ağzını burnunu kırarım", "seni keseceğim",
                   "kafanı keseceğim", "kafani kesecegim", "kafasını kesin", "kafalarını kesin", "evini yakarız",
                   "evini yakacağız", "evlerini yakın", "yakıp yıkın", "yakın yıkın", "günleri sayılı", "gunleri sayili", "günleriniz sayılı", "günü sayılı", "sonun yakın", "sonunuz yakın", "sonun geldi", "sonunuz geldi", "sıran gelecek", "sıranız gelecek", "sırası gelecek", "sıra size de gelecek", "sıra ona da gelecek", "kefenini hazırla*", "kefeninizi hazırla*", "kefenini hazirla*", "mezarını kaz*", "mezarını hazırla*", "sağ çıkama*", "sag cikama*", "sağ kurtulama*", "canlı çıkama*", "sağ bırakmay*", "seni yaşatma*", "sizi yaşatma*", "onu yaşatma*", "onları yaşatma*", "canına okuyacağ*", "canına okurum", "canına okuruz", "canınıza okuyacağ*", "canina okuyacag*", "canını alacağ*", "canını alırım", "canını yakacağ*", "canını yakarım", "icabına bakacağ*", "icabına bakın", "icabına bakılmalı", "icabına bakarız", "icabına bakarım", "hakkından geleceğ*", "hakkından gelinmeli", "hakkından geliriz", "işini bitireceğ*", "işini bitirin", "işini bitirmeli*", "işini bitirelim", "işini bitiririz", "işini bitirsin*", "ananı ağlatacağ*", "ananı ağlatırım", "ananı ağlatırız", "anasını ağlatacağ*", "ananızı ağlat*", "anani aglatacag*", "kemiklerini kıracağ*", "kemiklerini kırarım", "dişlerini dökeceğ*", "dişlerini dökerim", "bacağını kıracağ*", "bacaklarını kırarım", "kanla ödeyecek*", "kanla ödeyeceksin*", "kanıyla ödeyecek*", "kanla odeyecek*", "sonunu göremeyeceksin*", "yarını göremeyeceksin*", "sabahı göremeyeceksin*", "bayramı göremeyeceksin*", "kapına geleceğ*", "kapına geliriz", "kapına dayanacağ*", "kapını çalacağ*", "gözümüz üzerinde*",  "seni izliyoruz", "seni izliyorum",  "idam edilsin*", "idam edin", "kurşuna dizilmeli*", "kurşuna dizilsin*", "kurşuna dizeceğ*", "kurşuna dizeriz", "seni gebertecek*", "seni öldürecek*", "hesabını vereceksin*", "hesap vereceksin*", "hesabini vereceksin*", "bedelini ödeyeceksin*", "bedelini odeyeceksin*", "bedelini ağır ödeyecek*", "gününü göstereceğ*", "gününü gösteririm", "gününü gösteririz", "gununu gosterecegim", "doğduğuna pişman*", "doguna pisman*", "dogduguna pisman*", "elimden kurtulama*", "elimizden kurtulama*", "elime düşeceksin", "elime düşersin", "elimize düşeceksin", "kaçacak yerin yok", "kaçacak yeriniz yok", "kaçacak deliğin yok", "benden kaçamaz*", "bizden kaçamaz*", "tehdit değil söz", "tehdit degil soz", "seninle görüşeceğiz", "seninle görüşeceğim", "görüşeceğiz seninle", "seninle hesaplaşacağ*", "sizinle hesaplaşacağ*", "yaşamayı hak etmiyor*", "yasamayi hak etmiyor*", "yaşamaya hakkı yok*", "yaşamaya layık değil*", "yaşama hakkı yok*", "nefes almayı hak etmiyor*", "allah canını alsın", "allah canini alsin", "canı çıksın", "kanser olsun*", "kanser olup geber*", "ölüsünü göreyim", "ölünü göreyim", "ölüsünü görelim", "olusunu goreyim", "ölüsünü görmek istiyorum",  "kan akacak", "kan gövdeyi götürecek", "kanınızı dökeceğ*", "kanlarını dökeceğ*", "kanlarını akıtacağ*", "kanını akıtacağ*", "mezar olacak", "mezarınız olacak", "mezarın olacak", "mezarları olacak",  "arkana bak*", "arkanı kollasan*", "dikkatli olsan iyi olur", "dikkatli olsanız iyi olur", "kendini kollasan iyi olur", "sıradaki sensin", "siradaki sensin", "sıradaki sizsiniz", "sen de öleceksin", "hepiniz öleceksiniz", "hepinizi öldüreceğ*", "hepinizi gebert*", "hepinizi keseceğ*", "hepinizi yakacağ*", "hepinizi asacağ*", "tek tek öldüreceğ*", "tek tek keseceğ*", "tek tek vuracağ*", "tek tek asacağ*", "tek tek avlayacağ*", "kafanıza sıkacağ*", "kafana sıkacağ*", "kafana sikacag*", "alnının ortasından*", "alnından vuracağ*", "iki gözünün ortasından*", "boynunu vuracağ*", "ensesinden vur*", "evinizi yakacağ*", "evlerinizi yakacağ*", "evini yakın", "evini yakalım", "evlerini yakalım", "ofisini yakın", "dükkanını yakın", "arabasını yakın", "binasını yakın", "köyünü yakın", "köylerini yakın", "onu yakın", "onları yakın", "evini ateşe ver*", "binayı ateşe ver*", "ofisi basın", "ofisini basın", "gazeteyi basın", "basıp yakın", "basıp öldürün", "sokakta linç*", "meydanda linç*", "meydanda as*", "direğe as*", "ağaca as*", "elektrik direğine as*", "darağacına*", "idam sehpasına*", "kurşuna dizilmesi*", "kafasına kurşun sık*", "duvara dizin", "duvara dizilmeli*", "son uyarın", "son uyarımız", "bu son uyarı", "son kez uyarıyorum", "seni uyarıyorum", "uyarıyorum seni", "sizi uyarıyoruz", "ayağını denk al", "ayağınızı denk alın", "ayagini denk al", "haddini bildireceğ*", "haddinizi bildireceğ*", "kaza süsü ver*", "başına gelecekleri", "başına bir şey gelecek", "başına bir iş gelecek", "cesedini bulur*", "cesedin bulunur", "cesedini kimse bulama*", "cesedin bile bulunma*", "ölü bulunursan", "ölü bulunacaksın", "mezar taşını hazırla*", "tabutunu hazırla*", "tabutunu ısmarla*", "bir gece ansızın gel*", "ansızın gelebiliriz", "kapını çalarız", "kapınızı çalacağ*", "kapına dayan*", "belanı bulacaksın", "belanı bulursun", "belanızı bulacaksınız", "belasını bulacak", "seni izliyor*", "sizi izliyor*", "nerede olduğunu biliyorum", "nerede olduğunu biliyoruz", "nerede olduğunu iyi biliyorum", "nerede olduğunu iyi biliyoruz", "nereye gittiğini biliyorum", "nereye gittiğini biliyoruz", "seni bekliyor olacağız", "seni sokakta bekli*", "seni bulmak zor değil", "seni bulmamız zor değil", "seni bulmak kolay", "seni bulması kolay", "kolayca buluruz", "elimizden kaçamaz*", "sana da sıra gelecek", "sıra sana da gelecek", "senin de sıran gelecek", "senin de sonun", "sonun onun gibi olacak", "sonun da aynı olacak", "akıbetin aynı olacak", "aynı akıbet*", "aynı sonu yaşayacak*", "yüzerken bulurlar", "ölü bulurlar", "seni ölü bulur*", "senin için iyi bitmeyecek", "iyi bitmeyecek senin için", "sonun iyi olmayacak", "sonun kötü olacak", "sonunuz kötü olacak", "sonun kötü olur", "sonunuz kötü olur", "seni bir daha göremeyecek*", "seni bir daha kimse göremeyecek", "sizi bir daha göremeyecek*", "adamlarımız her yerde", "her yerde adamlarımız var", "her köşede adamlarımız", "ağlayan olmaz", "ağlayanı olmaz", "arkasından ağlayan olmaz", "kimse kurtaramayacak", "kimse kurtaramaz*", "sizi kimse kurtaramaz", "seni kimse kurtaramaz", "kimse şaşırmasın"],
    },
    "fa": {
        "THREAT": ["میدونم کجا زندگی میکنی", "میدونم کجا زندگی میکنید", "میدونم خونت کجاست",
                   "میدونم خونه ات کجاست", "میدانم کجا زندگی میکنی", "خونتو بلدم", "خونتو میدونم", "آدرستو دارم",
                   "آدرستو داریم", "آدرست رو دارم", "آدرس خونتو", "پیدات میکنم", "پیدات میکنیم", "پیدات کنم",
                   "روزهات به شماره افتاده", "روزات به شماره", "پشیمون میشی", "پشیمان خواهی شد", "پشیمونت میکنم",
                   "منتظر باش", "منتظرم باش", "حسابتو میرسم",
                   "حسابتو میرسیم", "حسابشو میرسیم", "حسابشونو میرسیم", "خونت حلاله", "خونش حلاله",
                   "خونشون حلاله", "خونش حلال", "مرگ بر", "اعدامش کنید", "اعدامشون کنید", "باید اعدام بشه",
                   "باید اعدام بشن", "باید اعدام شود", "باید اعدام شوند", "باید کشته بشه", "باید کشته بشن",
                   "باید کشته شود", "باید کشته شوند", "باید بمیره", "باید بمیرن", "باید بمیرند", "حقش مرگه",
                   "حقشون مرگه", "لیاقتش مرگه", "لیاقتشون مرگه", "باید دارش زد", "باید دارشون زد",
                   "باید به دار", "میکشمت", "بکشمت", "میکشیمت", "میکشیمتون", "میکشمتون", "خفت میکنم",
                   "خفتون میکنیم", "میزنمت", "سرتو میبرم", "سرشو میبرم", "سرشونو ببرید", "سرشو ببرید",
                   "بسوزونیمشون", "آتیششون بزنید", "آتیشش بزنید", "آتش بزنید", "بکشیدشون", "همشونو بکشید",
                   "همه رو بکشید", "گلوله تو سرش", "گلوله تو سرت", "یه گلوله", "تیربارونشون کنید",
                   "تیربارانشان کنید", "پاهاتو میشکنم", "دستتو میشکنم", "دهنتو سرویس میکنم",
                   "دهنتو صاف میکنم", "میام سراغت", "میایم سراغت", "سراغت میام", "سراغتون میایم",
                   # "you will not stay / come back alive"
                   "زنده نمیمونی", "زنده نمیمونید", "زنده نمیمونه", "زنده نمیمونن", "زنده نمیذارم", "زنده نمیذاریم",
                   "زندت نمیذارم", "زندت نمیذاریم", "زندتون نمیذاریم", "زنده برنمیگردی", "زنده برنمیگردید",
                   "زنده برنمیگرده", "زنده برمیگردی یا نه", "زنده بیرون نمیای", "زنده نخواهی ماند",
                   "زنده نخواهید ماند", "زنده نمیمانی",
                   # "your days are numbered", "you're a dead man"
                   "روزاش به شماره", "روزاشون به شماره", "روزهاش به شماره", "روزهات به شماره", "روزاتون به شماره",
                   "روزهاتون به شماره", "روزهاشون به شماره", "روزهایت به شماره", "تو مردهای", "شما مردهاید",
                   "دیگه مردهست", "دیگه مردهای", "مرده حساب میشی", "مردهی متحرک", "دیگه مردی",
                   # blood for blood
                   "با خون میدن", "با خون میدی", "با خون پس میدن", "با خون پس میدی", "با خونشون پس میدن",
                   "با خونت پس میدی", "با خونتون پس میدید", "با خونشون میدن", "با خونت میدی", "خونتو میریزم",
                   "خونتو میریزیم", "خونشونو میریزیم", "خونشونو بریزید", "خونتونو میریزیم",
                   # "they'll find your body", "you'll see what happens to you"
                   "پیدات میکنن", "جنازتو", "جنازت پیدا", "جنازتون", "جسدتو پیدا", "تا ببینی چی میشه",
                   "تا ببینی چه میشه", "ببین چی به سرت میاد", "چی به سرت میاد", "چه بلایی سرت", "بلایی سرت میارم",
                   "بلایی سرت میاریم", "بلایی سرتون میاریم", "یه بلایی سرت", "به صلاحت نیست", "به نفعت نیست",
                   "به صلاحتون نیست", "به نفعتون نیست", "مواظب بچههات باش", "مراقب بچههات باش",
                   "مراقب خانوادت باش", "مواظب خانوادت باش",
                   # body-part threats, no mercy, your blood on your own head
                   "دندوناتو خرد", "دندوناتو میریزم", "دندوناتو تو دهنت", "گردنتو میشکنم", "گردنتو خرد",
                   "استخوناتو خرد", "استخوناتو میشکنم", "فکتو میارم پایین", "فکتو پایین میارم", "لهت میکنم",
                   "لهتون میکنیم", "لهش میکنم", "رحم نمیکنیم", "رحم نمیکنم", "بهت رحم نمی", "بهتون رحم نمی",
                   "خونت گردن خودته", "خونت پای خودته", "خونتون پای خودتونه", "خونشون پای خودشونه",
                   "خونتون گردن خودتونه", "هیچکس زنده نمیمونه", "هیچ کس زنده نمیمونه", "کسی زنده نمیمونه",
                   "یه نفرم زنده نمیمونه", "یک نفر هم زنده نمیماند",
                   "حواسمون بهت هست", "حواسمون بهتون هست", "چشممون بهته", "چشممون روته", "زیر نظرت داریم",
                   "زیر نظر داریمت", "زیر نظرتون داریم", "تحت نظری", "تحت نظر مایی", "میدونیم کجا کار میکنی",
                   "میدونم کجا کار میکنی", "میدونیم کجا میری", "میدونیم کی میری", "میدونیم ساعت چند",
                   "میدونم ساعت چند", "میدانیم کجا زندگی میکنی", "میدانیم کجا کار میکنی", "یه حلبچه", "حلبچهی دیگه", "حلبچه دیگه", "یه انفال", "انفال دیگه", "یه شنگال", "شنگال دیگه",
                   "یه هولوکاست", "هولوکاست دیگه", "از تنت جدا", "از تنش جدا", "از بدنت جدا", "منتظر مرگ باش",
                   "منتظر مرگت باش", "منتظر گلوله باش", "گیرت میارم", "گیرت بیارم", "گیرتون میاریم",
                   "گیرتون بیاریم", "دستم بهت برسه", "دستمون بهت برسه", "دستم بهتون برسه", "دستمون بهتون برسه",
                   "تو مغزت خالی", "تو سرت خالی", "تو مغزش خالی", "تو سرش خالی", "مغزتو بترکون*", "مغزشو بترکون*",
                   "مغزتو میترکون*", "حسابشونو برس*", "حسابشون رو برس*", "حسابشونو میرس*", "حسابتو برس*",
                   "خونشونو میریز*", "خونشون رو میریز*", "خونتو میریز*", "خونتون رو میریز*", "حواست باشه چی",
                   "مواظب باش چی مینویسی", "مراقب حرفات باش", "مواظب حرفات باش", "مواظب حرف زدنت باش", "جنازهت", "جنازهتو", "جنازتو", "جنازت", "جنازهتون", "جنازتونو",
                   "جسدت", "جسدتو"],
    },
}

# Insults that are whole phrases ("son of a bitch"); each is a personal attack wherever it stands.
for _lang, _phrases in {
    "en": ["son of a bitch", "sons of bitches", "piece of shit", "piece of garbage", "piece of trash",
           "waste of space", "waste of oxygen", "shut up", "shut the fuck up", "go to hell", "fuck you", "fuck off",
           "screw you", "f off", "eat shit", "suck my", "up yours", "get lost"],
    "ar": ["ابن الکلب", "ابن کلب", "ولاد الکلب", "ابن الحرام", "ابن حرام", "ابن الشرموطه",
           "ابن القحبه", "يلعن ابوک", "يلعن ابوکم", "يلعن امک", "يلعن دينک", "کس امک", "کسمک", "انقلع",
           "انچب", "اسکت يا", "اخرس", "تفو عليک", "الله يلعنک", "الله يلعنکم", "الله ياخذک"],
    "tr": ["orospu çocuğu", "orospu cocugu", "orosbu çocuğu", "piç kurusu", "pic kurusu", "ananı sikeyim",
           "anani sikeyim", "ananı sikerim", "siktir git", "siktir lan", "defol git", "kapa çeneni",
           "kapa ceneni", "sus lan", "şerefsiz herif", "it oğlu it", "it oglu it", "allah belanı versin",
           "senin ananı", "senin ağzına", "yavşak herif", "o ç", "orospu evladı", "orospu evladi", "it herif",
           "siktir ol", "siktirin gidin", "kafayı mı yedin", "kafayi mi yedin", "beynini sikeyim",
           "ağzına sıçayım", "agzina sicayim", "ağzını sikeyim", "gerizekalı mısın", "salak mısın",
           "aptal mısın", "mal mısın", "yüzüne tükürürüm", "suratına tükürürüm", "tükürüyorum yüzüne"],
    "fa": ["پدر سگ", "پدرسگ", "مادر جنده", "مادرجنده", "خفه شو", "خفه شید", "گمشو", "گم شو", "برو گمشو",
           "کس ننت", "کسننت", "خاک بر سرت", "خاک تو سرت", "خاکبرسرت", "بی ناموس", "بیناموس", "مرتیکه",
           "زنیکه", "گه نخور", "گوه نخور", "خفه خون", "دهنتو ببند", "ریدم دهنت", "تف به روت", "تف تو روت",
           "عقلت کجا رفته", "عقل نداری", "مغز نداری", "مغزت کار نمیکنه", "عقلتو از دست دادی", "شعور نداری",
           "کیرم تو دهنت", "ریدم تو دهنت", "ریدم به", "گه خوردی", "گوه خوردی", "خفه شو دیگه"],
}.items():
    PHRASES[_lang]["ATTACK"] = _phrases


# Intimidation by knowing where someone lives (harm.py rule 2b): an object of the addressee's life
# (DOXOBJ; in ar, tr and fa already in the second person) and a verb of knowing, finding or watching.
_DOX = {
    "en": ({"DOXOBJ": ["address", "house", "home", "school", "kids", "children", "family", "wife", "husband",
                       "daughter", "son", "sister", "sisters", "brother", "father", "dad", "mother", "mum", "mom",
                       "parents", "number", "car", "office", "street", "flat", "apartment", "workplace"],
            "DOXVERB": ["know", "knew", "found", "find", "got", "have", "seen", "watching", "following",
                        "followed", "hello", "round", "posted", "post", "leak", "leaked", "photos", "pictures",
                        "visit", "visited", "waiting", "alone", "happens", "hard"]}),
    "ar": ({"DOXOBJ": ["~بيتک", "~عنوانک", "~ولادک", "~اولادک", "~عايلتک", "~اهلک", "~اختک", "~اخوک",
                       "~ابوک", "=امک", "=لامک", "=وامک", "=بامک", "~زوجتک", "~سيارتک", "~مکتبک", "~شارعک"],
            "DOXVERB": ["~نعرف", "~اعرف", "~عندنا", "~صورنا", "~شفنا", "~نلقاه", "~لقينا", "~نراقب",
                        "سلملی*", "سلمولی*", "سلملنا*", "سلم_علی", "سلم_لی", "سلم_لنا", "سلمو_علی", "سلمی_علی", "سلمو_لنا", "~انشره", "~ننشر", "~وصلنا", "~شوف", "~وحدک"]}),
    "tr": ({"DOXOBJ": ["evini", "evin", "evinin", "evinizi", "evinizin", "evinizin", "adresin*", "adresiniz*",
                       "çocuklarının", "cocuklarinin", "çocuklarını", "çocuğunu", "çocuğunun", "cocugunu",
                       "aileni", "ailenin", "ailenizi", "kardeşinin", "kardesinin", "kardeşini", "kardesini",
                       "babana", "babanı", "babanın", "annene", "anneni", "annenin", "eşini", "eşinin", "esini",
                       "karını", "karının", "kızını", "kızının", "kizini", "oğlunu", "oğlunun", "oglunu",
                       "arabanı", "arabanın", "arabani", "plakanı", "plakan", "okulunu", "okulun", "işyerin*",
                       "isyerin*", "ofisini", "ofisin", "numaranı", "numaran", "numarani", "telefonunu",
                       "kapını", "kapina", "kapına", "oturduğunu", "oturdugunu", "yaşadığını", "yasadigini",
                       "çalıştığını", "calistigini", "geçtiğini", "gectigini", "gittiğini", "gittigini", "kaldığını",
                       "kaldigini", "yürüdüğünü", "çıktığını", "ciktigini", "okuduğu_okulu", "kimliğini", "kimlik_bilgilerini", "sevgilini",
                       "sevgilinin", "okulunun", "iş_yerini", "evinin_önünde", "eşinle", "çocuklarınla", "kapının",
                       "kapınızın"],
            "DOXVERB": ["biliyoruz", "biliyorum", "bulduk", "buldum", "bulmak", "bulmamız", "bulacağız",
                        "bulacagiz", "buluruz", "bulmuşuz", "öğrendik", "öğrendim", "ogrendik", "elimizde",
                        "izliyoruz", "izliyorum", "takip_ediyoruz", "takip_ediyorum", "takipteyiz", "takipteyim",
                        "selam*", "paylaşırız", "paylaşacağız", "paylaşacağım", "paylaşayım", "paylaşalım",
                        "paylaştık", "paylasiriz", "paylasacagiz", "fotoğraf*", "foto*",
                        "çektik", "çektim", "cektik", "yalnız*", "gördük", "gördüm", "dolaşıyor*", "dolasiyor*",
                        "grupta", "herkeste", "yayınlarız", "yayınlayalım", "yazayım", "yazalım", "sızdı*",
                        "geleceğiz", "gelecegiz", "geliriz", "geleceğim", "gelirim", "çalacağız", "dayanacağız",
                        "dağıtacağ*", "yayacağ*", "ifşa_ed*", "ifşa*", "sızdıracağ*", "sızdırırız", "internete*",
                        "herkese*", "herkes_görecek", "not_aldık", "not_aldım", "kaydettik", "kaydettim",
                        "fotoğrafladık", "önündeyiz", "önündeyim", "bekliyoruz", "bekliyorum", "bekleyeceğiz",
                        "olacağız", "olacağım", "geliyoruz", "geliyorum"]}),
    "fa": ({"DOXOBJ": ["~خونت", "~خونهت", "~آدرست", "~بچههات", "~خانوادت", "~خواهرت", "~بابات",
                       "~مادرت", "~ماشینت", "~دفترت", "~مدرسهی_بچه", "~دخترت", "~پسرت",
                       "=زنت", "=زنتو", "~همسرت", "~شوهرت", "~محلت", "~کوچت", "~خیابونت", "~دانشگاهت", "~کارتو",
                       "~محل_کارت", "~موبایلت", "~شمارت", "~شمارهت", "~پلاک", "~آدرس", "~خونوادت", "~خونهی",
                       "~خانوادهت", "~خانوادهات", "~خونوادهت", "~اطلاعاتتو", "~شخصیتو", "~اطلاعات_شخصی",
                       "~رفتوآمدت", "~رفت_و_آمدت", "~مسیرت", "~محل_زندگیت", "~محل_زندگیتو", "~بچههاتو"],
            "DOXVERB": ["~میدونیم", "~میدونم", "~داریم", "~پیدا", "~عکس", "~سلام", "~تنها", "~دستبه",
                        "~دیدیمت", "~دیدمت", "~دیدیم", "~دستمونه", "~دستمه", "~بلدیم", "~بلدم", "~میشناسیم",
                        "~شناسایی", "~دنبالت", "~زیرنظر", "زیر_نظر", "~تعقیب", "=جلوی", "~منتظر", "~میایم",
                        "~لو_دادیم", "~پخش"]}),
}
for _lang, (_tags,) in ((k, (v,)) for k, v in _DOX.items()):
    for _tag, _entries in _tags.items():
        LEXICON[_lang][_tag] = _entries
# Words of exclusion that need a negation before them: "no Arab should be ALLOWED", "they don't BELONG"
for _lang, _entries in {"en": ["allowed", "welcome", "belong", "place"], "ar": ["~يسمح", "~مکان"],
                        "tr": ["yer", "izin*", "hakları"], "fa": ["اجازه", "جایی", "جا", "ثبتنام*", "ثبت_نام", "=رای", "رای_بد*", "=رانندگی",
                                                            "تحصیل*", "=دانشگاه", "=ورود", "=اقامت", "شهروندی",
                                                            "=ورزشگاه", "=قضاوت", "=ریاست", "=ازدواج", "=بذارن",
                                                            "=بذارید", "=بذاریم", "=بدن", "هیچ_حقی", "حق_ندارن", "حق_ندارند", "استخدام*",
                                                            "=راهشون"]}.items():
    LEXICON[_lang]["EXCLNEG"] = _entries

# Violent idioms: the violent word in them is not an act ("I'd kill for a tea", "this traffic is
# killing me", "the striker destroyed the defence" is left to the target rule). A VIOLENT or DIE token
# inside one of these phrases starts no threat.
for _lang, _phrases in {
    "en": ["kill for", "killing me", "killing it", "killed it", "kills me", "kill time", "killing time",
           "dying to", "die for", "to die for", "dying for", "dead tired", "dead serious", "shoot for",
           "shoot a video", "shoot the breeze", "blown away", "blow my mind", "blew my mind", "bombed the exam",
           "slaughtered them in", "murder on", "beat around the bush", "burn the midnight oil", "killer app",
           "dressed to kill", "kill two birds", "could kill for", "would kill for", "id kill for", "ill kill for"],
    "ar": ["موت ضحك", "يموت ضحك", "اموت فيك", "اموت فيه", "اموت عليك", "تموت عليه", "قتلني الضحك", "ذبحني الحر",
           "ذبحني البرد", "موتني ضحك", "قتلتني الزحمه", "ذبحتني الزحمه"],
    "tr": ["gülmekten öldüm", "gulmekten oldum", "gülmekten öldüm", "ölüyorum", "öldürdü beni", "yaktın beni",
           "kafayı yedim", "ölürüm sana", "öleyim", "bayıldım", "kurban kes*", "kafa patlat*", "gol patlat*",
           "kahkaha patlat*", "bomba gibi", "bomba haber", "bombayı patlat*", "ortalığı yak*", "yerle bir",
           "öldürücü bir", "zaman öldür*", "vakit öldür*", "beni öldürüyor", "bizi öldürüyor", "canımı yak*",
           "ciğerimi yak*", "içimi yak*", "yüreğimi yak*", "gönlümü yak*", "beni yaktı", "dilimi yak*",
           "pabucunu dama at*", "ipini çek*", "topa tut*", "bombardımanına tut*", "soru bombardıman*",
           "kurşun geçirmez*", "bıçak sırtı*", "bıçak kemiğe*", "öldüresiye çalış*", "patlatacağım kafa*",
           "vur abalıya", "vurun abalıya", "vur abaliya",
           # a shot is a vaccine or an injection: "aşı vurdurmalısın"
           "aşı vur*", "aşısı vur*", "asi vur*", "iğne vur*", "igne vur*", "iğnesi vur*", "serum vur*",
           # words that begin like a violent stem: asil (noble), idame (keeping up), başvurmak (to apply),
           # breath taken away by beauty
           "asil*", "asıl*", "idame*", "baş vur*", "bas vur*", "nefes kesil*", "nefesler kesil*",
           "nefesim kesil*"],
    "fa": ["مردم از خنده", "مُردم از خنده", "کشته مرده", "کشتی منو", "دلم ضعف", "میمیرم براش", "میمیرم برات",
           "ترکوندی", "ترکوند", "منفجر شدم از خنده", "ترافیک منو کشت", "این گرما منو کشت", "مغزمو منفجر",
           "مغزم منفجر", "مغزم داره منفجر", "سرم منفجر", "سرم داره منفجر", "دلم منفجر", "از خنده منفجر",
           "منو کشت از خنده", "خودمو میکشم", "خودمو بکشم", "میمیرم از", "مردم از", "کشته مردشم", "جونمو گرفت",
           "طول میکش*", "طول کشید*", "طول بکش*", "پر میکش*", "پر کشید*", "دست کشید*",
           "کنار بکش*", "کنار کشید*", "داد میکش*", "داد کشید*", "نقشه میکش*", "نقشه کشید*", "صف کشید*",
           "عذاب میکش*", "عذاب کشید*", "درد میکش*", "درد کشید*", "زجر میکش*", "زجر کشید*", "آه میکش*", "آه کشید*",
           "سیگار میکش*", "سیگار بکش*", "سیگار کشید*", "قلیون میکش*", "قلیان میکش*", "نفس میکش*", "نفس بکش*",
           "نفس کشید*", "خجالت بکش*", "خجالت میکش*", "خجالت کشید*", "زحمت میکش*", "زحمت بکش*", "زحمت کشید*",
           "انتظار میکش*", "انتظار کشید*", "دراز بکش*", "دراز کشید*", "بیرون کشید*", "بیرون بکش*", "پس کشید*",
           "جیغ میکش*", "جیغ کشید*", "خط بکش*", "خط کشید*", "تیر میکش*", "رنج میکش*", "رنج کشید*", "سختی میکش*",
           "سختی کشید*", "منت میکش*", "ناز میکش*", "دلم برات", "دلم براش", "حریفو له", "حریف رو له", "رقیبو له",
           "دق میدی", "دقم میدی", "دق داد*", "آتیش به جونم", "آتیشم زد*", "کشتی مارو", "منو میکشی",
           # کشیدن (pull, bear, smoke) with what is pulled, borne or smoked, and where to
           "استرس میکش*", "استرس کشید*", "غصه میکش*", "غصه بکش*", "غصه کشید*", "شیشه میکش*", "شیشه بکش*",
           "تریاک میکش*", "علف میکش*", "علف بکش*", "پیپ میکش*", "هرچی میکش*", "هر_چی میکش*", "دست شما میکش*",
           "دست تو میکش*", "دست اینا میکش*",
           "بکش* کنار", "میکش* کنار"],
}.items():
    PHRASES[_lang]["IDIOM"] = _phrases


# ---- English: wider coverage (issue 9). Appended here, after the shared blocks above, so that
# edits to the other languages' sections never conflict with these. Entries follow the syntax above.
_EN_MORE = {
    # violent acts done to a person, with their inflections; the ambiguous ones ("attack", "smash",
    # "eliminate") are also TARGETED: they count only with a person or group as target nearby
    "VIOLENT": ["hangs", "hang_the", "hang_these", "hang_those", "hang_all", "hang_every", "hang_you", "hang_em",
                "hang_him", "hang_her", "hang_them", "bombs", "bombard*", "firebomb*", "fire_bomb", "napalm",
                "molotov*", "grenade*", "nuke", "nuked", "nuking", "genocide", "ethnic_cleansing",
                "exterminating", "obliterate*", "eradicate*", "eliminate", "eliminated", "eliminating",
                "mutilate*", "dismember*", "maim", "maimed", "maiming", "disembowel*", "impale*", "lynching",
                "gut_them", "gut_him", "gut_her", "gut_you", "skin_them", "skin_him", "skin_her",
                "bury_them", "bury_him", "bury_her", "bury_you", "buried_alive", "bury_alive",
                "stone_to_death", "stoned_to_death", "stone_them", "stone_him", "stone_her", "stoning",
                "gun_them_down", "gun_him_down", "gun_her_down", "gunned_down", "mowed_down", "mow_them_down",
                "machine_gun", "machinegun*", "ran_over", "run_them_over", "run_him_over", "run_her_over",
                "blow_them_up", "blow_him_up", "blow_her_up", "blow_you_up", "blow_it_up", "blowing_up",
                "blown_up", "beat_him_up", "beat_her_up", "beat_them_up", "beat_you_up", "beat_the_shit",
                "beat_the_crap", "beat_the_hell", "beaten_to_death", "beat_him_to", "beat_her_to",
                "beat_them_to", "kick_their_heads", "kick_his_head", "kick_your_head", "bash_their",
                "bash_his", "bash_your", "break_your", "break_his", "break_her", "break_every_bone",
                "punched", "punching", "slap", "slapped", "stomp", "stomped", "curbstomp*", "strangling",
                "suffocate*", "smother*", "drowned", "poison", "poisoned", "kidnap*", "abduct*", "noose*",
                "gallows", "firing_squad", "guillotine*", "set_alight", "set_ablaze", "incinerate*",
                "burn_down", "burn_it_down", "torching", "slit_their", "slit_his", "slit_her", "slit_your",
                "cut_their_throats", "cut_his_throat", "cut_her_throat", "chop_their", "chop_his", "chop_her",
                "chop_off", "behead", "storm_the", "drag_them_out", "drag_him_out", "drag_her_out",
                "drag_them_through", "drag_him_through", "drag_her_through", "finish_them_off",
                "finish_him_off", "finish_her_off", "finish_you_off", "finish_off", "wipe_them_out",
                "wiped_out", "wiped_off", "wipe_off", "wipe_them_off", "off_the_map", "into_the_sea",
                "put_down", "put_a_bullet", "pull_the_trigger", "take_up_arms", "pick_up_arms",
                "bloodbath", "bloodshed", "shed_blood", "spill_blood", "spill_their_blood", "attack",
                "attacks", "attacked", "attacking", "smash", "eliminate", "eradicate", "poison", "kidnap",
                "slap", "storm_the", "nuke"],
    "TARGETED": ["attack", "attacks", "attacked", "attacking", "smash", "eliminate", "eliminated",
                 "eliminating", "eradicate*", "obliterate*", "poison", "poisoned", "kidnap*", "abduct*", "slap",
                 "slapped", "storm_the", "nuke", "nuked", "nuking", "bombard*", "put_down", "stomp", "stomped",
                 "punched", "punching", "smother*", "drowned", "blown_up", "blowing_up", "ran_over"],
    # dying and death, for death wishes ("I'd rather he were dead", "better off dead")
    "DIE": ["dead", "died"],
    # moods of intent, wish and call; "solution"/"answer" for "the only solution is to bomb..."
    "MOOD": ["have_to", "has_to", "got_to", "oughta", "shouldve", "may_they", "may_he", "may_she", "may_you",
             "may_god", "may_allah", "pray", "praying", "inshallah", "ready_to", "willing_to", "love_to",
             "finna", "tryna", "solution", "answer", "only_way", "why_not",
             "youd", "theyd", "rather", "would_rather", "id_rather", "itll", "someone_oughta"],
    "PERSON": ["em", "presenters", "anchors", "hosts", "host", "correspondent*", "blogger*", "pundit*",
               "broadcaster*", "traitors", "collaborators", "lawmakers", "councillors", "councilors",
               "officials", "politicians", "mps", "senators", "ministers", "sheikh*", "cleric*", "ayatollah*",
               "emir", "commander*", "governors", "mayors", "judges", "prosecutor*", "lawyer*", "doctor*",
               "teacher*", "contractor*", "businessman", "businessmen", "nobody_who", "somebody_who",
               "himself", "herself", "themselves", "anybody", "anyone_who", "whoever"],
    # identity groups
    f"GROUP:{RACISM}": ["black_folks", "white_people", "asian_people", "arab_people", "kurdish_people",
                        "jewish_people", "dark_skinned", "darker_skinned", "somalis", "nigerians",
                        "ethiopians", "egyptians", "palestinians", "israelis", "saudis", "bedouins", "bedouin",
                        "yemenis", "sudanese", "libyans", "moroccans", "algerians", "azeris", "chechens",
                        "pashtuns", "hazaras", "tajiks", "uzbeks", "turkmens", "baluchis", "balochis", "roma_people",
                        "gypsy", "romani", "bangladeshis", "filipinos", "indonesians", "africans", "asian",
                        "african", "hispanic", "latino", "latinas", "mexican", "chinese_people",
                        "chaldeans", "shabak", "lurs", "gilakis", "arabian"],
    f"GROUP:{XENOPHOBIA}": ["asylum_seekers", "asylum_seeker", "illegals", "newcomers", "displaced_people",
                            "idps", "foreign_workers", "migrant_workers", "guest_workers", "syrian_refugees",
                            "afghan_refugees", "illegal_immigrants", "illegal_aliens"],
    f"GROUP:{RELIGION}": ["jew", "mormons", "sikhs", "buddhists", "protestants", "catholic", "evangelicals",
                          "copts", "coptic", "alawites", "alawis", "ismailis", "ahmadis", "ahmadiyya", "kakai",
                          "kakais", "mandaeans", "sabians", "zoroastrian", "wahhabis", "salafis", "believers",
                          "religious_people", "orthodox_jews", "assyrian_christians", "christian_people",
                          "muslim_people", "jewish", "shias", "shi_a"],
    f"GROUP:{SEXISM}": ["woman", "womens", "girl", "gals", "wife", "mothers", "daughters", "sisters",
                        "female_journalists", "women_journalists", "female_politicians", "women_politicians",
                        "women_drivers", "female_drivers", "feminist", "housewives", "broads", "chicks"],
    f"GROUP:{HOMOPHOBIA}": ["gay_people", "lesbian_women", "bisexual", "bisexuals", "transgenders",
                            "transsexual*", "lgbt_people", "lgbtq_people", "homosexual_men", "same_sex_couples",
                            "pride_marchers", "gay_couples", "effeminate_men"],
    f"GROUP:{OTHER}": ["disabled_people", "the_handicapped", "wheelchair_users", "mentally_ill_people",
                       "the_mentally_ill", "autistic_people", "deaf_people", "blind_people", "old_people",
                       "the_elderly", "poor_people", "the_poor", "homeless_people", "the_homeless"],
    # dehumanising terms
    "DEHUMAN": ["vermins", "rodents", "roach", "cockroaches", "termites", "bacteria", "tumour", "tumor",
                "tumours", "tumors", "infection", "infected", "pestilence", "locusts", "swarm", "swarms",
                "swarming", "invasive", "hordes", "horde", "mongrel", "beast", "subhumanity",
                "not_human", "not_even_human", "arent_human", "are_not_human", "less_than_human",
                "half_human", "sub_human", "cattle", "livestock", "goats", "donkeys", "jackals", "vultures",
                "filthy_animals", "dirty_animals", "breed_like_rabbits", "breed_like_rats",
                "multiply_like", "trash_people", "human_garbage", "human_trash", "human_waste",
                "stray_dogs", "rabid_dogs", "rabid", "dung", "excrement", "feces", "faeces"],
    # sweeping negative claims about a group (including what a group "cannot" do, and stock tropes)
    "NEGPRED": ["cant_think", "cant_analyse", "cant_analyze", "cant_understand", "cant_lead", "cant_handle",
                "cant_govern", "cant_reason", "cant_drive", "cant_manage", "cant_argue", "cant_do_anything",
                "cant_do_maths", "cant_do_math", "cant_control_themselves", "cant_be_leaders",
                "cannot_think", "cannot_analyse", "cannot_analyze", "cannot_understand", "cannot_lead",
                "cannot_handle", "cannot_govern", "cannot_reason", "cannot_drive", "cannot_manage",
                "cannot_control_themselves", "incapable", "unfit", "not_capable", "arent_capable",
                "are_not_capable", "not_fit_to", "arent_fit_to", "too_emotional", "too_stupid", "too_dumb",
                "too_weak", "not_smart_enough", "arent_smart_enough", "have_no_business", "has_no_business",
                "belong_in_the_kitchen", "belong_in_kitchen", "only_good_for", "good_for_nothing",
                "should_stay_home", "should_stay_at_home", "stay_in_the_kitchen", "back_to_the_kitchen",
                "make_me_a_sandwich", "need_a_man", "need_male", "should_obey", "must_obey",
                "idol_worshippers", "idol_worshipers", "idolaters", "idolators", "heretics", "heathens",
                "devil_worshippers", "devil_worshipers", "satanists", "satan_worshippers", "godless",
                "blasphemers", "false_religion", "fake_religion", "death_cult", "brainwashed", "inbred",
                "inbreeding", "deceivers", "deceitful", "treacherous", "two_faced", "greedy",
                "money_grubbing", "control_the_media", "control_the_banks", "run_the_world",
                "control_the_world", "own_the_media", "ashamed_to_exist", "dont_deserve_to_exist",
                "no_right_to_exist", "have_no_right", "shouldnt_be_alive", "should_not_be_alive",
                "child_molesters", "groomers", "grooming", "predators", "mentally_ill", "mental_illness",
                "perversion", "sickness", "sick_people", "unclean", "impure", "savage", "thugs",
                "terrorist_sympathisers", "terrorist_sympathizers", "fifth_column", "traitorous",
                "cowardly", "stingy", "cheap", "arrogant", "dishonest", "corrupt_by_nature", "by_nature",
                "in_their_blood", "in_their_genes", "in_their_dna", "all_the_same", "never_change",
                "cant_be_civilised", "cant_be_civilized", "uncultured", "illiterate", "stupidity",
                "useless_eaters", "welfare_leeches", "scroungers", "spongers", "drain_on", "burden_on"],
    "HATE": ["i_hate", "we_hate", "hate_all", "despise_all", "cant_stand_the", "sick_of_these", "sick_of_the",
             "tired_of_these", "fed_up_with_these", "never_trust_a", "never_trust_the", "dont_trust_the",
             "disgusted_by_the", "wish_there_were_no", "world_without", "better_off_without"],
    "EXCLUDE": ["send_them_back", "send_back", "sent_back", "go_back_where", "back_where_they_came",
                "back_to_their", "back_to_where", "remove_them", "remove_all", "get_them_out", "throw_out",
                "kick_out", "kicked_out", "keep_them_out", "keep_out", "ban_them", "ban_all", "deport_them",
                "strip_them", "stripped_of", "revoke_their", "take_away_their", "no_rights", "no_vote",
                "shouldnt_vote", "shouldnt_be_allowed_to", "should_not_be_allowed", "not_allowed_to",
                "arent_welcome", "are_not_welcome", "not_wanted", "segregate", "close_the_borders",
                "close_the_border", "wall_them", "quarantine_them", "lock_up", "locked_up"],
    "EXCLNEG": ["allowed", "welcome", "belong", "place", "wanted", "tolerated", "accepted", "room"],
    "INSULT": ["dipshit*", "dumbfuck*", "fuckwit*", "shithead*", "douchebag*", "sleazebag*", "dirtbag*",
               "nutjob*", "nutcase*", "crackpot*", "weasel*", "charlatan*", "fraud", "grifter*", "sycophant*",
               "boot_licker", "lapdog*", "toady", "simpleton*", "dolt*", "dunce*", "dullard*", "oaf",
               "pinhead*", "bonehead*", "blockhead*", "knucklehead*", "meathead*", "numbskull*", "twit", "git",
               "prat", "pillock*", "plonker*", "bellend*", "knobhead*", "turd*", "imbecilic", "asinine",
               "deluded", "delusional", "senile", "demented", "deranged", "unhinged", "jackass*", "peabrain*",
               "pea_brained", "birdbrain*", "airhead*", "mouthbreather*", "mouth_breather", "knuckle_dragger",
               "braindead", "brain_dead", "retard*", "ass", "pos", "scumbag*", "halfwits", "morons",
               "cretins", "buffoons", "dimwits", "nitwits", "numpties", "muppets", "lunatics", "psychos",
               "parasites", "crooks", "thugs", "puppets", "stooges", "lackeys", "hypocrites", "sycophants",
               "bootlickers", "cockroach", "rodent", "vermin", "maggot", "leech", "swine", "hyena",
               "degenerates", "lowlifes", "losers", "clowns", "idiots", "frauds"],
    "PROF": ["dipshit*", "dumbfuck*", "fuckwit*", "shithead*", "douchebag*", "effin", "feckin*", "fecking",
             "bollock*", "arse*", "bugger*", "cocksucker*", "jizz*", "sodding", "shite", "shitty", "bitchy",
             "bitching", "dammit", "goddammit", "godamn*", "what_the_hell", "bloody_hell",
             "fuggin*", "phuck*", "phuk*", "fux*", "fucc*", "azz"],
    "VULG": ["jerk_off", "jerking_off", "jerked_off", "jerks_off", "jack_off", "jacking_off", "jacked_off",
             "beat_off", "beating_off", "fap*", "wild_in_bed", "good_in_bed", "great_in_bed", "freak_in_bed",
             "in_the_sack", "into_my_bed", "in_my_bed", "to_bed_with", "get_laid", "getting_laid",
             "got_laid", "bang_her", "banging_her", "bang_him", "tap_that", "hit_that", "ride_me", "ride_him",
             "ride_her", "sit_on_my_face", "on_my_face", "bend_her_over", "bend_you_over", "bent_over",
             "spread_her_legs", "spread_your_legs", "spread_their_legs", "legs_open", "deepthroat*", "milf*",
             "dtf", "booty_call", "cleavage", "sexting", "sext", "sexts", "nsfw", "onlyfans",
             "pornhub", "hentai", "jizz*", "creampie*", "handjob*", "hand_job", "rimjob*", "threesome*",
             "gangbang*", "orgy", "orgies", "stripper*", "striptease", "lap_dance", "aroused",
             "hardon", "erect", "kinky", "fetish*", "bdsm", "bondage", "dominatrix", "lingerie", "panties",
             "thong", "nipple*", "genital*", "clitoris", "labia", "testicle*", "scrotum", "pecker*",
             "schlong*", "shag", "shagging", "shagged", "humping", "grope*", "groping", "fondle*",
             "sexual_favours", "sexual_favors", "sex_with", "have_sex", "having_sex", "sex_tape",
             "dick_pic*", "dickpic*", "send_nudes", "my_dms", "slide_into", "cocksucker*", "blow_me",
             "sperm_bank", "sugar_daddy", "sugar_baby", "hot_singles", "sexy_singles", "hookup*",
             "thirsty_for", "moaning_for", "suck_on", "suck_it", "lick_my", "lick_her", "boob*", "tit",
             "titty", "ass_cheeks", "butt_naked", "strip_for", "undress*", "in_her_panties", "whore*",
             "slutty", "horny"],
    f"SLUR:{RACISM}": ["sand_monkey*", "sandmonkey*", "sand_rat*", "camel_fucker*", "camelfucker*",
                       "goat_fucker*", "goatfucker*", "towel_head*", "rag_head*", "kurdroach*", "arabroach*",
                       "afghanroach*", "paki_bastard*", "abeed", "abid", "kaffir*", "yid", "yids", "heeb*",
                       "hebe", "hebes", "christ_killer*", "jewboy*", "jigaboo*", "sambo*", "golliwog*",
                       "pickaninn*", "tar_baby", "coolie*", "curry_muncher*", "dothead*", "dot_head*", "dago*",
                       "wop", "wops", "spick*", "injun*",
                       "squaw", "squaws", "ching_chong", "chinky", "slant_eye*", "slanteye*", "nignog*", "nig_nog",
                       "jungle_monkey*", "monkey_people", "mud_people", "dune_coon*", "muzzrat*", "muzrat*",
                       "moslem_scum", "shylock*", "gypo*", "pikey*", "kebabs", "wetbacks", "niggah*", "n1gga*"],
    f"SLUR:{HOMOPHOBIA}": ["faggy", "bumboy*", "bum_boy*", "shirtlifter*", "shirt_lifter*", "fudgepacker*",
                           "fudge_packer*", "carpet_muncher*", "carpetmuncher*", "lezza*", "lezzie*", "troon*",
                           "trannie*", "heshe*", "ladyboy*", "sissy_boy*", "poofs", "poofters",
                           "queerbait*", "homosexualist*", "sodomites"],
    f"SLUR:{SEXISM}": ["femoid*", "foid*", "roastie*", "thots", "hoebag*", "skanky", "cum_dumpster*",
                       "cumdumpster*", "sloots", "sloot", "feminazi*", "breeders", "baby_machine*",
                       "slept_her_way", "sleeping_her_way", "slept_their_way", "diversity_hire",
                       "token_woman", "quota_woman", "only_got_the_job_because", "got_the_job_because_she",
                       "because_shes_pretty", "because_she_is_pretty", "because_shes_a_woman",
                       "because_she_is_a_woman", "women_belong_in", "woman_belongs_in", "make_me_a_sandwich",
                       "back_in_the_kitchen", "get_back_in_the_kitchen"],
    f"SLUR:{RELIGION}": ["muzzy", "muzz", "muzzies", "muslimes", "moslems", "islamonazi*", "muslimin_scum",
                         "kuffs", "kufar", "kaffirs", "infidel_dogs", "rafidhi", "rafidis", "rawafid", "nasibi",
                         "takfiri_dogs", "jew_rats", "jewrat*", "zionazi*", "zio", "zios", "christ_cuck*",
                         "crusader_dogs", "crusader_pigs", "magians", "fire_worshippers", "fire_worshipers",
                         "cow_worshippers", "cow_piss_drinkers", "pisslam", "islamist_scum"],
    f"SLUR:{OTHER}": ["tard", "tards", "spastics", "spazz*", "cripples", "mongs", "windowlicker*", "retardo*",
                      "midget*", "psychos"],
    # counter-speech
    "REJECT": ["antisemitic", "antisemitism", "islamophobic", "islamophobia", "transphobic", "transphobia",
               "misogynist*", "misogyny", "bigoted", "hatemonger*", "slur", "slurs", "incitement", "myth",
               "myths", "stereotype*", "prejudice*", "discriminat*", "dangerous_rhetoric", "not_okay",
               "not_ok", "not_acceptable", "no_place_for", "stand_with", "solidarity", "shocking", "gross",
               "sad_to_see", "sad_to_read", "embarrassing", "dehumanising", "dehumanizing", "report_this",
               "reported", "disgraceful", "pathetic_to"],
    "SAY": ["spreading", "repeat*", "chanting", "joke", "jokes", "joking", "meme*", "rhetoric", "narrative",
            "propaganda", "mocking", "describe*", "portray*", "graffiti", "banner*", "people_who_say",
            "those_who_say", "claiming", "implying", "implies", "use_the_word", "using_the_word", "that_word",
            "this_word", "the_word"],
    # intimidation by knowing where someone lives, works or studies
    "DOXOBJ": ["phone", "phone_number", "plate", "plates", "licence_plate", "license_plate", "route", "commute",
               "gym", "neighbourhood", "neighborhood", "relatives", "cousin", "cousins", "son", "sons",
               "daughters", "niece", "nephew", "kid", "baby", "grandchildren", "workplace", "work_address",
               "home_address", "whereabouts", "location", "village", "building", "shop", "pharmacy",
               "clinic", "mosque", "church", "university", "school_run"],
    "DOXVERB": ["circulating", "going_round", "going_around", "passed_around", "passing_around", "publish",
                "publishing", "published", "leaking", "wasnt_hard_to_find", "not_hard_to_find", "easy_to_find",
                "dox", "doxx*", "doxed", "photographed", "tracked", "track", "tracking", "traced", "trace",
                "knows", "everyone_knows", "we_all_know", "easy_to_find", "hard_to_find", "wasnt_hard",
                "not_hard", "took_seconds", "took_minutes", "keeping_an_eye", "keep_an_eye", "pay_a_visit",
                "drop_by", "stop_by", "drop_in"],
    # a finding that needs no first person: "your address is going round", "wasn't hard to find"
    "DOXFOUND": ["circulating", "going_round", "going_around", "passed_around", "passing_around",
                 "wasnt_hard_to_find", "not_hard_to_find", "easy_to_find", "took_seconds_to_find",
                 "took_minutes_to_find", "everyone_knows_where", "we_all_know_where", "dox", "doxx*", "doxed"],
    # blame of a group in the next sentence: "A woman minister? No wonder nothing works."
    "BLAME": ["no_wonder", "thats_why", "that_explains", "explains_everything", "explains_a_lot", "figures",
              "typical", "what_did_you_expect", "what_do_you_expect", "go_figure", "of_course"],
    # veiled warnings (rule 2c in harm.py): a danger word, said to someone because of what they say
    "WARN": ["see_what_happens", "find_out_what_happens", "accidents_happen", "be_very_careful",
             "watch_yourself", "careful", "dangerous", "risky", "unsafe", "shame",
             "accident", "accidents", "unfortunate", "unlucky", "pity", "tragic", "sad_if", "terrible_if",
             "bad_idea", "mistake", "hazardous", "reckless"],
    "WARNNEG": ["smart", "safe", "wise", "healthy", "a_good_idea", "good_for_you"],
    "VULN": ["alone", "midnight", "night", "nights", "dark", "walking", "walk", "walks", "drive", "driving",
             "home", "kids", "children", "family", "wife", "husband", "car", "street", "streets", "way_home",
             "commute", "outside", "doorstep", "office", "school", "parking", "unprotected", "bodyguard*"],
    "SPEECHTARGET": ["writes_like_you", "write_like_you", "talks_like_you", "talk_like_you", "posts_like_you",
                     "someone_like_you", "people_like_you", "a_journalist_like_you", "a_reporter_like_you",
                     "a_writer_like_you", "someone_who_writes", "someone_who_talks", "if_you_keep",
                     "keep_writing", "keep_talking", "keep_posting", "keep_running_your_mouth",
                     "keep_publishing", "keep_reporting", "keep_this_up", "keep_it_up", "with_a_mouth_like",
                     "a_big_mouth", "your_big_mouth", "your_articles", "your_writing", "your_reporting",
                     "your_posts", "your_comments", "what_you_write", "what_you_wrote", "what_you_say",
                     "what_you_said", "those_articles", "that_article", "your_opinions"],
}
for _tag, _entries in _EN_MORE.items():
    LEXICON["en"].setdefault(_tag, []).extend(_entries)

# whole-phrase threats, insults and idioms, English
# what is said to the addressee ("you won't live to see...") is a threat; the same words about
# others are often a forecast or a story, so most of these are written in the second person
_YOU_WILL = ["you wont", "you will not", "youre not going to", "you are not going to", "u wont"]
_YOU_END = ["youll end up", "you will end up", "youre going to end up", "you are going to end up", "u will end up",
            "youll be", "you will be", "youre gonna be", "youre going to be"]
PHRASES["en"]["THREAT"] += [f"{a} {b}" for a in _YOU_WILL for b in (
    "live to", "live long", "see tomorrow", "see another", "make it home", "walk away", "be walking",
    "be breathing", "be alive", "survive")] + [f"{a} {b}" for a in _YOU_END for b in (
    "dead", "in a ditch", "in a body bag", "in a coffin", "in a grave", "in the river", "six feet under")] + [
    "end up in a ditch", "in a body bag", "six feet under", "6 feet under", "your turn is coming",
    "your turn will come", "his turn is coming", "her turn is coming", "their turn is coming",
    "your time is coming", "your time will come", "make you pay", "youll pay for", "you will pay for",
    "youre going to pay", "you are going to pay", "pay with your life", "pay with his life", "pay with her life",
    "pay with their lives", "pay with your blood", "count your days", "enjoy your last", "say your prayers",
    "say goodbye to your", "not long for this world", "careful what you write", "careful what you say",
    "this is a warning", "consider this a warning", "final warning", "take this as a warning",
    "shame if something happened", "shame if anything happened", "we are coming for", "were coming for",
    "coming after you", "hunt you down", "track you down", "we are watching you", "were watching you",
    "im watching you", "i am watching you", "look over your shoulder", "looking over your shoulder",
    "i will end you", "ill end you", "we will end you", "well end you", "his blood will", "their blood will",
    "blood will flow", "you deserve to die", "deserves a rope", "deserve a rope", "needs a rope",
    "hope you get shot", "hope he gets shot", "hope they get shot", "hope you get killed", "hope he gets killed",
    "hope she gets killed", "hope they get killed", "hope you burn", "hope he burns", "hope they burn",
    "hope you rot", "hope he rots", "hope they rot", "hope you choke", "hope he chokes", "go to hell and die",
    "should be put to death", "should be shot dead", "should be slaughtered", "should be massacred",
    "should be tortured", "should all be shot", "should all be killed", "should all be hanged",
    "should all be executed", "should all be gassed", "must all die", "all deserve to die", "kill them all",
    "kill em all", "kill all of them", "gas them all", "burn them all", "hang them all", "shoot them all",
    "string them all up"]
PHRASES["en"]["ATTACK"] += [
    "dropped on your head", "dropped on his head", "dropped on her head", "dropped on their heads",
    "dropped you on your head", "dropped as a baby", "get a brain", "two brain cells", "one brain cell",
    "single brain cell", "room temperature iq", "iq of a", "iq lower than", "crawl back under",
    "back under your rock", "back to your cave", "learn to read", "go back to school", "do you even read",
    "can you even read", "cant even read", "waste of skin", "waste of air", "nobody asked you",
    "who asked you", "kiss my ass", "bite me", "get a life", "shut your mouth", "shut your trap",
    "shut your face", "paid troll", "paid shill", "no brain", "no brains", "brain of a", "your mother is a",
    "your mom is a", "your mum is a", "yo mama", "son of a whore", "go fuck yourself", "fuck yourself",
    "go screw yourself", "screw yourself", "go to hell", "burn in hell", "rot in hell", "eat a dick",
    "suck a dick", "blow me", "lick my", "kiss my", "you make me sick", "you disgust me",
    "embarrassment to journalism", "disgrace to journalism", "excuse for a human", "excuse of a human",
    "excuse for a journalist", "excuse for a man", "excuse for a reporter", "a joke of a"]
PHRASES["en"]["IDIOM"] += [
    "hang in there", "hang on", "hang out", "hang around", "hang up", "hang tight", "hang of", "hang onto",
    "hang with", "kill the bill", "kill this bill", "kill the deal", "kill the idea", "kill the mood",
    "kill the vibe", "killing the economy", "kill the economy", "kills the economy", "kill the story",
    "killjoy", "overkill", "execute the plan", "execute a plan", "execute their plan", "execute this plan",
    "execute the strategy", "flawless execution", "well executed", "poorly executed", "badly executed",
    "give it a shot", "worth a shot", "a long shot", "big shot", "call the shots", "cheap shot",
    "parting shot", "take a shot at", "shot in the arm", "flu shot", "booster shot", "take a stab",
    "have a stab", "stab in the dark", "bite the bullet", "dodge a bullet", "dodged a bullet",
    "silver bullet", "bullet point", "bullet points", "sweating bullets", "blow off steam", "blowing up my phone",
    "photo shoot", "shoot me a message", "shoot me an email", "shoot your shot", "shoot for the stars",
    "shot down the", "shoots down", "bombed at the box office", "dead wrong", "dead right", "dead set",
    "dead end", "dead heat", "dead last", "dead on", "dead silent", "dead quiet", "dead simple", "dead easy",
    "deadline", "dead in the water", "over my dead body", "beating a dead horse", "flogging a dead horse",
    "dying of laughter", "dying laughing", "died laughing", "i died", "im dead", "im dying", "to die for",
    "die hard", "diehard", "die out", "dying breed", "dying out", "dying industry", "attack the problem",
    "attack the issue", "heart attack", "panic attack", "asthma attack", "cyber attack", "cyberattack",
    "attacked the policy", "attacks the policy", "attack the policy", "attack the argument",
    "attack ads", "attack ad", "smash hit", "smash the record", "smash records", "smash that like",
    "smash the patriarchy", "eliminate poverty", "eliminate corruption", "eliminate the deficit",
    "eradicate poverty", "eradicate corruption", "eradicate polio", "eradicate the disease",
    "poison pill", "poisoned chalice", "storm the charts", "bombshell", "photobomb", "da bomb",
    "the bomb", "kill switch", "slap on the wrist",
    "slap in the face", "burn out", "burnout", "burned out", "burnt out", "burn the midnight",
    "burn bridges", "burning question", "burning issue", "burn rate", "feel the burn"]


# Arabic, second pass (MSA and the Levantine, Iraqi, Gulf and Egyptian forms commenters write): word
# families added to the lists above. Yeh with hamza is read as yeh (harm._ar_fold), so لاجئين and
# لاجيين are one entry; a leading و/ف conjunction is stripped before an exact-word lookup.
_AR_MORE = {
    "VIOLENT": ["~يرجم", "~نرجم", "~يرجمو", "رجم", "رجمه", "رجمهم", "بالرجم", "~تدمير", "~ندمر", "~سندمر",
                "~يدمر", "~دمرو", "~دمرهم", "~قصف", "~نقصف", "~يقصف", "~اغتال", "~اغتيال", "~نغتال",
                "~يغتال", "~سمم", "~نسمم", "~يسمم", "~تسميم", "~نفجر", "~انفجار", "~مفخخ", "~ننحر",
                "~نصلب", "~يصلب", "~نخنق", "~يخنق", "~نطخ", "~يطخ", "~نعلق", "~علقوهم", "~علقوه",
                "~نسحل", "~يسحل", "~تقتل", "~قاتل", "~مقتل", "~جزر", "~مجزر",
                "يباد", "تباد", "~يبادو", "~يبادون", "~تبادو", "~تبادون", "~يبادهم", "~ينبادو", "~ينباد", "~يبيد", "~تبيد", "~ابادتهم", "~بيدوهم", "~يعدمو", "~يتعدم",
                "~قنبل", "~عبوه_ناسفه", "~يتفجر", "~ينفجر", "~نسکت", "~اسکتک", "~نخرس"],
    "MOOD": ["تستاهلون", "يستاهلو", "تستحقون", "يستحقو", "لازمهم", "لازمه", "لازمک", "واجب", "الواجب",
             "يجب_ان", "لازم_ان", "علينا_ان", "عليهم_ان", "عليکم_ان", "لابد_ان", "لا_بد", "من_الواجب",
             "ان_شاء_الله", "ودي", "ودنا", "ابغی", "نبغی", "يارب", "يا_رب", "اللهم", "خلي",
             "خليه", "خلوهم", "خلوه", "بتمنی", "بنتمنی", "حنقوم", "سنقوم", "ساقوم", "نويت",
             "ناوي", "ناويين", "قررت", "قررنا", "موعدنا", "حطو", "حطوا", "ارمو", "ارموا", "دزو", "دزوا",
             "للابد", "قريبا", "قريب"],
    "NEG": ["ليسوا", "ليسو", "لسنا", "لستم", "لست", "مب", "محد", "ماحد", "ولا_احد", "لا_احد", "بلاش", "مانبي", "مابدي", "ما_بدنا", "مو_لازم", "مش_لازم",
            "ماراح", "مارح", "مش_رح", "عمري_ما"],
    "YOU": ["حياتک", "روحک", "نفسک", "حالک", "حضرتک", "جنابک", "انتا", "انته", "انتوا", "امک", "ابوک",
            "اختک", "اخوک", "بنتک", "ابنک", "ولدک", "زوجتک", "مرتک", "عيالک", "سيارتک", "مکتبک", "شغلک",
            "مخک", "عقلک", "دماغک", "راسک"],
    "PERSON": ["~مقدم_البرنامج", "~المحلل", "~المعلق", "~الضيف", "~المدون", "~الناشط",
               "~المسوول", "~المسووله", "هذا_الرجل", "هالرجال", "هالزلمه", "الزلمه", "هالواحد", "هذا_الشخص",
               "هالشخص"],
    "SUBJECT": ["بحسب", "حسب", "وفق", "وفقا", "نقلا", "بيان", "البيان", "الوزاره", "الداخليه", "الدفاع",
                "المرصد", "مصدر", "اعلنت", "افاد", "اکد", "اکدت", "الضربات", "الضربه", "الغاره", "الغارات",
                "الفصايل", "الفصيل", "المليشيات", "العصابات", "العصابه", "الانتحاري", "المهاجمون",
                "المهاجمين", "مقاتلو", "مقاتلي", "عناصر", "مسلحون", "الجهاديين", "الجهاديون", "الثوار",
                "المتمردين", "المتمردون", "الامن", "الاحتلال", "اسفر", "اسفرت", "حصيله", "ضحايا",
                "قتلی", "القتلی", "الجرحی", "جرحی", "مصرع", "مقتل", "سنه"],
    f"GROUP:{RACISM}": ["عربي", "العربي", "اعراب", "الاعراب", "کورد", "~الکورد", "کوردي", "ترکي", "الترکي",
                        "ترکمان", "~ترکماني", "فارسي", "الفارسي", "~ايراني", "يهودي", "~يهودي", "~ارمني",
                        "~افريقيين", "افريقي", "الافريقي", "~افارقه", "~ايزيدي", "~يزيدي", "~اشوري", "~کلداني", "~سرياني", "بدو",
                        "~بدوي", "~غجري"],
    f"GROUP:{XENOPHOBIA}": ["~اللاجی", "~للاجی", "لاجی", "لاجیین", "لاجیون", "لاجیه", "لاجیات", "~مهاجر", "~نازح", "سوري", "سوريين", "السوري", "سوريون", "مصري",
                            "مصريين", "عراقي", "عراقيين", "لبناني", "لبنانيين", "فلسطيني", "فلسطينيين",
                            "اردني", "اردنيين", "سعودي", "سعوديين", "خليجي", "خليجيين", "يمني", "يمنيين",
                            "افغاني", "باکستاني", "هندي", "هنود", "بنغالي", "اجانب", "الوافد",
                            "وافدين", "~العماله_الوافده", "~الجاليه"],
    f"GROUP:{RELIGION}": ["~بهای", "~الصابی", "صابیه", "صابیون", "صابیين", "~مسيحي", "مسلمين", "مسلمون",
                          "~المسلم", "شيعي", "~شيعي", "الشيعه", "~اليهودي", "~الملحد", "ملحدين", "~الدرزي",
                          "~علوي", "~الاقباط", "~قبطي", "~الايزيدي",
                          # السنه alone is mostly "the year": Sunnis when a plural or a pairing follows
                          "السنه_کلهم", "السنه_هم", "السنه_جميعهم", "السنه_اصلا", "السنه_دايما", "سنه_وشيعه",
                          "شيعه_وسنه", "السنه_والشيعه"],
    f"GROUP:{SEXISM}": ["امراه", "امراتين", "نسوان", "حريم", "الحريم", "نسوه", "النسوه", "الاناث", "اناث",
                        "~الستات", "~النسوان", "بنات", "البنات", "~الزوجات", "~الکاتبه",
                        "~النايبه"],
    f"GROUP:{HOMOPHOBIA}": ["المثلي", "مثليين", "مثليون", "~المثليين", "~لواط", "~سحاق", "~الميم",
                            "~ترانس", "~متحول", "~مثلي_الجنس", "~مثليي"],
    f"GROUP:{OTHER}": ["~معاق", "~معوق", "~المتخلفين_عقليا", "~اصحاب_الهمم", "~المکفوفين", "~العميان"],
    "DEHUMAN": ["~يتکاثرون", "~يتکاثرو", "~يتناسلون", "~قطيع", "~قطعان", "~غنم", "~کالکلاب", "~کالحيوانات",
                "~نفايه", "عاله_علی", "~عبء", "~طفيلي", "~جراد", "~کالجراد"],
    "NEGPRED": ["~بدمهم", "~بطبعهم", "طبعهم", "هيک_هم", "هيک_هنن", "هيک_هني", "هيدا_طبعهم", "هذا_طبعهم",
                "~السرقات", "~الجرايم", "~جرايم", "ما_يفهمون", "ما_يفهمو", "ما_بيفهمو", "لا_يفهمون", "ما_يعرفون", "ما_يعرفو", "ما_بيعرفو",
                "لا_يعرفون", "ما_ينفعون", "ما_ينفعو", "ما_منهم_فايده", "ما_فيهم_خير",
                "لا_خير_فيهم", "لا_يوثق_بهم", "ما_ينوثق", "ما_ينوثق_فيهم", "لا_تامن", "لا_تامنو", "لا_تثق",
                "لا_تثقو", "ما_تنامن", "ما_يستاهلون", "لا_يستحقون", "~عاطفيات", "~عاطفيين", "~تکفيري",
                "~کسالی", "~کسولين", "~وسخين", "~قذره", "~متعصبين", "~حاقدين", "~دخلاء", "~محتلين",
                "~يتامرون", "~متامرين", "~ناقصات_عقل", "~ناقصين", "~مکانها_المطبخ",
                "~مکانهن_المطبخ", "~للمطبخ", "~عار_علی"],
    "HATE": ["لا_تامن", "لا_تامنو", "لا_تثق", "لا_تثقو", "ما_اطيق", "ما_نطيق", "ما_اطيقهم", "ما_اتحمل",
             "ما_اتقبل", "~اکرههم", "~اکرهکم", "~نکرههم", "~احتقرهم", "~يقرف", "~يقرفون", "~مقرفين",
             "الله_يلعن", "يلعن"],
    "EXCLUDE": ["~امنعوهم", "~يمنعو", "~منعهم", "~يطردو", "~اطردوهم", "~رجعوهم", "~رحلوهم", "~يترحلو",
                "~نطردهم", "~يتطردو", "~يرجعو_لبلادهم", "~يرجعون_لبلادهم", "~ارجعو_لبلادکم", "~برا_البلد",
                "~برا_بلدنا", "~يطلعو_برا", "~اطلعو_برا", "~يتبرو", "~نتبرا", "~تبرو", "~يتبراو", "~يحرمو_من"],
    "INSULT": ["~ابنالکلب", "~ابنکلب", "~ابنالحرام", "~ابنحرام", "~ابنالقحبه", "~ابنالشرموطه",
               "~ولادالکلب", "~ابنالعاهره", "~حمير", "~متخلف", "~عبيط", "~اهطل", "~وقح", "~سخيف",
               "~مطبل", "~معفن", "~خسيس", "~حثاله", "~نکره", "~جربوع", "~زبال", "~زباله", "~مسخره",
               "~طرطور", "امعه", "امعات", "~بهيمه", "~کلبه", "~ياکلب", "~قليل_الادب", "~قليل_الاصل", "~عديم_الاخلاق",
               "~مريض_نفسي", "~کذابه", "~خاينه", "~حيوانه"],
    "PROF": ["زق", "اتفو", "ياتفو", "تفوو", "طز", "احا", "تبا", "~يلعنک", "~يلعنکم", "~يلعن_ابو",
             "~ابوک_لابو", "~شرموطه", "~عرصه", "~منيوکه", "~کسختک", "~کسمهم", "~کسامک", "~خرا_علی"],
    "VULG": ["~سکسي", "عاري", "عاريه", "~عاريات", "~عاريات", "~هايج", "~هايجه", "~ممحون", "~نهود", "~صدرها_العاري",
             "~نکح", "~ننکح", "~مص_زب", "~قضيب", "~مهبل", "~بزازها", "~طيزها",
             "~جسمها_نار", "~شکلها_نار", "~نيکه", "~اضرب_عشره"],
    "REJECT": ["~استحي", "~مخجل", "~اخجل", "~خرافه", "~اهانه", "~اساءه", "~مسيء", "~للساميه", "~بلغو", "~بلاغ", "~تبليغ", "~ينبلغ", "~بطلو", "~بطلوا", "~کفايه", "~حرام_عليکم",
               "~مقزز", "~مرفوضه", "~لا_يمثل", "~لا_يمثلنا", "~تعميم", "~نمطيه", "~صوره_نمطيه",
               "~خطاب_کراهيه", "~کراهيه", "~عنصريه", "~عنصري"],
    "SAY": ["~کلمه", "~تعليقات", "~تعليق", "~اقرا", "~نقرا", "~يسمون", "~يستخدم", "~تستخدمو", "~يروج",
            "~يزعم", "~زعم", "~ادعاء", "~يدعي", "~نظريه", "~کتب", "~شعارات", "~هتاف", "~هتف",
            "~مقوله", "~ترديد", "~يرددون"],
    "DOXOBJ": ["~رقمک", "~صورک", "~مدرستک", "~شغلک", "~دوامک", "~مکانک", "~بنتک", "~ابنک", "~مرتک",
               "~زوجک", "~عيالک", "~جامعتک", "~حارتک", "~منطقتک", "~بيتکم", "~عنوانکم", "~هاتفک",
               "~تلفونک", "~موبايلک", "~جوالک", "~اطفالک", "~ولدک", "~سکنک", "~وين_تسکن",
               "~وين_تنام", "~وين_ساکن"],
    "DOXVERB": ["~بايدينا", "~بيدنا", "وصلنا", "وصلنالک", "بنوصل", "نوصل", "~نعرفه", "~عرفنا", "~لقيت", "~نشر", "~نوزع",
                "~وزعنا", "~صورنا", "~صورت", "~شفتک", "~شايفک", "~نشوفک", "~نراقبک", "~مراقب", "~ننتظرک",
                "~بانتظارک", "~وحدک", "صار_عند", "صارت_عند", "صار_عندنا", "صار_عندهم", "موجود_عند",
                "موجود_عندنا", "صار_بايد", "صار_بيد", "عند_الکل", "عند_کل"],
}
# dying or killed "of" a feeling: "تموت من الغيظ", "نموتكن من القهر", "قتلني الشوق" (idioms, harm.py)
_AR_MORE["EMOTION"] = ["القهر", "الغيظ", "بغيظ", "بغيظکم", "بغيظک", "بغيظه", "بغيظهم", "غيظ", "غيظا", "الغيره",
                       "الحسد", "حسد", "الضحک", "ضحک", "الجوع", "جوع", "البرد", "الحر", "التعب",
                       "الملل", "ملل", "الزعل", "الشوق", "شوق", "الخوف", "الرعب", "القلق", "الفضول",
                       "حسره", "الحسره", "قهر", "قهرا", "العطش", "النعاس", "الزهق"]
# the addressee leaving or living (second person), and alive: "لن تخرج ... حيا" (harm.py rule 1b)
_AR_MORE["LEAVE"] = ["تخرج", "تطلع", "ترجع", "تعيش", "تبقی", "تروح", "تخرجون", "تطلعون", "ترجعون", "تعيشون",
                     "تخرجوا", "تطلعوا", "ترجعوا", "تخرجو", "تطلعو", "ترجعو", "تظل", "تضل", "تنجو", "تنفد"]
_AR_MORE["ALIVE"] = ["حيا", "حی", "حيه", "احياء", "عايش", "عايشين", "عايشه", "سالم", "سالما", "سالمين",
                     "بسلام", "بروحک", "بجلدک"]
# السنه is "the year" far more often than "the Sunnis": a group only when an abuse predicate stands
# right by it, and no neutral identity mention otherwise (harm.py rule 3)
_AR_MORE["AMBIG"] = ["السنه"]
_AR_MORE[f"GROUP:{RELIGION}"] += ["السنه"]
_AR_MORE[f"SLUR:{RELIGION}"] = [f"{a}_{b}" for a in ("عبده", "عباد", "عبدة") for b in (
    "اصنام", "الاصنام", "البقر", "بقر", "النار", "الحجر", "الحجاره", "القبور", "الصليب")]
# more sweeping claims, exclusions and insults, as word families
_AR_MORE["NEGPRED"] += [f"{m}_{p}" for m in ("مکانهم", "مکانهن", "مکانها", "مکانکم", "مکانکن", "مکانه")
                        for p in ("البيت", "المطبخ", "بالبيت", "بالمطبخ", "في_البيت", "في_المطبخ", "السرير")] + [
    "ما_تصلح", "لا_تصلح", "ما_يصلحون", "ما_يصلحو", "لا_يصلحون", "ما_يصلحن", "ما_تنفع", "لا_تنفع",
    "ما_لهن_عقل", "ما_لهم_عقل", "ما_الهم_عقل", "بلا_عقل", "ما_عندهن_عقل", "ما_عندهم_عقل", "ما_عندهم_شرف",
    "ما_عندهم_اخلاق", "ما_عندهم_ذمه", "ما_يتعلمون", "ما_يتغيرون", "ما_ينصلحون", "عقولهم_صغيره", "عقلها_صغير"]
_AR_MORE["EXCLUDE"] += ["ما_نبي", "ما_نبغی", "مانبي", "ما_بدنا", "مابدنا", "لا_نريد", "ما_نريد", "ما_نبيهم",
                        "ما_بدنا_ياهم", "ما_نريدهم", "لا_نريدهم", "مو_مرحب", "غير_مرحب"]
_AR_MORE[f"GROUP:{RACISM}"] += ["الترک", "للترک", "الترکي", "ترکيه_الاصل", "اکراد", "اتراک", "ارمن", "عجم", "العجم"]
_AR_MORE[f"GROUP:{XENOPHOBIA}"] += ["افغان", "بنغال", "باکستانيين", "هنود", "سودانيين", "صومال", "احباش", "الاحباش"]
_AR_MORE["INSULT"] += ["بشع", "بشعه", "~عديم_الشرف", "~قليل_الشرف", "~عديم_الضمير"]
PHRASES["ar"]["ATTACK"] = PHRASES["ar"]["ATTACK"] + [
    f"{a} {b}" for a in ("عديم", "قليل", "ما عندک", "ماعندک", "ما عندکم") for b in (
        "الشرف", "شرف", "الکرامه", "کرامه", "الاحساس", "احساس", "الذوق", "ذوق", "الضمير", "ضمير", "الاخلاق", "اخلاق",
        "دم", "ذمه", "الذمه", "ناموس", "الناموس")]
# dialect stems: Iraqi/Gulf k for q (اكتلك), Levantine/Egyptian د for ذ (ادبحك), mincing, finishing off
_AR_MORE["VIOLENT"] += ["~اکتل", "~نکتل", "~يکتل", "~انکتل", "~ينکتل", "~دبح", "~افرم", "~نفرم", "~فرمک", "~فرمکم",
                        "~فرمهم",
                        "~ادعسک", "~نسلخ", "~اسلخ", "نولع_فيکم", "نولع_فيهم", "ولعوا_فيهم", "ولعو_فيهم",
                        "ولعوا_فيه", "~يخلص_علیک", "~خلصوا_عليه", "~خلصوا_عليهم", "~خلصو_عليهم"]
# needing, being owed a beating or a bullet ("يبيله رصاصة", "يحتاج ضرب"), coming for someone
_AR_MORE["MOOD"] += ["يبيله", "يبيلهم", "يبيلک", "يبغاله", "يبغالهم", "بده", "بدهم", "بدک", "يحتاج", "يحتاجون",
                     "يحتاجله", "يلزمه", "يلزمهم", "يلزمک", "قادمون", "قادمين", "جايين", "جاي"]
PHRASES["ar"]["THREAT"] = PHRASES["ar"]["THREAT"] + [
    f"{p}{v} {o}" for p in ("", "ه", "ح", "ب", "س", "راح ", "رح ", "سوف ", "والله ", "بدي ")
    for v in ("اخلص", "نخلص", "خلص", "اولع", "نولع", "ولع") for o in ("عليک", "عليکم", "فيک", "فيکم")] + [
    f"{p}{v} منک{x}" for p in ("", "س", "ب", "راح ", "رح ", "سوف ") for v in ("ننتقم", "انتقم", "نثار", "اثار")
    for x in ("", "م")] + [
    f"{v} عبره" for v in ("اخليک", "نخليک", "بخليک", "هخليک", "حخليک", "اخليکم", "نخليکم", "اجعلک", "نجعلک",
                          "ساجعلک", "سنجعلک", "اجعلکم", "سنجعلکم")] + [
    "لاوريک", "لاوريکم", "لافرجيک", "لافرجيکم", "لاربيک", "لاربيکم", "لاعلمک", "رح فرجيک", "راح افرجيک",
    "رح ربيک", "راح اربيک", "والله لاوريک", "الانتقام قادم", "انتقامنا قادم", "ثارنا قادم", "ردنا قادم",
    "الرد قادم", "انتظروا ردنا", "انتظر الرد", "سناخذ بثارنا", "ناخذ بثارنا", "دمه مباح", "دمک مباح",
    "دمهم مباح", "مباح الدم", "رح تشوف شو بيصير", "رح تشوف شو رح يصير", "راح تشوف شو يصير", "بتشوف شو بيصير",
    "ستری ما سيحدث", "ستری ماذا سيحدث", "شو رح يصير فيک", "شو بيصير فيک", "وش بيصير فيک", "ايش بيصير فيک",
    "شو رح يصير لک", "هتشوف هيحصل ايه", "هتشوف هعمل فيک", "تعال لعندي اذا", "تعال اذا رجال", "اطلع اذا رجال"]
# "son of a ...": the insult is in the mother or father named (يا ابن الحلال is a kindness)
PHRASES["ar"]["ATTACK"] = PHRASES["ar"]["ATTACK"] + [
    f"{a} {b}" for a in ("ابن", "بنت", "ولاد", "اولاد", "يابن", "يابنت")
    for b in ("الزانيه", "زانيه", "الفاجره", "فاجره", "العاهره", "عاهره", "المتناکه", "متناکه", "الوسخه", "وسخه",
              "الحيوان", "الخاين", "الخاينه", "الخنزير", "خنزير", "الخنزيره", "الکلب", "کلب", "الکلبه", "کلبه",
              "الحرام", "حرام", "القحبه", "قحبه", "الشرموطه", "شرموطه", "المنيوکه", "منيوکه", "الساقطه", "ساقطه",
              "الزنا", "زنا", "المتعه", "العرص", "الديوث", "ديوث", "الواطيه", "الحماره", "الجزمه")]
# sexist slurs as predicates, and women sent back home
_AR_MORE["NEGPRED"] += ["~عاهرات", "~شراميط", "~قحاب", "~فاجرات", "~فاجره", "~منحلات", "~ساقطات", "~منحرفين",
                        "~منحرفات", "ما_يعرفوا", "ما_يفهموا", "ما_بيعرفوا", "ما_بيفهموا", "ما_يعرفن", "ما_يفهمن",
                        "لا_يفهمن", "ما_بيفهمن", "ما_يعرفوش", "ما_يفهموش", "مبيفهموش"]
_AR_MORE["EXCLUDE"] += [f"{v}_{p}" for v in ("يقعدن", "يقعدو", "يقعدوا", "تقعد", "يلزمن", "تلزم", "يرجعن", "ترجع",
                                              "يبقن", "تبقی", "يجلسن", "تجلس")
                        for p in ("بالبيت", "في_البيت", "في_بيتها", "ببيتها", "ببيوتهن", "في_بيوتهن", "للمطبخ",
                                  "بالمطبخ", "في_المطبخ")]
# Arabizi inside Arabic text ("يا kalb", "يا 7mar"), written as typed: entries fold like the comment
_AR_MORE["INSULT"] += ["7مار", "7يوان", "7قير", "حم4ر", "kalb", "7mar", "7ayawan", "7aywan", "ghabi", "8abi", "zbale", "zbaleh", "tafeh",
                       "7aqeer", "7a2eer", "kazzab", "kazeb", "jahel", "khanzeer", "5anzeer", "wa6i", "wati"]
_AR_MORE["PROF"] += ["khara", "5ara", "sharmoota", "sharmota", "manyak", "manyook", "kosomak", "kos", "zebi",
                     "a7a"]
_AR_MORE["VULG"] += ["sharmoota", "sharmota", "kos", "zebi", "بدون_ملابس", "بلا_ملابس", "بدون_هدوم", "بلا_هدوم",
                     "صور_عاريه", "صور_ساخنه", "فيديوهات_ساخنه", "~سکسيه", "~مکوتها", "~مؤخرتها", "~نهودها",
                     "~فخادها", "~فخذيها", "صدرها_کبير", "~نام_معها", "~انام_معها", "~نام_معک", "~انام_معک",
                     "~ننام_معها", "جسمها_مثير", "جسمک_مثير", "ابعتيلي_صورک", "ارسليلي_صورک", "ابعتيلي_صور",
                     "ارسلي_صورک", "صوريلي_حالک"]
# what tells a news report of violence (harm.py newsy): tolls, victims, the scene, numbers in words
_AR_MORE["NEWS"] = ["شخص", "شخصا", "اشخاص", "مدني", "مدنيين", "مدنيا", "جندي", "جنود", "جنديا", "عنصرا",
                    "قتيل", "قتيلا", "جريح", "جريحا", "مسلحا", "مسلحين", "ضحيه", "ضحايا", "رهاين", "رهاينا",
                    "هجوم", "الهجوم", "هجوما", "اشتباکات", "معارک", "مفخخه", "انتحاري", "عبوه", "ناسفه", "غاره",
                    "عمليه", "سوق", "حي", "قريه", "مدينه", "بلده", "امس", "الليله", "الماضي", "الماضيه", "صباح",
                    "مساء", "فجر", "يوم", "سنه", "عام", "عشر", "عشرات", "مئات", "الاف", "اثنين", "ثلاثه", "اربعه",
                    "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "المرصد", "الشهود", "مصادر", "محليه", "امنيه",
                    "الرسميه", "الروايه", "بيان", "التقرير", "تقرير", "حسب", "بحسب", "وفق", "اعلن", "اعلنت",
                    "افادت", "ذکرت", "نقلت", "اکدت", "قالت", "قال"]
# rhetoric a violent verb can be a metaphor for: "ذبح المتحدث بسؤاله", "قصف الحكومة بجملتين" (harm.py)
_AR_MORE["EMOTION"] += ["بسواله", "بسوالها", "بسوال", "بسوالين", "باسيلته", "باسيلتها", "بالاسيله", "بکلامه",
                        "بکلامها", "بکلمه", "بکلمتين", "بجمله", "بجملتين", "بتعليق", "بتعليقه", "بتعليقها", "برده",
                        "بردها", "بالرد", "بتحليله", "بتحليلها", "بالحجه", "بالمنطق", "بالارقام", "بالنقاش",
                        "بالحوار", "بالمناظره", "بسخريته", "بصوته", "بصوتها", "بادايه", "بادايها", "بهدف",
                        "بهدفين", "بتغريده", "بتغريدته", "بمقاله", "بمقالته", "بالضحک", "مفاجاه", "قنبله_اعلاميه"]
_AR_MORE["VIOLENT"] += ["فجر", "فجرت"]
for _tag, _entries in _AR_MORE.items():
    LEXICON["ar"][_tag] = LEXICON["ar"].get(_tag, []) + _entries

# Arabic stock threats: the addressee told he will pay with his life, will not see tomorrow, is dead,
# has his days numbered; written with the negation, the future and the dialect forms people use ("will
# not get out alive" is harm.py rule 1b).
_AR_THREATS = (
    [f"{neg} {verb}" for neg in ("لن", "فلن", "ما", "مش", "مو", "ماراح", "ما راح", "ما رح", "مارح", "مش رح")
     for verb in ("تشوف بکره", "تشوف الصبح", "تری الغد", "تشهد الغد", "تشوف الشمس", "تلحق تندم")]
    + [f"{pos}{mid} معدوده" for pos in ("ايامه", "ايامهم", "ايامک", "ايامکم", "ايامها", "ساعاتک", "ساعاته",
                                          "ايامکن", "ايامو")
       for mid in ("", " صارت", " باتت", " اصبحت", " صار", " صايره", " بقت")]
    + [f"{pre}{verb} {obj}" for pre in ("", "س", "رح ", "راح ", "ح", "ب")
       for verb in ("تدفع", "تدفعون", "تدفعوا", "تدفعو")
       for obj in ("حياتک", "حياتکم", "روحک", "دمک", "دمکم", "الثمن غالي", "الثمن غاليا", "ثمنها غالي",
                   "الثمن بدمک")]
    + [f"{pre}{verb}" for pre in ("س", "سوف ", "راح ", "رح ", "ب", "ح")
       for verb in ("نلاحقک", "نطاردک", "نلاحقکم", "نطاردکم", "الاحقک", "اطاردک", "نلحقک", "نلقاک", "نلاقيک")]
    + ["انت ميت", "انتم ميتين", "انتو ميتين", "انتي ميته", "انت ميت لا محاله", "ميت لا محاله",
       "ميتين لا محاله", "مقتول لا محاله", "انت في عداد الموتی", "اعتبر نفسک ميت", "اعتبر حالک ميت",
       "اعتبر نفسک في عداد", "نهايتک قربت", "نهايتک قريبه", "قربت نهايتک", "نهايتکم قربت", "راسک مطلوب",
       "راسه مطلوب", "دمک مهدور", "دمه مهدور", "دمهم مهدور", "حلال الدم", "مهدور الدم", "قبرک جاهز",
       "قبرک محفور", "جهزنا قبرک", "حفرنا قبرک", "احفر قبرک", "نکفنک", "کفنک جاهز", "تمشي وحدک",
       "المشي وحدک", "تطلع وحدک", "طالع وحدک", "ماشي وحدک", "وحدک بالليل", "وحدک في الليل", "انتبه علی نفسک",
       "انتبه لنفسک", "دير بالک علی حالک", "خاف علی نفسک", "خاف علی حياتک", "حياتک في خطر", "حياتک بخطر",
       "مو من مصلحتک", "ليس من مصلحتک", "مش من مصلحتک", "حسابک قريب", "حسابک عسير",
       "سنلقنک درسا", "راح نعلمک درس", "رح نربيک", "راح نربيک", "بنربيک", "سنؤدبک", "نکسر راسک",
       "نکسر رجلک", "اکسر راسک", "اکسر رجلک", "اکسر ايدک", "نقص لسانک", "اقص لسانک", "نقطع لسانک",
       "اقطع لسانک", "نقطع راسک", "اقطع راسک", "انتظر مني", "استنی مني", "ناطرينک",
       "رصاصه براسک", "رصاصه في راسک", "طلقه براسه", "رصاصه براسه"]
)
PHRASES["ar"]["THREAT"] = PHRASES["ar"]["THREAT"] + _AR_THREATS
PHRASES["ar"]["ATTACK"] = PHRASES["ar"]["ATTACK"] + [
    f"{a} {b}" for a in ("مخک", "عقلک", "دماغک", "راسک", "مخکم", "عقلکم", "مخه", "عقله")
    for b in ("فاضي", "فاضيه", "فارغ", "صغير", "تعبان", "مضروب", "زي العصفور", "مثل العصفور")] + [
    "ما عندک مخ", "ما عندک عقل", "ماعندک مخ", "ماعندک عقل", "بلا مخ", "بلا عقل", "عديم العقل", "عديم الاخلاق",
    "قليل الادب", "قليل الاصل", "قليل الحيا", "انت ولا شي", "انت نکره", "روح انقلع", "انقلعو", "اطلع برا",
    "يلعن ابو", "يلعن اخت", "يلعن شکلک", "يلعن وجهک", "يلعن روحک", "الله ياخذ", "الله يقلعک", "الله لا يردک",
    "تفو علی", "تفو عليکم", "يا ابن الکلب", "يا ابن الحرام", "يا ابن القحبه", "يا ابن الشرموطه", "يا ولد الکلب",
    "يا حيوان", "يا زباله", "يا حمار", "يا جحش", "يا بهيم", "يا کلب", "يا تافه", "يا حقير", "يا واطي",
    "اسکت يا", "اخرس يا", "انچب يا", "شو هالغباء", "غبي متل", "غبي مثل", "مثل الحمار", "زي الحمار",
    "مثل الحيوان", "زي الحيوان"]
PHRASES["ar"]["IDIOM"] = PHRASES["ar"]["IDIOM"] + [
    f"{a} {b}" for a in ("ميت", "ميتين", "ميته", "ميتون") for b in ("غيره", "من الغيره", "حسد", "من الحسد", "ضحک",
                                                                "من الضحک", "جوع", "من الجوع", "تعب", "من التعب")] + [
    f"{a} {b}" for a in ("ذبح", "ذبحه", "ذبحهم", "ذبحني", "ذبحتني", "قتل", "قتله", "قتلني", "قتلتني", "قصف",
                         "قصفه", "قصفهم", "فجر", "فجرت", "فجرو", "دمر", "دمره", "دمرهم", "سحق", "سحقه", "سحقهم",
                         "حرق", "حرقت")
    for b in ("الجبهه", "جبهته", "جبهتهم", "جبهتها", "بسواله", "بسوال", "بسوالها", "بالنقاش", "بالمناظره", "بالحوار", "بجملتين", "بجمله",
              "بکلمتين", "بکلمه", "بالرد", "برده", "بردها", "بتعليق", "بالتحليل", "بتحليله", "بالحجه",
              "بالمنطق", "بالارقام", "ضحک", "من الضحک", "جبهه", "مفاجاه", "الاسعار", "الاعصاب",
              "اعصابي", "البرد", "الحر", "الملل", "الانتظار", "الفضول", "الشوق", "الوقت")]

# (ar, thirteenth round, written afresh: 58/89 before its changes) word families the round found missing:
# the feminine plural of "they are no good" ("البنات ما ينفعن"), the article-less "worshippers of the
# cross", "a religion of terror", the plural ملاحده; wiping out "from existence", fighting
# them as a verbal noun, shedding blood, "we'll discipline them"; weapons with bi- (sticks and stones);
# "we're coming for you (pl.)", "none of you will remain", "I'll make your mother weep over you"; the
# address "reached me", "waiting for you"; "back to their mountains", "not their land"
LEXICON["ar"]["NEGPRED"] += sorted({
    e[:-2] + "ن" if e.endswith("ون") else e[:-1] + "ن"
    for e in LEXICON["ar"]["NEGPRED"]
    if e.startswith(("ما_ي", "لا_ي", "ما_بي", "مش_بي")) and e.endswith(("ون", "و")) and e.count("_") == 1})
LEXICON["ar"]["NEGPRED"] += [
    "ما_ينفعن", "لا_ينفعن", "ما_بينفعن", "الرغي", "الرغي_والنکد", "النکد", "الثرثره",
    "ما_الهم_امان", "ما_لهم_امان", "مالهم_امان", "ما_الهم_امان", "ما_لهن_امان", "ما_الهم_ذمه",
    "~مشروع_قاتل", "~مشروع_ارهابي", "~مشروع_مجرم"] + [
    f"{a}_{b}" for a in ("دين", "الدين", "ديانه", "ديانته", "دينهم", "ديانتهم") for b in (
        "ارهاب", "الارهاب", "ارهابي", "عنف", "العنف", "قتل", "القتل", "دم", "الدم", "تخلف", "متخلف", "شيطاني",
        "شيطانيه", "کفر", "باطل", "وثني", "وثنيه")]
LEXICON["ar"][f"SLUR:{RELIGION}"] += [f"{a}_{b}" for a in ("عبده", "عباد", "عبدة") for b in (
    "صليب", "شيطان", "الشيطان", "اوثان", "الاوثان", "النيران", "اصنام")]
LEXICON["ar"][f"GROUP:{RELIGION}"] += ["ملاحده", "~الملاحده"]
LEXICON["ar"]["VIOLENT"] += [
    "~نمسحکم", "~امسحکم", "~يمسحکم", "~تمسحکم", "من_الوجود", "~قتالهم", "~قتالکم", "~مقاتلتهم",
    "~نادبهم", "~نادبکم", "~نادبه", "~نادبک", "بادبک", "سادبک", "لادبک", "~سنادبکم"]
# a weapon named as the means (bi-: "with sticks and stones", "with rifles"): violent only with a mood and
# a target, as the other acts; its mood may stand further back in the clause (harm.py, WEAPON)
LEXICON["ar"]["WEAPON"] = ["بالعصي", "بالعصا", "بالهراوات",
                           "بالبنادق", "بالرشاشات", "بالکلاشنکوف", "بالکلاشن", "بالبواريد", "بالمسدسات",
                           "بالمسدس", "بالسکاکين", "بالسکين", "بالسيوف", "بالسواطير", "بالبنزين",
                           "بالاسيد", "بالرصاص"]
LEXICON["ar"]["VIOLENT"] += LEXICON["ar"]["WEAPON"] + [
    f"{v}_{d}" for v in ("سفک", "نسفک", "يسفک", "اسفکوا") for d in ("دمایهم", "دماءهم", "دمهم", "دمایکم", "دماءکم",
                                                              "دمکم", "دمه", "دمک")]
# a prediction after the act ("الذبح قادم", "الموت قادم لكم"): the mood follows the verbal noun
LEXICON["ar"]["MOODAFTER"] = ["قادم", "قادمه", "جاي", "جايه", "جايي", "جايکم", "جايلکم", "بالطريق",
                              "بالطريق_اليکم", "في_الطريق", "ينتظرکم", "ينتظرک", "ينتظرهم"]
# going somewhere to do it: a motion imperative or "let's go" carries the mood of the act that follows
LEXICON["ar"]["MOOD"] += ["روحوا", "روحو", "روحولهم", "قوموا", "قومو", "هبوا", "هبو", "انزلوا", "انزلو",
                          "اطلعولهم", "اطلعوا_لهم", "نروح", "ونروح", "خلونا", "تعالوا_نروح"]
PHRASES["ar"]["THREAT"] += [
    f"{p}{v}" for p in ("", "احنا ", "نحن ") for v in (
        "جايينکم", "جاينکم", "جايينلکم", "جاينلکم", "جايلکم", "جايلک", "جايينلک", "قادمون اليکم", "جايين عليکم",
        "جايين عليک")] + [
    f"{n} {v} {f} {o}" for n in ("ما راح", "ماراح", "ما رح", "مارح", "لن", "مش رح", "ما")
    for v in ("يبقی", "يضل", "يظل", "يتبقی") for f in ("منکم", "منکن") for o in ("حدا", "احد", "احدا", "واحد")] + [
    f"{n} {v} {f} {o}" for n in ("ما راح", "ماراح", "ما رح", "مارح", "لن", "مش رح", "ما", "والله ما")
    for v in ("نخلي", "نترک", "نبقي", "اخلي", "اترک") for f in ("منکم", "منهم") for o in ("حدا", "احد", "احدا")] + [
    f"{c} {k} {w}" for c in ("لاخلي", "لخلي", "بخلي", "رح خلي", "راح اخلي", "رح اخلي", "هخلي", "حخلي", "ساجعل",
                              "سنجعل", "لنخلي", "بنخلي")
    for k in ("امک", "ابوک", "اهلک", "امکم", "اهلکم", "امه", "اهله")
    for w in ("تبکي", "تبچي", "يبکون", "يبکو", "يبچون", "تلبس", "تلطم", "يلطمون", "تنوح", "يترحمو", "يترحمون")]
# the address reached me; waiting for you (Levantine ناطر, Egyptian مستني)
LEXICON["ar"]["DOXOBJ"] += ["~عنوانک", "~عنوانکم"]
LEXICON["ar"]["DOXVERB"] += ["وصلني", "وصلتني", "وصلنی", "~ناطرک", "~ناطرينک", "~مستنيک", "~مستنيينک",
                             "~بستناک", "~نستناک"]
# back to "their" mountains, desert, tents, caves (not their homes or villages, where the displaced
# return); "this is not their land"
LEXICON["ar"]["EXCLUDE"] += [f"{v}_{p}" for v in ("يرجعون", "يرجعوا", "يرجعو", "ارجعوا", "ارجعو", "رجعوهم",
                                                  "يرجعن", "يروحون", "يروحوا", "يروحو", "روحوا", "روحو", "خليهم_يرجعون")
                             for p in ("لجبالهم", "لجبالکم", "لصحراهم", "لصحرايهم", "لصحراکم", "لخيامهم", "لخيمهم",
                                       "لکهوفهم", "لاصلهم", "لبلادکم", "لبلدکم", "لبلدانهم", "لديرتهم", "لاوطانهم")] + [
    f"{n}_{p}" for n in ("مو", "مش", "ليست", "ليس", "موب", "مب") for p in (
        "ارضهم", "بلدهم", "بلادهم", "وطنهم", "ديرتهم", "ارضکم", "بلدکم", "بلادکم", "وطنکم", "ديرتکم")]
# the one who says it, judged for it: "اللي يقول ان ... هو الجاهل", "من يدعو لقتل ... مجرم" (harm.py)
LEXICON["ar"]["WHOSAYS"] = [f"{r}_{s}" for r in ("اللي", "الي", "يلي", "من", "کل_من", "کل_اللي", "کل_الي")
                            for s in ("يقول", "بيقول", "يقولون", "بيقولو", "يدعو", "يدعون", "يحرض", "يحرضون",
                                      "ينادي", "يروج", "يکتب_ان", "يعتبر", "يشوف_ان", "يصف", "يسمي")]
LEXICON["ar"]["JUDGE"] = ["مجرم", "مجرمون", "مجرمين", "جاهل", "الجاهل", "جهله", "غلطان", "غلطانين", "مريض",
                          "مريضه", "المريض", "عنصري", "العنصري", "محاکمته", "محاسبته", "معاقبته", "يحاکم",
                          "يحاسب", "يتحاسب", "ينحاسب", "يعاقب", "يستحق_المحاکمه", "ارهابي", "الارهابي"]
LEXICON["ar"]["NEG"] += ["ملهمش", "مالهمش", "ملهاش", "مالهاش", "معندهمش", "ماعندهمش", "معندهاش"]
LEXICON["ar"]["SUBJECT"] += ["المسلحون", "السلطات", "سلطات"]
# purging a place "of them" and setting a fire (harm.py, the Arabic pre-pass: PURGE with منهم, KINDLE with النار)
LEXICON["ar"]["PURGE"] = ["~طهر", "~نظف"]
LEXICON["ar"]["KINDLE"] = ["~ولع"]

# Arabizi: Arabic typed in Latin letters with digits for the letters Latin lacks (3 = ع, 7 = ح, 2 = ء,
# 5 = خ, 9 = ق). The language identifier reads it as English or Turkish, so these threats and insults
# are added to those languages' phrase lists; none is an English or Turkish word.
_ARABIZI_THREATS = [f"{m}{v}" for m in ("", "ra7 ", "rah ", "ha ", "b", "ba", "la", "sa") for v in (
    "a2tlk", "a2tolak", "a2tlak", "aqtlk", "aqtolak", "aqtlak", "a9tlk", "a9tlak", "agtlk", "atlak", "2atlak",
    "adba7ak", "adb7k", "athba7ak", "ad7ak")] + [
    "ba2tlk", "ba9tlk", "bagtlk", "bdba7ak", "ha2tlak", "hatlak", "hadba7ak", "ra7 n2tlkm", "ra7 nedba7kom",
    "rsasa b rasak", "rsasa brasak", "rasasa b rasak", "rasasa fi rasak", "rsasa fi rasak", "tal2a b rasak",
    "tal2a brasak", "enta mayet", "inta mayet", "enta mait", "inta meyet", "dammak 7alal", "damak 7alal",
    "ayamak ma3doda", "ayamak m3doda", "ra7 tendam", "rah tendam", "ba3ref wen sakin", "ba3ref ween sakin",
    "a3ref wen tskon", "ne3ref betak", "ba3ref betak", "wallah la2tlak", "wallah laqtlak", "wallah ba9tlk",
    "wallah ba2tlk", "wallahi ba2tlak", "wallah laadba7ak"]
_ARABIZI_INSULTS = [
    "ya kalb", "ya 7mar", "ya 7mar", "ya 7ayawan", "ya 7aywan", "ya 7ywan", "ya zbale", "ya zbaleh",
    "ya 7a2eer", "ya 7aqeer", "ya ghabi", "ya 8abi", "ya tafeh", "ya kazeb", "ya kazzab", "ya khara",
    "ya 5ara", "ibn el kalb", "ebn el kalb", "ibn kalb", "ebn kalb", "ibn al kalb", "ibn 7aram", "ebn 7aram",
    "ibn el 7aram", "ebn el 7aram", "ibn sharmoota", "ebn sharmota", "ibn el sharmoota", "enta 7mar",
    "inta 7mar", "enta kalb", "inta kalb", "enta ghabi", "inta ghabi", "tfu 3lek", "tfu 3leik", "tfo 3lek",
    "tfu 3aleik", "tfu 3alek", "tfe 3lek", "kos omak", "kos ommak", "kos emak", "kosomak", "kosommak",
    "yel3an abook", "yel3an abok", "yl3an abok", "yil3an abook", "yel3an dinak", "allah yel3nak", "sharmoota",
    "sharmota", "manyak", "manyook", "mnyok", "khara 3lek", "5ara 3lek", "zebi", "zby", "ayre",
    "ayri feek", "ayri fik"]
for _lang in ("en", "tr"):
    PHRASES[_lang]["THREAT"] = PHRASES[_lang].get("THREAT", []) + _ARABIZI_THREATS
    PHRASES[_lang]["ATTACK"] = PHRASES[_lang].get("ATTACK", []) + _ARABIZI_INSULTS


# Finglish: Persian written in Latin letters. The language identifier calls such a comment English or
# Turkish; harm.py reads it with the Persian lists when at least two of its words are Finglish markers
# (function words and verb forms no English or Turkish text uses) or the Finglish entries below. Each
# entry is spelt once; _finglish_spellings adds the usual alternations (oo/u/ou, gh/q, kh/x, ee/i).
FINGLISH_MARKERS = frozenset({
    "mikonam", "mikonim", "mikoni", "mikone", "mikonan", "mikonid", "mikonin", "bokon", "bokonid", "nakon",
    "nakonid", "dige", "chi", "chera", "chizi", "khodet", "khodam", "khodesh", "khodetoon", "bashid", "sho", "shid",
    "boro", "borid", "bebin", "bebinam", "bebinid", "bebinamet", "bebinimet", "mibinam", "midoonam", "midoonim",
    "nanevisi", "nanevis", "minevisi", "hasti", "hastin", "hastid", "nist", "nistan", "harja", "harki", "hamin",
    "ino", "oono", "una", "inja", "oonja", "vaghean", "aslan", "kheili", "kheyli", "mishe", "nemishe", "bayad",
    "nabayad", "montazer", "ro", "ke", "va", "tu", "yadet", "behet", "azet", "baraye", "mese", "mesle",
    "vase", "vasat", "hichi", "hame", "hamatoon", "hamashoon", "begam", "migam", "migi", "doost", "dari", "daram",
    "nadari", "mikhay", "mikham", "shodi", "shode", "kardi", "karde", "mojri", "mojriye", "khabarnegar", "nevisande",
    "yaroo", "bache", "bacheha",
})
_FINGLISH = {
    "VIOLENT": ["mikoshamet", "mikoshimet", "bekoshamet", "bekoshimet", "mikosham", "mikoshim", "bekoshid",
                "bokoshid", "bekoshim", "bokoshim", "bekoshin", "mikoshamesh", "mikoshimesh", "bekoshidesh",
                "koshtam", "=edam", "edamesh", "edamet", "edameshoon", "=sareto", "=saresho", "=sareshoono",
                "mibooram", "miboorim", "bebooram", "bebooridesh", "lat_o_par", "lato_par", "latopar*",
                "lat_o_paret", "lat_o_paresh", "=golule", "=gholule", "=chaghoo", "=chaghoot", "=tirbaroon",
                "tirbaroonesh*", "=atishet", "=atishesh", "=atisheshoon", "=monfajer", "=nabood", "naboodet*",
                "naboodesh*", "=khafat", "khafat_mikonam", "=khoonet", "=khoonesho", "=maghzet", "=maghzeto"],
    "DIE": ["bemir", "bemiri", "bemire", "bemiran", "bemirid", "=marg", "=margesh", "=marget"],
    "MOOD": ["bayad", "mikham", "mikhaym", "ishala", "inshala", "ishallah", "kash", "=hagheshe", "=haghesh",
             "=haghetoone", "=montazer", "=mikonam", "=mikonim"],
    "NEG": ["=nemikosham", "=nemikoshim", "=hichkas", "=nabayad", "=hargez", "=nemikham"],
    "YOU": ["=to", "=shoma", "=khodet", "=behet", "=azet", "=barat", "=bahat", "=toro", "=shomaro"],
    "PERSON": ["=mojri", "=mojriye", "=khabarnegar", "=khabarnegare", "=nevisande", "=nevisandeye", "=yaroo",
               "=in", "=oon", "=una", "=ina", "=vazir", "=namayande"],
    "INSULT": ["ahmagh*", "kesafat*", "kasafat*", "ashghal*", "bishoor*", "bisharaf*", "olagh*", "=khar", "=khare",
               "=gav", "=gave", "=avazi", "=avazie", "oskol*", "dorooghgoo*", "=nadan", "=kodan", "haroomzade*",
               "harumzade*", "pofyooz*", "bisavad*", "goosale*", "=ablah", "=khaen", "mozdoor*", "=lashi",
               "jakesh*", "binamoos*"],
    "PROF": ["koskesh*", "=kos", "=kose", "koskhol*", "=kir", "=kiram", "=kiri", "=koon", "=kooni", "=koonde",
             "=jende", "=jnde", "=jendeh", "madarjende*", "madar_jende", "pedarsag*", "pedar_sag", "=kosnanat",
             "kos_nanat", "kos_kesh", "=goh", "=gooh", "=ridam", "=ride", "=jakesh", "=haroomzade", "=harumzade",
             "kharkosde*", "=lashi", "=ghahbe", "=tokhmi"],
    "VULG": ["koskesh*", "=kos", "=kir", "=kiram", "=koon", "=kooni", "=jende", "=jnde", "madarjende*",
             "madar_jende", "kos_kesh", "=hashari", "=jagh", "=ghahbe"],
    f"GROUP:{XENOPHOBIA}": ["=afghani", "=afghaniha", "=afghoonia", "=mohajer", "=mohajera", "=panahande"],
    f"GROUP:{RACISM}": ["=arabha", "=araba", "=kordha", "=torka", "=lora", "=balooch", "=baloochha"],
    f"GROUP:{SEXISM}": ["=zanha", "=zana", "=zanaa"],
    f"SLUR:{XENOPHOBIA}": ["=afghooni", "=afghoonia", "=afghooniha"],
    f"SLUR:{HOMOPHOBIA}": ["=kooni", "=koonia", "=ava_khahar"],
    "DEHUMAN": ["=kasif", "=kasifan", "=kasife", "=heyvoon", "=heyvooni", "=heyvoona", "=sag", "=saga", "=khook",
                "=angal", "=angala", "=kesafat", "=ashghal", "=ashghala", "=vahshi", "=vahshia"],
    "NEGPRED": ["=kasif", "=kasifan", "=dozd", "=dozdan", "=dozda", "=kesafat", "=ashghal", "=vahshi",
                "=aghab_moonde", "=aghabmoonde"],
}
_FINGLISH_PHRASES = {
    "THREAT": ["midoonam koja zendegi mikoni", "khoonet halale", "montazer bash", "montazeram bash",
               "sareto mibooram", "sareto miboram", "sareto mibore", "peydat mikonam", "peydat mikonim",
               "zende nemimooni", "rooza't be shomare", "roozat be shomare", "lat o paret mikonam",
               "hesabeto miresam", "pashimoon mishi", "miam soraghet", "golule tu maghzet", "golule too saret",
               "khoonet ro mirizam"],
    "ATTACK": ["gomsho", "boro gomsho", "gom sho", "khafe sho", "khafe show", "khafesho", "khafe khoon",
               "kos nanat", "kosnanat", "pedar sag", "madar jende", "kos kesh", "khak bar saret",
               "khak tu saret", "dahanto bebad", "dahaneto bebband", "tof be rooyat"],
}


def _finglish_spellings(entry):
    """The usual alternative Latin spellings of a Finglish word: oo/u/ou, gh/q, kh/x, ee/i."""
    out = {entry}
    for a, b in (("oo", "u"), ("oo", "ou"), ("gh", "q"), ("kh", "x"), ("ee", "i")):
        out |= {v.replace(a, b) for v in out}
    return out


for _tag, _entries in _FINGLISH.items():
    LEXICON["fa"].setdefault(_tag, [])
    LEXICON["fa"][_tag] = LEXICON["fa"][_tag] + sorted({v for e in _entries for v in _finglish_spellings(e)})
for _tag, _entries in _FINGLISH_PHRASES.items():
    PHRASES["fa"][_tag] = PHRASES["fa"][_tag] + sorted({v for e in _entries for v in _finglish_spellings(e)})

# second round: slang and euphemisms for killing, calls to arms, genocide references, more group tropes
_EN_MORE2 = {
    "VIOLENT": ["kil", "kll", "kiil", "kilz", "pop_a_cap", "bust_a_cap", "cap_in", "end_you", "end_u", "end_him",
                "end_her", "end_them", "end_your_life", "end_ur_life", "whats_coming_to", "what_is_coming_to",
                "in_the_ground", "in_an_early_grave", "early_grave", "teach_them_a_lesson", "teach_him_a_lesson",
                "teach_her_a_lesson", "make_an_example_of", "eye_for_an_eye", "blood_for_blood", "revenge",
                "avenge", "vengeance", "retaliate", "retribution", "crush", "destroy", "tear_them_apart",
                "rip_them_apart", "tear_him_apart", "rip_him_apart", "level_their", "raze", "flatten_their",
                "grab_your_guns", "grab_your_weapons", "arm_yourselves", "pick_up_your_guns", "load_your_guns",
                "lock_and_load", "throw_them_off", "thrown_off", "off_buildings", "off_a_roof", "off_roofs",
                "off_a_building", "pay_dearly", "pay_in_blood", "pay_with_blood", "finish_the_job",
                "finish_what_hitler", "hitler_was_right", "gas_chamber*", "to_the_ovens", "into_the_ovens",
                "another_holocaust", "new_holocaust", "final_solution", "another_anfal", "new_anfal",
                "another_halabja", "another_genocide", "another_massacre", "another_1915", "ethnically_cleanse",
                "cleanse_the", "gets_a_bullet", "get_a_bullet", "get_the_rope", "gets_the_rope", "hunt_down",
                "string_up", "strung_up", "lined_up_and_shot"],
    "TARGETED": ["revenge", "avenge", "vengeance", "retaliate", "retribution", "crush", "destroy", "raze",
                 "end_them", "in_the_ground", "whats_coming_to", "what_is_coming_to", "pay_dearly"],
    # a contest where "crush" and "destroy" are idioms: the debate, the election, the match
    "ARENA": ["in_the_debate", "in_the_election", "in_the_elections", "at_the_polls", "in_the_polls",
              "at_the_ballot", "in_the_vote", "in_court", "in_the_match", "in_the_game", "on_the_pitch",
              "in_the_final", "in_the_league", "in_the_argument", "in_an_argument", "with_facts", "with_arguments",
              "with_logic", "in_the_ratings", "at_the_box_office", "in_the_market", "in_the_next_election",
              "at_the_next_election", "electorally", "politically"],
    f"GROUP:{RELIGION}": ["mosques", "churches", "synagogues", "temples", "shrines", "husseiniyas", "monasteries"],
    f"GROUP:{SEXISM}": ["womans", "womenfolk", "wives"],
    "NEGPRED": ["hags", "hag", "harpies", "shrews", "nags", "gold_diggers", "golddiggers", "attention_seekers",
                "attention_whores", "hysterical", "hormonal", "bossy", "shrill", "weak_minded", "airheads",
                "bimbos", "belong_to_their_husbands", "need_to_be_controlled", "know_their_place",
                "in_their_place", "put_in_their_place", "belong_at_home", "belong_in_the_home",
                "place_is_in_the_home", "place_is_in_the_kitchen", "lie_about", "always_lie", "cry_rape",
                "make_it_up", "religion_of_violence", "religion_of_hate", "religion_of_war", "religion_of_terror",
                "religion_of_pieces", "book_of_hate", "book_of_lies", "fairy_tale", "fairy_tales", "satanic",
                "demonic", "cult_of_death", "false_prophet", "pedophile_prophet", "paedophile_prophet",
                "hellbound", "going_to_hell", "crusaders", "apostates", "takfiri", "takfiris", "no_morals",
                "have_no_morals", "immoral", "amoral", "no_honour", "no_honor", "dishonourable", "dishonorable",
                "no_shame", "shameless", "not_to_be_trusted", "need_to_be_cured", "should_be_cured",
                "must_be_cured", "be_cured", "need_therapy", "need_treatment", "need_fixing", "a_phase",
                "near_children", "near_kids", "near_our_children", "near_our_kids", "groom", "men_in_dresses",
                "not_real_women", "arent_real_women", "are_not_women", "arent_women", "not_real_men",
                "delusional", "corrupting", "poisoning", "brainwash*", "indoctrinat*", "infiltrat*", "replacing_us", "replace_us", "outnumber*", "flood_our", "stealing_our",
                "steal_our", "take_our_jobs", "taking_our_jobs", "live_off", "living_off", "sponging",
                "freeload*", "on_benefits", "on_welfare", "contribute_nothing", "add_nothing", "bring_nothing",
                "bring_crime", "bring_disease", "bring_drugs", "spread_disease", "rape_our", "raping_our",
                "should_be_registered", "should_be_monitored", "should_be_watched", "second_class",
                "not_equal", "arent_equal", "not_our_equals"] + [
        f"{neg}_{verb}" for neg in ("shouldnt", "should_not", "should_never", "must_never", "mustnt", "must_not")
        for verb in ("vote", "drive", "work", "lead", "rule", "govern", "teach", "hold_office", "have_rights",
                     "have_a_say", "be_educated", "study", "be_journalists", "be_ministers", "be_leaders",
                     "be_politicians", "be_judges", "be_in_charge", "be_in_power", "be_in_politics", "exist",
                     "be_trusted", "marry", "adopt", "raise_children", "be_teachers")],
    "EXCLUDE": ["shut_down", "close_down", "tear_down", "demolish*", "bulldoze*", "close_all", "shut_all",
                "keep_them_away", "keep_away", "no_more", "stop_letting", "stop_them", "stop_taking",
                "stop_accepting", "dont_let", "never_let", "should_leave", "must_leave", "need_to_leave",
                "have_to_leave", "get_lost", "pack_their_bags", "pack_your_bags", "out_of_here", "be_removed",
                "removed"],
    f"SLUR:{SEXISM}": ["typical_woman", "typical_women", "typical_female", "typical_females", "woman_driver",
                       "women_drivers_lol"],
    "PERSON": ["snitch", "snitches", "rat", "reporter", "traitor"],
    "DOXFOUND": ["goes_to", "works_at", "parked", "parks", "every_morning", "every_evening", "every_night",
                 "leaves_at", "leave_at", "gets_off", "finishes_work", "walks_to", "takes_the_bus", "drop_off",
                 "pick_up_time", "plays_at", "studies_at", "where_you_work", "where_you_park", "where_you_sleep",
                 "what_car_you", "what_time_you", "when_you_leave", "your_route", "your_schedule"],
    "PROF": ["goddamned", "fkn", "fkin", "fking", "fkd", "effing", "mothafucka*", "muthafucka*", "motherfucka*",
             "shits", "shitting", "bullshitting", "bullshitter*", "crapping", "pissing", "arses", "asshat*",
             "dumbasses", "jackasses", "smartass*", "badass*"],
}
for _tag, _entries in _EN_MORE2.items():
    LEXICON["en"].setdefault(_tag, []).extend(_entries)
PHRASES["en"]["THREAT"] += [
    "give my regards to your", "send my regards to your", "say hi to your", "tell your wife", "tell your mother",
    "tell your kids", "kiss your kids", "hug your kids", "hug your children", "kiss your children goodbye",
    "kiss your family goodbye", "kiss your wife goodbye", "nice family you", "lovely family you",
    "beautiful family you", "nice house you", "nice car you", "lovely house you", "beautiful kids you",
    "lovely kids you", "cute kids you", "pretty daughter you", "beautiful daughter you", "lovely wife you",
    "know where you work", "found where you work", "know where you park", "know what car you drive",
    "know what time you leave", "know when you leave", "know your route", "know your schedule",
    "where your kids go", "where your children go", "where your wife works", "where your husband works",
    "everyone will know where you", "their days are numbered", "his days are numbered", "her days are numbered",
    "its only a matter of time", "only a matter of time before you", "matter of time before someone"]
PHRASES["en"]["IDIOM"] += ["destroy the argument", "destroyed the argument", "destroys the argument",
                           "crush the rebellion", "crush corruption", "crush the competition", "destroy the planet",
                           "destroy the economy", "destroying the economy", "destroy the country",
                           "destroying the country", "destroy our country", "destroying our country",
                           "destroy lives", "destroying lives", "destroy the environment", "destroy my career",
                           "destroy his career", "destroy her career", "destroy their careers", "destroy the evidence",
                           "revenge porn", "sweet revenge", "revenge of the", "crushed it", "crush on",
                           "crushing it", "have a crush", "had a crush", "crushing defeat", "crushing debt"]

# third round: the role and capacity of women, religious and homophobic tropes as people write them
_EN_MORE3 = {
    "NEGPRED": ["only_fit_for", "fit_only_for", "only_useful_for", "cooking_and_cleaning", "brain_is_smaller",
                "brains_are_smaller", "smaller_brains", "smaller_brain", "less_intelligent", "less_capable",
                "less_rational", "less_logical", "not_as_smart", "not_as_intelligent", "worse_at", "bad_at",
                "terrible_at", "naturally_worse", "naturally_inferior", "weaker_sex", "married_off", "marry_young",
                "want_attention", "attention_seeking", "mans_permission", "need_permission", "guardian",
                "guardians", "a_joke", "joke", "faint_at", "talk_too_much", "think_too_little", "cant_think_straight",
                "behind_every", "behind_all", "are_behind", "to_blame_for", "cause_most", "responsible_for_all",
                "responsible_for_every", "responsible_for_most", "worship_the_devil", "worship_satan",
                "devil_worship*", "deserve_what_they_got", "deserved_it", "deserve_it", "had_it_coming",
                "not_real_muslims", "arent_real_muslims", "not_true_muslims", "not_real_christians",
                "fake_muslims", "fake_christians", "converted_by_force", "convert_by_force", "forced_to_convert",
                "should_be_converted", "must_be_converted", "convert_or_die", "convert_or_leave",
                "havent_met_the_right_man", "met_the_right_man", "just_need_a_man", "need_a_real_man",
                "just_a_phase", "a_danger_to", "are_a_danger", "a_menace_to", "a_threat_to", "a_burden_on",
                "a_drain_on", "gay_agenda", "lgbt_agenda", "trans_agenda", "agents", "fifth_columnists",
                "puppets_of", "loyal_to_iran", "loyal_to_turkey", "cant_be_loyal", "never_loyal", "disloyal"],
    "HATE": ["what_happens_when_you_let", "what_happens_when_you_give", "thats_what_happens_when",
             "this_is_what_happens_when", "why_do_they_let", "why_do_we_let", "who_let", "whoever_let"],
    f"SLUR:{SEXISM}": ["back_to_the_kitchen", "go_back_to_the_kitchen", "kitchen_where_she_belongs",
                       "where_she_belongs", "where_women_belong", "keep_her_in_line", "keep_her_on",
                       "her_on_a_leash", "women_on_a_leash", "shorter_leash", "short_leash", "needs_a_husband", "needs_a_man",
                       "needs_a_good_husband", "needs_a_slap", "needs_a_beating"],
}
for _tag, _entries in _EN_MORE3.items():
    LEXICON["en"].setdefault(_tag, []).extend(_entries)

# fourth round: weapons, vigilante calls, "you'll be found in a river", stalking the addressee's family
_EN_MORE4 = {
    "VIOLENT": ["machete*", "axe", "hatchet", "crowbar", "baseball_bat", "brass_knuckles", "rifle", "rifles", "pistol",
                "ak47", "ak_47", "kalashnikov", "sniper", "gun", "guns", "petrol_bomb", "open_fire", "opened_fire",
                "take_justice_into", "take_the_law_into", "into_their_own_hands", "into_our_own_hands",
                "never_talks_again", "never_speak_again", "never_speaks_again", "never_walk_again",
                "never_walks_again", "never_writes_again", "never_write_again", "grab_him", "grab_her",
                "snatch_him", "snatch_her", "drag_him", "drag_her", "drag_them", "dragged_out", "dragged_through",
                "hunted", "hunted_down", "beaten", "wiped_from", "swinging_from", "swing_from", "dangling_from",
                "dangle_from", "buries_you", "burying_you"],
    "TARGETED": ["machete*", "axe", "hatchet", "crowbar", "baseball_bat", "brass_knuckles", "rifle", "rifles",
                 "pistol", "ak47", "ak_47", "kalashnikov", "sniper", "gun", "guns", "grab_him", "grab_her",
                 "snatch_him", "snatch_her", "drag_him", "drag_her", "drag_them"],
    "MOOD": ["its_time", "high_time", "about_time", "grab_your", "bring_your", "get_your", "load_your"],
    "DOXFOUND": ["drives_a", "plate_ending", "plates_ending", "number_plate", "registration", "from_the_outside",
                 "from_outside"],
}
for _tag, _entries in _EN_MORE4.items():
    LEXICON["en"].setdefault(_tag, []).extend(_entries)
PHRASES["en"]["THREAT"] += [f"{a} {b}" for a in _YOU_END for b in (
    "found dead", "found in a", "in hospital", "in the hospital", "in a wheelchair", "eating through a straw",
    "sorry", "dealt with", "taken care of", "buried")] + [
    "your mother buries you", "identify your body", "your corpse", "your dead body", "dance on your grave",
    "sleep with the lights on", "wont see another birthday", "wont see another year", "wont see another day",
    "wont see next year", "wont see the new year", "coming to your house", "coming to your home",
    "coming to your office", "coming to your door", "at your door tonight", "pay you a visit", "paying you a visit",
    "visit you soon", "saw your kids", "saw your wife", "saw your daughter", "saw your son", "saw your family",
    "seen your kids", "seen your wife", "seen your daughter", "seen your house", "saw your house",
    "been to your house", "outside your house", "outside your home", "outside your office", "near your house",
    "passed your house", "drove past your house", "drove by your house", "walked past your house"]
PHRASES["en"]["IDIOM"] += ["gun control", "gun laws", "gun law", "gun violence", "gun rights", "gun owners",
                           "jump the gun", "jumped the gun", "smoking gun", "top gun", "stick to their guns",
                           "stick to your guns", "stuck to his guns", "under the gun", "big guns", "son of a gun",
                           "sniper fire", "rifle through", "destroy her life", "destroy his life", "destroy their lives",
                           "destroy your life", "destroy my life", "died of", "died from", "die of", "die from", "bury the hatchet", "axe the tax", "axe the",
                           "beaten path", "beaten track", "unbeaten", "hunted for", "bargain hunting"]

# fifth round: sexual remarks about a person as commenters write them
LEXICON["en"]["VULG"] += [
    "bend_her_over", "bend_him_over", "over_the_desk", "sit_on_my_lap", "on_my_lap", "gives_great_head",
    "give_head", "gives_head", "giving_head", "great_head", "nice_rack", "her_rack", "her_ass", "nice_ass",
    "nice_butt", "hot_body", "her_body", "lick_every_inch", "lick_her", "lick_you", "to_my_room",
    "my_room_tonight", "to_my_bed", "getting_hard", "got_hard", "makes_me_hard", "gets_me_hard", "makes_me_wet",
    "nice_legs", "those_legs", "with_that_mouth", "good_lay", "easy_lay", "pound_her", "pound_him", "pounding_her",
    "jerking_it", "jerk_it", "beat_my_meat", "choke_the_chicken", "sleeps_with_his_secretary", "sleeping_with_her",
    "sleeps_with_her", "pics_of_your_feet", "feet_pics", "foot_fetish", "send_me_pics", "send_pics",
    "pics_of_you", "show_us_your", "show_me_your", "flash_us", "strip_for_me", "bounce_on",
    "shes_hot", "shes_so_hot", "she_is_hot", "fuckable", "bangable", "smashable", "tappable", "thicc",
    "thick_thighs", "curvy", "busty", "juicy_ass", "wet_dream*", "wank_over", "rub_one_out", "naughty_pics",
    "in_the_shower_with", "undress_her", "undressing_her", "without_clothes", "no_clothes", "her_clothes_off"]
LEXICON["en"]["INSULT"].remove("ass")

# sixth round: calls to arms and to vigilante violence without a classic verb, street slang for killing,
# weapon emoji (harm.py reads them as words), exposure of the addressee's details
_EN_MORE6 = {
    "VIOLENT": ["pick_up_weapons", "take_up_weapons", "grab_weapons", "arm_the_tribes", "arm_ourselves",
                "arm_yourself", "declare_war_on", "wage_war_on", "war_on_them", "holy_war", "jihad_against",
                "jihad_on", "suicide_vest", "suicide_bomb*", "explosive_vest", "detonate*", "car_bomb*", "ied",
                "ieds", "arson", "light_them_up", "light_him_up", "smoke_them_out", "raid_their", "raid_his",
                "use_violence", "violence_is_the_only", "violence_is_the_answer",
                "with_violence", "show_no_mercy", "spare_no_one", "spare_none",
                "leave_none_alive", "leave_no_one_alive", "no_survivors", "take_no_prisoners", "make_them_suffer",
                "make_him_suffer", "make_her_suffer", "make_you_suffer", "the_way_we_dealt_with",
                "what_happened_to_saddam", "what_happened_to_gaddafi", "like_gaddafi", "like_saddam",
                "like_ceausescu", "like_mussolini", "blood_should_flow", "blood_must_flow", "martyrdom_operation",
                "martyr_operation", "merk", "merked", "murk", "murked", "murda", "body_you", "body_him",
                "wet_him", "wet_you", "delete_you", "delete_him", "delete_her", "delete_them", "un_alive",
                "put_you_down", "put_him_down", "put_her_down", "put_them_down", "drop_you", "drop_him",
                "\U0001F52A", "\U0001F52B", "\U0001F4A3", "\U0001FA93", "\U0001F5E1"],
    "TARGETED": ["drop_you", "drop_him", "body_you", "body_him", "merk", "murk", "\U0001F52B", "\U0001F4A3"],
    "DIE": ["\u26B0"],
    "DOXOBJ": ["details", "info", "information", "ip", "ip_address", "real_name", "identity", "photo", "photos",
               "picture", "pictures", "email", "email_address", "passport", "id_card", "face"],
    "DOXVERB": ["public", "online", "expose", "exposed", "exposing", "reveal*", "out_you", "everyone_will_see"],
    "DOXFOUND": ["be_public", "made_public", "go_public", "goes_public", "will_be_public", "on_the_internet",
                 "all_over_the_internet", "all_over_social_media", "on_every_wall", "on_posters", "plastered"],
}
for _tag, _entries in _EN_MORE6.items():
    LEXICON["en"].setdefault(_tag, []).extend(_entries)
PHRASES["en"]["THREAT"] += [
    "followed you home", "follow you home", "followed you to", "been following you", "watched you leave",
    "saw you leave", "saw you at", "seen you at", "i saw you at", "we saw you at", "see you every morning",
    "see you every day", "see you every night"]
PHRASES["en"]["IDIOM"] += ["drop you off", "drop him off", "drop you a line", "drop you a message", "use force against isis",
                           "ied attack", "car bomb attack"]

# seventh round: homophobic, religious and exclusionary wording as commenters write it
_EN_MORE7 = {
    f"GROUP:{HOMOPHOBIA}": ["two_men_kissing", "men_kissing", "women_kissing", "same_sex_marriage", "gay_marriage",
                            "men_who_sleep_with_men", "man_who_sleeps_with_men", "pride_parade", "pride_parades",
                            "pride_march", "pride_marches", "lgbt_lobby", "gay_lobby", "gay_community"],
    f"GROUP:{RELIGION}": ["mosque", "church", "synagogue", "temple"],
    "NEGPRED": ["spread_aids", "spread_hiv", "corrupt_the", "corrupt_our", "should_be_punished",
                "must_be_punished", "be_punished", "an_insult_to", "insult_to_god", "insult_to_our",
                "turn_our_children", "turn_children", "turn_kids", "make_our_kids", "brought_shame", "bring_shame",
                "shame_on_the_family", "mental_disorder", "a_disorder", "disorder", "the_reason_for",
                "moral_decay", "decay", "degeneracy", "decadence", "downfall", "enemies", "enemies_of",
                "enemy_of", "the_enemy", "must_be_fought", "should_be_fought", "be_fought", "mushrik*",
                "worship_graves", "grave_worshippers", "grave_worshipers", "polytheists", "nonsense",
                "terrorist_training", "training_camp*", "breeding_ground*", "fire_worshipping", "pagans",
                "out_of_existence"],
    "EXCLUDE": ["be_closed", "should_be_closed", "be_shut", "barred", "barred_from", "banned_from"],
    "EXCLNEG": ["dont_want_any_more", "dont_want_any", "dont_want", "do_not_want", "want_no_more"],
}
for _tag, _entries in _EN_MORE7.items():
    LEXICON["en"].setdefault(_tag, []).extend(_entries)
# what a group suffers, fights or is accused of is no claim about the group ("Kurds have FACED hate",
# "Yazidi women SURVIVED crimes"): harm.py drops a negative word that follows one of these
LEXICON["en"]["VICTIM"] = [
    "survived", "survive", "survives", "surviving", "survivors", "faced", "face", "faces", "facing", "suffered",
    "suffer", "suffers", "suffering", "endured", "endure", "endures", "enduring", "fled", "flee", "flees",
    "fleeing", "escaped", "escape", "escaping", "victims", "victim", "targeted", "persecuted", "persecution",
    "against", "despite", "fear", "feared", "fears", "risk", "risks", "risked", "experienced", "subjected",
    "exposed_to", "accused", "blamed", "falsely", "protect", "protected", "defend", "defended", "fought", "fight",
    "fighting", "resisted", "resist", "combat", "combating", "stood_up_to", "spoke_out", "condemned", "rejected",
    "lost", "mourn", "mourned", "warned_about", "about_the"]

# eighth round: intimidation that needs no "I": the addressee's family, routine and details seen or
# spread by someone, and warnings of what "people like you" end up suffering
_EN_MORE8 = {
    "DOXFOUND": ["finishes_school", "finishes_at", "leaves_school", "gets_out_of_school", "is_public",
                 "posted_your", "leaked_your", "shared_your", "published_your", "someone_posted", "how_easy",
                 "to_find_your"],
    "WARNSELF": ["disappear", "tend_to_disappear", "go_missing", "goes_missing", "vanish", "have_accidents",
                 "have_an_accident", "get_hurt", "gets_hurt", "be_silenced", "get_silenced", "end_up_in_the_river",
                 "end_up_in_a_river", "end_up_in_the_tigris", "end_up_in_the_euphrates", "end_up_in_a_ditch",
                 "end_up_dead", "end_up_missing", "think_about_them", "think_about_your", "think_of_your",
                 "remember_your"],
    "SPEECHTARGET": ["before_you_publish", "before_you_write", "before_you_post", "before_your_next"],
}
for _tag, _entries in _EN_MORE8.items():
    LEXICON["en"].setdefault(_tag, []).extend(_entries)
PHRASES["en"]["THREAT"] += [
    "a file on you", "have a file on", "everyone you love", "everything you love", "the people you love",
    "know which cafe", "know which mosque you", "know which gym", "know which school", "know which route",
    "know which car", "know what car", "know where you sit", "know where you pray", "know where you eat",
    "know where you go", "know where you walk", "know where you shop", "what happened to the last",
    "same thing that happened to", "meet the same fate", "pay for your words", "pay for what you wrote",
    "pay for what you said", "your family will pay", "your family had to pay", "your kids will pay",
    "your family pays", "have people in your", "have eyes on you", "eyes on your"]

# ninth round (ar, tr, fa): word families missing on cases written afresh from the guidelines (not
# suite cases): Arabic verbs of deportation in the first person plural and feminine plural predicates
# ("الصحفيات كلهن فاسدات"), Turkish details of a car, Persian causative "burn" in every person
# (می‌سوزونیم: only بسوزون was listed) and hanging as a past-participle call (دار زد).
for _tag, _entries in {
        "EXCLUDE": ["~نرحل", "~نرحلهم", "~ارموهم", "برا_الحدود", "~نطردهم", "~اطردوا"],
        "NEGPRED": ["~فاسدات", "~ساقطات", "~منحلات", "~وسخات", "~جاهلات", "~غبيات", "ناقصه_عقل",
                    "~مريض_نفسي", "~مرضی_نفسيين"]}.items():
    LEXICON["ar"][_tag] = LEXICON["ar"].get(_tag, []) + _entries
LEXICON["tr"]["DOXOBJ"] = LEXICON["tr"]["DOXOBJ"] + ["plaka*", "arabanızın", "arabanızı"]
LEXICON["tr"]["DOXVERB"] = LEXICON["tr"]["DOXVERB"] + ["aldık", "aldım", "kaydettik", "not_ettik"]
LEXICON["fa"]["VIOLENT"] = LEXICON["fa"]["VIOLENT"] + ["~سوزون", "~میسوزان", "~بسوزانید", "دار_زد"]

# tenth round (ar): a right denied to a group ("لا يحق لهم العيش هنا", with the negation before it) and
# the liar family as a sweeping claim ("كل النساء كاذبات"); the mechanisms of this round are in harm.py
# (the preposition li- fused with the article, a future shared by a coordinated verb)
LEXICON["ar"]["EXCLNEG"] = LEXICON["ar"]["EXCLNEG"] + ["~یحق"]
LEXICON["ar"]["NEGPRED"] = LEXICON["ar"]["NEGPRED"] + ["کاذب", "کاذبون", "کاذبین", "کاذبات", "کاذبه"]
# tenth round (tr): watching as intimidation ("seni izliyoruz, dikkatli ol"), "show him his day" (a
# beating), a mind "not enough" said of women, and the necessity forms of exclusion with any ending
# after them ("verilmemeliydi", "girmemelidir"): they were exact words, now stems
PHRASES["tr"]["THREAT"] += ["seni izliyoruz", "seni izliyorum", "seni takip ediyoruz", "seni takip ediyorum",
                            "gözümüz üzerinde", "gözümüz üstünde", "gözümüz üzerinizde", "gününü göster*",
                            "gününü görecek*", "gününü gösterece*"]
LEXICON["tr"]["SEXPRED"] = LEXICON["tr"].get("SEXPRED", []) + [
    "aklı_yetmez", "akılları_yetmez", "akli_yetmez", "aklı_ermez", "akılları_ermez", "aklı_yetmiyor",
    "akılları_yetmiyor"]
LEXICON["tr"]["EXCLUDE"] = [e + "*" if e in ("verilmemeli", "alınmamalı", "alinmamali", "girmemeli",
                                             "sokulmamalı") else e for e in LEXICON["tr"]["EXCLUDE"]]
LEXICON["tr"]["EXCLUDE"] += ["verilmemeli*", "izin_verilmemeli*", "hakkı_verilmemeli*"]

# eleventh round (en, ar, tr, fa): veiled and idiomatic threats, from cases written afresh from the
# guidelines (not suite cases). Intimidation without a violent verb: a warning ("watch out", "انتبه",
# "dikkat et", "مواظب باش") or a visit announced about the addressee's family, home or car (rule 2b's
# DOXVERB with DOXOBJ), the details "in our hands"; blood and graves as the act ("we will spill your
# blood", "pay for this with their blood", "turn your villages into graveyards"); settling scores; the
# Arabic masdar before a pronoun (تصفيتهم: the ة of تصفية is written ت there).
PHRASES["en"]["THREAT"] += [
    f"{a} {b}" for a in ("spill", "shed") for b in ("your blood", "his blood", "her blood", "their blood")] + [
    f"pay{m} with {o}" for m in ("", " for this", " for it", " for that", " dearly")
    for o in ("your blood", "their blood", "his blood", "her blood", "your lives", "their lives")] + [
    f"{a} {b}" for a in ("cut", "chop") for b in (
        "your head off", "your heads off", "all your heads off", "his head off", "her head off",
        "their heads off", "off your head", "off your heads", "off his head", "off their heads")] + [
    f"settle {a} with {b}" for a in ("the score", "scores", "accounts") for b in ("you", "him", "her", "them")] + [
    "wait for us", "we are coming for", "were coming for", "we have eyes on you", "eyes on you everywhere",
    "we are watching you", "were watching you", "i am watching you", "im watching you"]
LEXICON["en"]["DOXFOUND"] += ["watch_out_for", "look_out_for", "be_careful_with", "worry_about_your",
                              "pray_for_your"]
PHRASES["ar"]["THREAT"] += [
    f"{p}{v} {o}" for p in ("", "س", "رح ", "راح ", "ح", "ب")
    for v in ("نسفک", "نهدر", "نريق", "اسفک", "اريق")
    for o in ("دمک", "دمکم", "دماءکم", "دمایکم", "دمه", "دماءهم", "دمایهم", "دمهم")] + [
    f"{a} {b}" for a in ("الثمن", "ثمنها", "ثمنه") for b in ("بدمک", "بدمکم", "بدماءکم", "بدمایکم", "بدمه", "بدمهم", "بدماءهم", "بدمایهم",
                                                           "بحياتک", "بحياتهم", "بارواحهم", "بارواحکم")] + [
    f"{a} {b}" for a in ("دمک", "دمکم", "دمه", "دمهم", "دماءکم", "دماءهم")
    for b in ("يسيل", "رح يسيل", "سيسيل", "راح يسيل", "حيسيل", "بيسيل")] + [
    f"{a} {b}" for a in ("دمایکم", "دمایهم") for b in ("ستسيل", "رح تسيل", "راح تسيل")] + [
    f"{p}{v}" for p in ("س", "رح ", "راح ", "ح", "ب") for v in ("نزورک", "نزورکم", "نجيلک", "نجيلکم", "ازورک")] + [
    # not لن: "لن تسلم الدولة" is "will not hand over the state"
    f"{a} {b}" for a in ("مش رح", "ما رح", "مارح", "ماراح", "ما راح", "مش ح", "مش هت", "مو راح")
    for b in ("تسلم", "تسلمو", "تسلموا", "تنجو", "تنجي", "تفلت", "تعيش")] + [
    "عيوننا عليک", "عيونا عليک", "عيوننا عليکم", "عيونا عليکم", "احنا نراقبک", "نحن نراقبک", "نراقبک",
    "تحت المراقبه", "تحت عيوننا", "حسابک معنا", "حسابکم معنا", "بيننا حساب", "نصفي حسابنا", "نصفي حسابک",
    "نخلي بيوتکم مقابر", "قراکم مقابر", "بيوتکم مقابر", "مدنکم مقابر", "نجعلها مقابر", "قبورکم",
    "جهزو قبورکم", "جهزوا قبورکم", "ساطلق النار", "سنطلق النار", "رح اطلق النار", "راح اطلق النار",
    "بطلق عليک", "اطلق النار علی راسک", "نطلق النار عليکم", "نطلق عليکم النار"]
LEXICON["ar"]["VIOLENT"] += ["~تصفيت", "~اعدامک", "~ابادتک", "اطلقوا_النار", "اطلقو_النار", "اطلقو_عليهم"]
LEXICON["ar"]["DOXOBJ"] += ["~ابنتک", "~بناتک", "~زوجتک", "~اطفالک", "~دوامک", "~سيارتک"]
# the singular only: "انتبهوا لأطفالكم" is advice to every parent
LEXICON["ar"]["DOXVERB"] += ["=عندي", "=انتبه", "=تنتبه", "=انتبهي", "=وانتبه", "~دير_بالک", "~خلي_بالک", "~خذ_بالک",
                             "~احذر", "~نزور", "~سنزور", "~بنزور", "~ننتظر"]
PHRASES["tr"]["THREAT"] += [
    f"{a} {b}" for a in ("kanını", "kanınızı", "kanlarını", "kanını da") for b in ("dökeceğ*", "dökeriz", "dökerim",
                                                                                   "akıtacağ*", "akıtırız")] + [
    f"{a} {b}" for a in ("kanıyla", "kanlarıyla", "kanınızla", "kanınla", "canıyla", "canlarıyla", "canınızla",
                         "canınla") for b in ("öde*",)] + [
    f"{a} {b}" for a in ("kanı", "kanın", "kanları", "kanınız") for b in ("helal", "helaldir", "helâl")] + [
    f"{a} {b}" for a in ("mezarlığa", "mezarlığa", "mezara", "mezarınıza", "mezarına")
    for b in ("çevireceğ*", "çeviririz", "göndereceğ*", "göndeririz", "gömeceğ*", "gömeriz", "sokacağ*")] + [
    "hesabını göreceğ*", "hesabınızı göreceğ*", "hesabını görürüz", "icabına bakacağ*", "icabına bakarız",
    "icabınıza bakacağ*", "seni ziyarete gel*", "sizi ziyarete gel*", "ziyaretine gel*", "ziyaretinize gel*",
    "sağ kalmayacaksın", "sağ kalmayacaksınız", "sağ kurtulamazsın", "sağ kurtulamazsınız", "sağ çıkamazsın",
    "sağ çıkamazsınız", "yaşatmayacağ*", "kafana bir kurşun", "kafana kurşun"]
LEXICON["tr"]["DOXOBJ"] += ["ailene", "çocuklarına", "cocuklarina", "kızına", "oğluna", "eşine", "karına",
                            "evine", "evinden", "ofisinden", "işyerinden", "araban", "arabana"]
LEXICON["tr"]["DOXVERB"] += ["dikkat_et", "dikkat_edin", "dikkatli_ol", "dikkatli_olun", "park_halinde",
                             "park_etmiş*", "park_ettiğin*", "elimizde"]
# "dönme" is the slur for converts and trans people but far more often "to return" or "don't return"
# (8 of the 16 training comments with it are clean, and of the others one uses it as the slur)
LEXICON["tr"][f"SLUR:{HOMOPHOBIA}"] = [e for e in LEXICON["tr"][f"SLUR:{HOMOPHOBIA}"] if e != "dönme"] + [
    "bu_dönme", "pis_dönme", "dönmeler", *[f"dönme_{n}" for n in (
        "gazeteci*", "yazar*", "herif*", "piç*", "pezevenk*", "köpek*", "it", "itler", "yahudi*", "ermeni*",
        "kürt*", "bakan*", "vekil*", "sunucu*", "muhabir*", "adam*", "hain*", "ibne*", "orospu*")]]
PHRASES["fa"]["THREAT"] += [
    f"{a} {b}" for a in ("سرتو", "سرتونو", "سرشو", "سرشونو", "سر همتونو", "سر همهتونو", "سر همشونو",
                         "سر همهشونو") for b in ("میبریم", "میبرم", "میبرن", "ببرید", "ببرین")] + [
    f"{a} از تن{b} جدا" for a in ("سر", "سرتو", "سرشو", "سرش") for b in ("ت", "ش", "تون", "شون")] + [
    f"{a} {b}" for a in ("سالم", "زنده", "قسر") for b in ("نمیمونی", "نمیمونید", "نمیمونین", "در نمیری",
                                                        "در نمیرید")] + [
    f"{a} {b} {c}" for a in ("مواظب", "مراقب") for b in ("خانوادت", "خانوادهات", "خونوادت", "بچههات", "زن و بچت",
                                                       "دخترت", "پسرت", "زنت") for c in ("باش", "باشی")] + [
    f"{a} {b}" for a in ("به گورستان", "به قبرستان", "به قبرستون", "گورستون", "قبرستون", "قبرستان", "گورستان")
    for b in ("تبدیل میکنیم", "تبدیل میکنم", "میکنیم", "میکنم", "تبدیلش میکنیم")] + [
    "خونتو میریزیم", "خونتونو میریزیم", "خونشونو میریزیم", "خونش حلاله", "خونتون حلاله", "خونشون حلاله",
    "جون سالم به در نمیبری", "زیر نظرت داریم", "زیر نظرتون داریم", "حسابتو میرسیم", "حسابتونو میرسیم",
    "به حسابت میرسیم", "میایم سراغت", "میایم سراغتون", "میام سراغت", "یه گلوله تو سرت", "گلوله تو مغزت"]
# the past participle of a call ("باید آتیش زد"); not "آتش بزند", which burns flags and books as often
LEXICON["fa"]["VIOLENT"] += ["آتیش_زد", "آتش_زد", "آتیششون_بزن*"]
LEXICON["fa"]["DOXOBJ"] += ["~تلفنت", "~شماره_تلفنت", "~ماشینت", "~دفترت", "~بچههاتو"]
LEXICON["fa"]["DOXVERB"] += ["~حواست", "دست_ماست", "دست_ما", "پیش_ماست",
                             "~میدونیم"]


def _ar_plurals(entries):
    """Arabic nisba groups in every plural: each group written as a singular or one plural (سوري,
    السوريين, المثليين) also matches its other plurals (السوريون, المثليون, مسيحيات), with or without
    the article, inside a word (so a clitic و/ب/ل may lead). Found on cases written afresh: the
    nominative plural with the article (المثليون, السوريون) named no group. Not the feminine singular
    (سورية is Syria, العربية the language), and not the bare singular inside other words (سوريا)."""
    out = set()
    for e in entries:
        w = e.lstrip("~=").rstrip("*").replace("ی", "ي")
        if "_" in w or len(w) < 4:
            continue
        base = w[2:] if w.startswith("ال") else w
        for end in ("يين", "يون", "يات", "يه"):
            if base.endswith(end):
                stem = base[: -len(end)] + "ي"
                break
        else:
            stem = base if base.endswith("ي") and len(base) >= 4 else None
        if stem and len(stem) >= 4 and not stem.endswith("يي"):  # not فتيات (fatayat, no nisba)
            for suffix in ("ين", "ون", "ات"):
                out.update({f"~{stem}{suffix}", f"~ال{stem}{suffix}"})
    return sorted(out - set(entries))


for _tag in [t for t in LEXICON["ar"] if t.startswith("GROUP:")]:
    LEXICON["ar"][_tag] = LEXICON["ar"][_tag] + _ar_plurals(LEXICON["ar"][_tag])

# eleventh round (ar, tr, fa): sexism written afresh from the guidelines. Blame of a group in the next
# sentence ("وزيرة؟ لا عجب...", as English "no wonder" already was), women "with half a mind", "who
# sell themselves", "whose place is the home"; women of a profession as a group (الصحفيات, المذيعات:
# the feminine plural names women, as النايبه and الکاتبه already did); "we don't want" a group.
for _lang, _entries in {
        "ar": ["لا_عجب", "لاعجب", "مش_غريب", "مو_غريب", "مش_مستغرب", "طبيعي_جدا", "عشان_هيک", "علشان_کده",
               "لهذا_السبب", "هذا_السبب", "ما_في_شي_يمشي", "ما_في_شي_ماشي"],
        "tr": ["şaşırmamak_lazım", "şaşırmamalı", "şaşırtıcı_değil", "ondan_böyle", "bu_yüzden",
               "ne_bekliyordun*", "ne_beklenir", "belli_olur", "tabi_ki", "tabii_ki"],
        "fa": ["تعجبی_نداره", "تعجب_نداره", "جای_تعجب_نداره", "عجیب_نیست", "واسه_همینه", "برای_همینه",
               "معلومه_دیگه", "همینه_که"]}.items():
    LEXICON[_lang]["BLAME"] = LEXICON[_lang].get("BLAME", []) + _entries
LEXICON["ar"][f"GROUP:{SEXISM}"] += ["~الصحفيات", "~المذيعات", "~الوزيرات", "~النايبات", "~الناشطات",
                                     "~السياسيات", "~الکاتبات", "~المحاميات", "~الطبيبات", "~المعلمات"]
LEXICON["ar"]["NEGPRED"] += ["~نص_عقل", "~نصف_عقل", "عقلها_نص", "عقلهن_نص", "ما_تفهم", "لا_تفهم", "ماتفهم",
                             "ما_بتفهم", "ما_يفهمن", "لا_يفهمن", "~يبيعن", "~بيبيعن", "~يبعن", "~تبيع_نفسها",
                             "~مکانهن_البيت", "~مکانها_البيت", "ما_لهن_غير", "ما_الهن_غير", "ما_لها_غير",
                             "مالهن_غير", "~للبيت_والمطبخ"]
LEXICON["ar"]["EXCLUDE"] += ["يرجعوا_لبلادهم", "يرجعوا_لبلدهم", "يرجعو_لبلدهم", "يرجعون_لبلدهم", "ما_بدنا",
                             "ما_نبي", "مانبي", "ما_نريد", "لا_نريد", "ما_نبغی", "مابدنا"]
LEXICON["tr"]["NEGPRED"] = LEXICON["tr"].get("NEGPRED", []) + [
    "kendini_sat*", "kendilerini_sat*", "yarım_akıl*", "yarim_akil*"]
LEXICON["tr"]["SEXPRED"] += ["araba_kullanmamalı*", "araba_kullanamaz*", "araba_kullanmasın*",
                             "oy_kullanmamalı*", "çalışmamalı*", "calismamali*", "evde_oturmalı*",
                             "evinde_oturmalı*", "evde_otursun*", "evinde_otursun*"]
LEXICON["fa"]["NEGPRED"] = LEXICON["fa"].get("NEGPRED", []) + [
    "خودشونو_میفروشن", "خودشونو_میفروشند", "خودفروش*", "~سربار", "انگل*"]

# eleventh round (ar, fa, tr, en): calls for violence that name no violent verb, written afresh from the
# guidelines: "teach them a lesson", "to arms", "bullets are the only language they understand", "by any
# means", "leave none of them", nooses in the squares, beheading in the square (Persian "سر ... زد").
PHRASES["ar"]["THREAT"] += [
    f"{a} {b}" for a in ("علموهم", "لقنوهم", "وعلموهم", "ولقنوهم", "علموه", "لقنوه", "علمهم", "لقنهم", "نعلمهم",
                         "نلقنهم")
    for b in ("درس", "درسا", "درسا لن", "درس ما")] + [
    f"{a} {b}" for a in ("الی", "احملوا", "احملو", "شيلوا", "شيلو", "ارفعوا") for b in ("السلاح",)] + [
    # not الموت: "ما يفكه غير الموت" (only death parts them)
    f"{a} {b}" for a in ("غير", "الا", "سوی") for b in ("الرصاص", "السيف", "بالرصاص", "بالسيف", "القتل", "الذبح",
                                                      "المشانق", "الاعدام")] + [
    "الرصاص هو الحل", "الرصاص الحل", "الحل هو الرصاص", "الحل بالرصاص", "الحل هو السيف", "الحل بالسيف",
    "لغه الرصاص", "لغه السيف", "علقوا المشانق", "علقو المشانق", "انصبوا المشانق", "انصبو المشانق",
    "نصب المشانق", "المشانق للخونه", "لا تترکوا منهم احدا", "لا تترکوا منهم احد", "لا تخلوا منهم حدا",
    "ما تخلوا منهم حدا", "لا تبقوا منهم احدا", "لا تبقو منهم", "منهم باي طريقه", "منهم بای طريقه",
    "منهم باي وسيله", "منهم باي ثمن", "خلصونا منهم", "خلصونا من هالحثاله", "طهروا البلد", "طهرو البلد",
    "طهروا الارض", "حتی يفنوا", "حتی يفنو", "حتی يبادوا", "حتی ينقرضوا"]
LEXICON["ar"]["VIOLENT"] += ["=ادبوا", "=ادبو", "~ادبوهم", "~افنوهم", "~نفنيهم", "~يفنيهم", "~طهروها"]
PHRASES["fa"]["THREAT"] += [
    f"{a} {b}" for a in ("یه درسی", "درسی", "یه درس", "درس عبرتی") for b in ("بهشون بدید", "بهشون بدین", "بهش بدید",
                                                                       "بهشون بدیم", "بدید که یادشون")] + [
    f"{a} {b}" for a in ("اسلحه", "سلاح", "تفنگ") for b in ("بردارید", "بردارین", "دست بگیرید", "به دست بگیرید")] + [
    f"{a} {b}" for a in ("با گلوله", "با تیر", "با طناب دار") for b in ("باید", "جوابشونو", "جوابشون رو", "جواب داد")] + [
    "زبون گلوله", "زبان گلوله", "زور و گلوله", "فقط گلوله", "جز گلوله", "جوابشون گلوله", "مسلح شید", "مسلح شوید",
    "برید سراغشون", "بریزید سرشون", "از شرشون خلاص", "شرشونو کم کنید", "شرشون رو کم کنید", "به هر روشی شده از",
    "سر اینا رو باید", "سرشونو باید زد", "سرشون رو باید زد", "گردنشونو بزنید", "گردن اینا رو بزنید", "باید گردن زد",
    "گردنشونو باید زد", "میزنمش", "میزنمت", "میزنیمش", "میزنیمت", "لهشون کنید", "لهش کنید", "پاکسازیشون کنید",
    "پاکسازی کنید", "از این کثافتا پاک", "از این آشغالا پاک", "از لوث"]
PHRASES["tr"]["THREAT"] += [
    "kurşunla cevap", "ancak kurşun", "sadece kurşun", "kurşundan anlar", "kurşundan anlamaz", "sopadan anlar",
    "dayaktan anlar", "tek çözüm kurşun", "tek çare kurşun", "kurşundan başka", "unutamayacakları bir ders",
    "unutamayacağı bir ders", "unutmayacakları bir ders", "ne yapın edin", "ne yapıp edip", "silaha sarılın",
    "pisliklerden temizleyin", "bu pisliklerden", "hiçbirini sağ bırakmayın", "birini bile sağ bırakmayın",
    "kafalarını kırın"]
PHRASES["en"]["THREAT"] += [
    "rid of them by any means", "get rid of them by any", "cleanse the country of",
    "cleanse this country of", "purge the country of", "leave none of them alive", "dont leave any of them alive",
    "spare none of them", "only language they understand", "only thing they understand", "all they understand is",
    "if i see one of them", "if i ever see one of them"]
# Persian death wishes and hanging from lamp posts, found in PHATE's training rows labelled violent
PHRASES["fa"]["THREAT"] += [
    f"سر به {a} نباشه" for a in ("تنت", "تنش", "تنشون", "تنتون", "تن")] + [
    f"{a} تیر چراغ برق{b}" for a in ("از", "به") for b in ("", " آویز*", " دار")] + [
    "تیر چراغ برق لازم", "آویزونشون کنید", "آویزونش کنید", "آویزانشان کنید", "زیر ماشین بری", "زیر ماشین بره",
    "زیر ماشین برید"]
LEXICON["fa"]["VIOLENT"] += ["لت_و_پار*", "لتوپار*", "آش_و_لاش*"]

# eleventh round: a claim denied before it is made ("it is not true that refugees are criminals", "I
# will never say that...", "stop calling Muslims disgusting"); harm.py reads a DENY before a finding in
# its sentence as counter-speech. And the words that reject a hateful statement as hurtful.
for _lang, _entries in {
        "en": ["not_true_that", "isnt_true_that", "is_not_true_that", "not_true_to_say", "its_a_lie_that",
               "its_a_myth_that", "a_myth_that", "false_to_say", "wrong_to_say", "wrong_to_call", "never_say",
               "never_said", "never_call", "stop_calling", "stop_saying", "no_one_should_say", "nobody_should_say",
               "no_one_should_call", "nobody_should_call", "statements_like", "comments_like", "remarks_like",
               "words_like", "dont_believe_that", "do_not_believe_that", "dont_agree_that", "do_not_agree_that",
               "dont_say_that", "do_not_say_that", "cant_say_that", "not_okay_to_say", "not_ok_to_say",
               "not_acceptable_to", "unacceptable_to_say", "unacceptable_to_call"],
        "ar": ["ليس_صحيحا_ان", "ليس_صحيح_ان", "غير_صحيح_ان", "مش_صحيح_ان", "مو_صحيح_ان", "مش_صح_ان", "کذب_ان",
               "خرافه_ان", "لا_يجوز_ان_نقول", "لا_يجوز_القول", "لا_تقولوا", "لا_تقولو", "کفی_قول", "توقفوا_عن",
               "توقفو_عن", "بطلوا_تقولوا", "بطلو_تقولو", "لن_اقول", "عمري_ما_رح_اقول", "من_الخطا_القول",
               "من_الخطا_ان_نقول", "ليس_من_حق_احد"],
        "fa": ["درست_نیست_که", "این_درست_نیست_که", "دروغه_که", "دروغ_است_که", "هیچوقت_نمیگم", "هیچ_وقت_نمیگم",
               "نگید_که", "نگین_که", "نباید_گفت", "نباید_بگیم", "نباید_گفت_که", "بس_کنید", "دست_بردارید_از"],
        }.items():
    LEXICON[_lang]["DENY"] = LEXICON[_lang].get("DENY", []) + _entries
LEXICON["en"]["REJECT"] += ["hurtful", "harmful", "deeply_hurtful", "dehumanising", "dehumanizing"]

# eleventh round: a group praised in its own sentence ("I love Muslims", "Kurdish women are brave",
# "refugees deserve equal rights"): harm.py marks a "praise" contrast beside "identity"
for _lang, _entries in {
        "en": ["love", "loved", "loves", "great", "wonderful", "amazing", "brilliant", "beautiful", "brave",
               "bravest", "proud", "respect", "respected", "admire", "admirable", "welcome", "welcomed",
               "equal_rights", "deserve_equal", "deserve_respect", "contribute*", "contribution*", "kind",
               "friendly", "hardworking", "hard_working", "talented", "valued", "valuable", "heroes", "heroic",
               "inspiring", "inspirational", "peaceful", "generous", "courageous", "welcome_here"],
        "ar": ["احب", "نحب", "بحب", "منحب", "~رايع", "~عظيم", "~شجاع", "فخور", "فخورين", "نفتخر", "افتخر",
               "احترم", "نحترم", "~مرحب", "اهلا_وسهلا", "~حقوق_متساويه", "نفس_الحقوق", "~ساهم", "طيبين",
               "~کرماء", "~مبدع", "~ابطال", "~محترمين", "~جميل", "~اوفياء", "~مسالمين", "~شرفاء"],
        "tr": ["seviyorum", "seviyoruz", "harika*", "muhteşem*", "cesur*", "gurur*", "saygı_duy*", "saygıdeğer",
               "hoş_geldin*", "eşit_hak*", "katkı*", "çalışkan*", "yetenekli*", "kahraman*", "değerli*",
               "misafirperver*", "barışçıl", "cömert*", "takdir_ed*"],
        "fa": ["دوست_دارم", "دوستشون_دارم", "دوستشان_دارم", "عالی*", "فوقالعاده*", "شجاع*", "افتخار*",
               "احترام*", "خوش_اومد*", "خوش_آمد*", "حقوق_برابر", "مهربون*", "مهربان*", "زحمتکش*", "با_استعداد",
               "قهرمان*", "ارزشمند*", "سخاوتمند*", "صلحطلب*", "نجیب*"],
        }.items():
    LEXICON[_lang]["PRAISE"] = LEXICON[_lang].get("PRAISE", []) + _entries

# eleventh round (ar): sweeping claims in the sound plural (مقرفون, حقيرون, قذرون), "not human", "the
# worst of people", "worthless", "I can't stand", "nothing is worse than", getting rid of a group, and
# the masdar of shooting (إطلاق النار), written afresh from the guidelines in Modern Standard Arabic
LEXICON["ar"]["NEGPRED"] += [
    "~مقرف", "~حقيرون", "~حقيرين", "~قذرون", "~مثيرون_للشفقه", "~مثيرين_للشفقه", "~يثيرون_الشفقه",
    "ليسوا_بشر*", "ليسو_بشر*", "مش_بشر", "مو_بشر", "ليسوا_من_البشر", "اسوا_البشر", "اسوء_البشر",
    "اسوا_الناس", "اسوء_الناس", "~بلا_قيمه", "لا_قيمه_لهم", "ما_الهم_قيمه", "~تافهين", "~تافهون", "~وسخون",
    "~کذابون", "~مجرمون", "~يقرفونني", "~يقرفوني", "~يقرفونی", "~مقززون", "~مقززين", "~منحطون", "~منحطين",
    "~همجيون", "~متخلفون", "~لصوص_وکذاب*"]
LEXICON["ar"]["HATE"] += ["لا_اطيق", "ما_بطيق", "ما_بطيقهم", "لا_اتحمل", "لا_احتمل", "اسوا_من", "اسوء_من",
                          "لا_يوجد_اسوا", "ما_في_اسوا", "اقرف_من"]
LEXICON["ar"]["EXCLUDE"] += ["~نتخلص", "~التخلص", "~تخلصو", "~نتخلص_من"]
LEXICON["ar"]["VIOLENT"] += ["اطلاق_النار", "اطلاق_الرصاص", "باطلاق_النار", "~رميهم_بالرصاص"]
LEXICON["ar"]["PRAISE"] += ["حقوقا_متساويه", "~رايعون", "~رايعين"]
# (en) "there is nothing worse than", "belong in a zoo", "hanging is too good for"
LEXICON["en"]["HATE"] += ["nothing_worse_than", "nothing_lower_than", "cant_stand", "can_not_stand"]
LEXICON["en"]["DEHUMAN"] += ["zoo", "in_a_zoo", "in_cages", "in_a_cage"]
PHRASES["en"]["THREAT"] += [f"{a} is too good for" for a in ("hanging", "death", "a bullet", "shooting", "lynching",
                                                              "the noose", "the rope")]

# eleventh round (ar, tr, fa): rule 2c's veiled warnings, which only English had: a danger or an unwise
# act, with the addressee's vulnerability, said to "someone who writes like you"
for _lang, _tags in {
        "tr": {"SPEECHTARGET": ["senin_gibi_yazan*", "senin_gibi_konuşan*", "senin_gibiler*", "yazmaya_devam*",
                                "konuşmaya_devam*", "yazdıkların*", "yazıların*", "haberlerin*", "yazarsan",
                                "yazmaya_devam_edersen", "böyle_yazmaya"],
               "WARN": ["tehlikeli", "riskli", "kaza*", "başına_bir_şey", "başına_iş*", "yazık_olur", "üzücü_olur"],
               "WARNNEG": ["akıllıca", "akillica", "güvenli", "sağlıklı", "iyi_fikir", "mantıklı", "mantikli"],
               "VULN": ["gece*", "yalnız*", "karanlık*", "eve", "evine", "yürümek", "yürürken", "çocukların*",
                        "ailen*", "araban*", "sokak*", "yolda", "dönerken", "dönmek"]},
        "fa": {"SPEECHTARGET": ["مثل_تو", "مثل_شما", "مثه_تو", "کسی_که_مثل", "مینویسی", "مینویسه",
                                "نوشتههات", "مقالههات", "گزارشهات", "اگه_بازم_بنویسی", "ادامه_بدی"],
               "WARN": ["خطرناک*", "ریسک*", "تصادف*", "اتفاقی_بیفته", "اتفاقی_براش", "حیف_میشه"],
               "WARNNEG": ["عاقلانه*", "امن", "بیخطر*", "فکر_خوبی"],
               "VULN": ["شب*", "نصفه_شب", "تنها", "خونه", "خانه", "بچههات", "خانوادت", "ماشینت", "کوچه", "خیابون",
                        "برگشتن"]},
        "ar": {"SPEECHTARGET": ["~امثالک", "واحد_زيک", "واحد_مثلک", "شخص_مثلک", "اللي_يکتب", "~تکتب", "~مقالاتک",
                                "~کتاباتک", "اذا_ضليت", "اذا_استمريت", "لو_استمريت", "~تقاريرک"],
               "WARN": ["~خطير", "~حادث", "~حوادث", "يصير_لک_شي", "يصيرلک_شي"],
               "WARNNEG": ["~ذکي", "~حکمه", "امن", "~فکره_منيحه", "~فکره_جيده"],
               "VULN": ["~بالليل", "~الليل", "~وحدک", "~للبيت", "~البيت", "~عيالک", "~اولادک", "~سيارتک", "~الشارع",
                        "~الطريق", "~راجع"]},
        }.items():
    for _tag, _entries in _tags.items():
        LEXICON[_lang][_tag] = LEXICON[_lang].get(_tag, []) + _entries

# eleventh round, second batch (en, ar, tr, fa): "if you want to live", "your place is the graveyard",
# "regret the day you were born", "I'll take your soul", "the house down on your head", an oath on the
# killing ("gebertmezsem"), breaking the writer's hand, eagerness to kill as a mood
PHRASES["en"]["THREAT"] += [
    "if you want to live", "if you want to stay alive", "if you value your life", "if you love your life",
    "your place is in the grave", "your place is the grave", "belong in a grave", "belong six feet under",
    "regret the day you were born", "rue the day you", "cant wait to kill", "counting the days until i kill"]
PHRASES["ar"]["THREAT"] += [
    "اذا بدک تعيش", "اذا بدک تضل عايش", "اذا تبي تعيش", "ان کنت تريد ان تعيش", "اذا تحب حياتک",
    "اذا حياتک عزيزه", "مکانک المقبره", "مکان امثالک المقبره", "مکانکم المقبره", "مکانه المقبره", "مکانک القبر",
    "مکانک تحت التراب", "مکان امثالک القبر", "اليوم اللي انولدت", "اليوم الذي ولدت فيه", "تندم علی يوم ولادتک",
    "اطلع روحک", "نطلع روحک", "رح اطلع روحک", "راح اطلع روحک", "بطلع روحک", "ساخرج روحک", "ما رح خليک عايش",
    "ما راح اخليک عايش", "ما رح اخليک عايش", "مش رح اخليک عايش", "مش هسيبک عايش", "لن اترکک حيا", "لن ادعک تعيش",
    "البيت علی راسک", "بيتک علی راسک", "البيت علی راسکم", "الدنيا علی راسک"]
PHRASES["tr"]["THREAT"] += [
    "yaşamak istiyorsan", "yaşamak istiyorsanız", "hayatını seviyorsan", "canını seviyorsan", "canını seviyorsanız",
    "yeri mezarlık", "yerin mezarlık", "yeriniz mezarlık", "yeri toprağın altı", "yerin toprağın altı",
    "gebertmezsem", "öldürmezsem", "elini kır*", "ellerini kır*", "elini kırmak", "ellerini kırmak"]
PHRASES["fa"]["THREAT"] += [
    "اگه میخوای زنده بمونی", "اگر میخواهی زنده بمانی", "اگه جونتو دوست داری", "اگه جونت برات عزیزه",
    "جات قبرستونه", "جای امثال تو قبرستون", "جاتون قبرستونه", "جای تو قبرستون", "جاش قبرستونه",
    "جای امثال تو تو قبرستون", "به دنیا اومدنت پشیمون", "از به دنیا اومدنت", "روزی که به دنیا اومدی پشیمون",
    "پدرتو در میارم", "پدرتونو در میارم", "پدرشو در میارم", "پدرتو درمیارم", "پدرشونو در میاریم",
    "رو باید شکست", "را باید شکست", "دستشو بشکنید", "دستشو میشکنم", "دستتو میشکنم", "تو دریا میریزیم",
    "میریزیم تو دریا", "به دریا میریزیم", "رو سرت خراب", "رو سرتون خراب", "رو سرش خراب", "روی سرت خراب"]
LEXICON["tr"]["MOOD"] += ["sabırsızlanıyorum", "sabırsızlanıyoruz", "için_sabırsız*"]
LEXICON["fa"]["MOOD"] += ["لحظهشماری", "لحظه_شماری"]
# (ar, tr, fa) religious and sexual-orientation hatred written afresh: devil-worship, "the root of all
# corruption", freaks and "not human", "disgust", backwardness, heavy guests
LEXICON["ar"]["NEGPRED"] += ["~قرف", "لعنه", "~عبده_شيطان", "~عبده_الشيطان", "لا_امان_لهم", "~اصل_کل_فساد",
                             "~اصل_الفساد", "~ثقلاء", "~التخلف", "ما_عندهم_غير"]
LEXICON["tr"]["NEGPRED"] += ["ucube*", "insan_değil*", "kötülüğün_kaynağı", "her_kötülüğün", "şeytana_tapar*",
                             "şeytan_tapıcı*", "güvenilmez"]
LEXICON["fa"]["NEGPRED"] += ["شیطانپرست*", "شیطان_پرست*", "ریشه_همه_فساد*", "ریشه_فساد*", "نمیشه_بهشون_اعتماد*",
                             "غیرقابل_اعتماد*"]

# (ar, tr, fa) sexism written afresh: "go back to the kitchen" said to a woman (a slur-like phrase of
# its own, kind sexism), the kitchen after women, women who "don't think", "shouldn't go near" power
for _lang, _entries in {
        "ar": ["ارجعي_للمطبخ", "روحي_للمطبخ", "ارجعي_عالمطبخ", "ارجعي_على_المطبخ", "مکانک_المطبخ", "مکانک_بالمطبخ"],
        "tr": ["mutfağına_dön*", "mutfağa_dön*", "mutfağa_geri*", "yerin_mutfak*", "mutfağına_geri*"],
        "fa": ["برگرد_تو_آشپزخونه", "برو_تو_آشپزخونه", "برگرد_آشپزخونه", "برو_آشپزخونه", "جات_تو_آشپزخونه*",
               "برو_ظرفاتو_بشور"]}.items():
    LEXICON[_lang][f"SLUR:{SEXISM}"] = LEXICON[_lang].get(f"SLUR:{SEXISM}", []) + _entries
LEXICON["ar"]["NEGPRED"] += ["المطبخ", "للمطبخ", "بالمطبخ", "ما_يفکرون", "ما_يفکرو", "لا_يفکرون", "ما_يفکرن",
                             "بدون_عقل", "بلا_عقل"]
LEXICON["ar"]["EXCLNEG"] += ["~يقربو", "~يقتربو", "~يتدخلو"]
LEXICON["tr"]["EXCLUDE"] += ["yaklaşmaması*", "yaklaşmamalı*", "uzak_durmalı*", "karışmamalı*", "karışmaması*"]
LEXICON["tr"]["HATE"] = LEXICON["tr"].get("HATE", []) + ["tipik"]
LEXICON["fa"]["EXCLNEG"] += ["=نزدیک"]
# (fa) threats to a group written afresh: put to the sword, "their blood on their own heads", hanging
# from cranes, wiping a people from this land, "don't let one of them live"
PHRASES["fa"]["THREAT"] += [
    "از دم تیغ", "خونشون پای خودشون", "خونش پای خودش", "خونت پای خودت", "خونتون پای خودتون", "از این خاک پاک",
    "از این سرزمین پاک", "از روی زمین پاک", "از صفحه روزگار پاک", "نذارید یکیشون زنده", "نذارید زنده بمونن",
    "نذارید یکیشونم زنده", "یکیشونم زنده نمونه", "هیچکدومشون زنده نمونن", "نذارین یکیشون زنده"]
LEXICON["fa"]["VIOLENT"] += ["جرثقیل", "آویزون_کرد", "آویزان_کرد"]

# twelfth round (ar, fa, tr): probes written afresh (before any change: ar 49/67, fa 40/49, tr 33/40).
# Weapons named as the means ("بالسكاكين", "هو السيف", "إلا الحديد والنار"), the counterfactual answer of
# "if it were up to me" ("لو بيدي لعلقت"), the addressee's workplace and waiting at the door, "we won't
# rest until", Persian death by the gallows and "piece by piece", a group's "place is not in this
# country", sexual minorities named as a group, Turkish "I will find you" and "your own mother won't
# recognise you"
LEXICON["ar"]["VIOLENT"] += ["السيف", "بالسيف", "بالسيوف", "~سكاكين", "بالسكين", "~بالسواطير", "لعلقت", "لعلقتهم",
                             "لشنقت", "لشنقتهم", "لقتلت", "لقتلتهم", "لذبحت", "لذبحتهم", "لحرقت", "لحرقتهم",
                             "على_عمود_كهرباء", "على_اعمدة_الكهرباء", "على_أعمدة_الكهرباء"]
LEXICON["ar"]["MOOD"] += ["لو_بيدي", "لو_بايدي", "لو_بيدنا", "لو_الأمر_بيدي", "لو_الامر_بيدي",
                          "يهدأ_لنا_بال", "يهدا_لنا_بال", "يهدأ_لي_بال", "يرتاح_لنا_بال"]
LEXICON["ar"]["DOXOBJ"] += ["مكان_عملك", "~شغلك", "~مدرستك", "~جامعتك", "~رقمك", "~تلفونك", "~مكان_سكنك"]
LEXICON["ar"]["DOXVERB"] += ["~سأنتظرك", "~سانتظرك", "~بستناك", "~راح_استناك", "~رح_استناك", "~ننتظرك",
                             "~بنستناك", "~منتظرينك"]
PHRASES["ar"]["THREAT"] += [
    "هو السيف", "هو الرصاص", "هو الذبح", "هو الإبادة", "هو الحرق", "هي الرصاص", "الا الحديد والنار",
    "غير الحديد والنار", "الا بالحديد والنار", "الا السكاكين", "الا بالسكاكين", "بعد ما نخلص منك",
    "بعد ما نخلص عليك", "شو رح يصير لعيلتك", "شو رح يصير لاهلك", "شو راح يصير لعيلتك", "ماذا سيحدث لعائلتك",
    "ايش بيصير لعيالك", "تشوف شو رح يصير"]
# (not تیکه پاره: "دارن خودشونو تیکه پاره میکنن", they tear themselves apart arguing)
LEXICON["fa"]["VIOLENT"] += ["تیکه_تیکه*", "تکه_تکه*", "ریز_ریز*"]
PHRASES["fa"]["THREAT"] += [
    "سر چوبه داره", "سر چوبه دارن", "بالای چوبه داره", "بالای داره", "جاش بالای دار", "جاشون بالای دار",
    "جاشون سر دار", "جاش سر دار", "پیدات میکنم", "پیدات میکنیم", "پیدات کنیم", "پیدات کنم", "پیدات کردیم",
    "پیدات کردم", "به زودی میبینی چی"]
LEXICON["fa"]["EXCLUDE"] += ["این_مملکت_نیست", "این_کشور_نیست", "این_مملکت_نیستن", "این_کشور_نیستن",
                             "جاشون_اینجا_نیست", "جایی_ندارن", "جایی_ندارند", "جایی_نداره"]
LEXICON["fa"][f"GROUP:{HOMOPHOBIA}"] += ["اقلیت_جنسی*", "اقلیتهای_جنسی", "اقلیت_های_جنسی", "اقلیتای_جنسی"]
LEXICON["fa"]["NEGPRED"] += ["مایه_ننگ*", "ننگ_این*", "ننگ"]
LEXICON["fa"]["PROF"] += ["کثافت"]
PHRASES["tr"]["THREAT"] += [
    "seni bulurum", "seni buluruz", "seni bulacağım", "seni bulacağız", "sizi buluruz", "sizi bulacağız",
    "seni bulup", "anan bile tanımayacak", "annen bile tanımayacak", "anan bile tanıyamayacak",
    "annen bile tanıyamayacak", "ailen bile tanımayacak"]
LEXICON["ar"]["NEG"] += ["لا_يجوز", "لا_ينبغي", "لا_يصح", "ما_بيصير", "ما_يصير"]
LEXICON["ar"]["MOOD"] += ["لن_يهدأ_لنا_بال", "لن_يهدا_لنا_بال", "لن_يهدأ_لي_بال", "ما_رح_يرتاح_لنا_بال"]
LEXICON["ar"]["REJECT"] += ["هذا_كذب", "وهذا_كذب", "افتراء", "~جريمه", "لا_يمثل", "لا_يمثلون", "ما_بيمثل",
                            "لا_تمثل"]
# Persian puts the obligation after the act: "اعدام همه‌شون واجبه" (harm.py, rule 2)
LEXICON["fa"]["MOODAFTER"] = ["واجبه", "واجب_است", "لازمه", "حقشونه", "حقشه", "حقته", "حقتونه", "واجبن"]
LEXICON["tr"]["VIOLENT"] += ["yakarız", "yakarsın", "asarız", "keseriz", "boğarız"]
LEXICON["tr"]["NEGPRED"] += ["medeniyetsiz*", "çöl_bedevi*", "bedeviler*"]
LEXICON["tr"]["EXCLUDE"] += ["giremesin*", "girmesin*", "girmemeli*", "sokulmasın*", "sokulmamalı*",
                             "alınmasın*", "alınmamalı*"]
# (second batch) sweeping claims written afresh (not "enemies of God": "ینصرکم یا اسود الشیعه علی اعداء
# الله", a prayer, on Al Jazeera's clean rows): a backward "nation", spiteful and
# conspiring, Egyptians by their slur and as beggars, "have no brain", "cannot be trusted"
LEXICON["ar"]["NEGPRED"] += ["~متخلفه", "~حاقد", "~حاقدين", "~متامر", "~متامرين",
                             "~شحات", "~شحاتين"]
LEXICON["ar"][f"GROUP:{XENOPHOBIA}"] += ["~مصاروه", "~المصاروه"]
LEXICON["fa"]["NEGPRED"] += ["مغز_ندارن*", "مغز_ندارند", "عقل_ندارن*", "عقل_ندارند"]
LEXICON["fa"]["PROF"] += ["گور_باباش", "گور_بابای*", "گور_پدر*"]
LEXICON["tr"]["NEGPRED"] += ["güven_olmaz", "guven_olmaz"]
# (en) veiled threats and calls written afresh: "see what happens to you", running someone over, finishing
# what ISIS started (not "take out the trash": on Davidson's clean tweets it is the chore, six times)
PHRASES["en"]["THREAT"] += [
    "see what happens to you", "see what happens to your", "youll see what happens", "you will see what happens",
    "finish what isis started", "finish the job isis started",
    "finish what hitler started", "finish the job hitler started", "put this traitor in the ground",
    "put him in the ground", "put her in the ground", "put them in the ground", "put you in the ground"]
LEXICON["en"]["VIOLENT"] += ["run_over", "runs_over", "ran_over", "over_with_a_truck", "over_with_a_car",
                             "over_with_his_car", "over_with_a_bus"]
LEXICON["en"]["MOOD"] += ["hope_someone", "hope_somebody", "wish_someone", "wish_somebody"]
# (ar, third batch written afresh, 16/30 before it) dialect threats and curses: "we'll make your days
# black", "woe to you from me", "I'll make you regret" (not "you'll regret it", a forecast, nor a bare "يا
# ويلك", banter on OSACT's clean tweets), thrown off buildings, "be erased", "cut you to pieces";
# sectarian slurs (grave-worshippers), "remnants of the Mongols", "a creed of unbelief"; "this is an
# injustice" rejecting a quoted claim; brothers as praise
PHRASES["ar"]["THREAT"] += [
    "ايامكم سوداء", "ايامكم سودا", "ايامك سوداء", "ايامك سودا", "حياتكم جحيما", "حياتك جحيما", "حياتك جحيم",
    "ويلك مني", "ويلكم مني", "لاخليك تندم", "لاخليكم تندمون", "رح خليك تندم",
    "راح اخليك تندم", "رح اخليك تندم", "بخليك تندم", "ساجعلك تندم", "سأجعلك تندم",
    "نطهر الارض منكم", "نطهر البلد منكم", "نطهر الارض منهم", "نطهر البلد منهم"]
LEXICON["ar"]["VIOLENT"] += ["~يقطعك", "~يقطعكم", "~يقطعهم", "~يقطعه", "قطع_قطع", "~ينرمو", "~يترمو",
                             "~ارموهم", "من_فوق_البنايات", "من_فوق_العمارات", "من_فوق_السطوح", "~تنمحي",
                             "~ينمحو", "~تنمحو", "~ينمحي"]
LEXICON["ar"][f"SLUR:{RELIGION}"] += ["~عبده_القبور", "عبده_قبور", "~عباد_القبور", "~قبوريين", "~القبوريه"]
LEXICON["ar"]["NEGPRED"] += ["مله_كفر", "ملة_كفر", "بقايا_المغول", "احفاد_المغول", "المطبخ_والفراش"]
LEXICON["ar"]["REJECT"] += ["ظلم", "هذا_ظلم", "وهذا_ظلم", "~تحريض"]
LEXICON["ar"]["PRAISE"] += ["اخوه", "إخوة", "اخوتنا", "اخواننا", "إخواننا"]
# (fa, tr third batch written afresh: fa 23/26, tr 19/26 before it) "we're coming for you", "deserves a
# punch in the mouth", "his reward is a bullet"; razing villages, "unrecognisable", bears and microbes,
# "not worth five coins"
PHRASES["fa"]["THREAT"] += ["بیایم سراغت", "بیایم سراغتون", "میایم سراغتون", "میایم سراغت", "میام سراغتون"]
LEXICON["fa"]["MOOD"] += ["حقشه", "حقشونه", "حقته", "حقتونه", "سزای", "سزاش", "سزاشون", "سزاتون", "جزای",
                          "جزاش"]
LEXICON["fa"]["VIOLENT"] += ["تو_دهنش", "تو_دهنت", "تو_دهنشون", "توی_دهنش", "توی_دهنت"]
# "döv" as the bare imperative (_TR_BARE_IMPERATIVE)
LEXICON["tr"]["VIOLENT"] += ["yerle_bir_ed*", "yerle_bir_edil*", "döv"]
PHRASES["tr"]["THREAT"] += ["tanıyamayacak hale", "tanınmayacak hale", "tanimayacak hale", "tanınmaz hale gel*"]
LEXICON["tr"]["DEHUMAN"] = LEXICON["tr"].get("DEHUMAN", []) + ["ayılar", "ayılardır", "mikrob*", "mikrop*"]
LEXICON["tr"]["NEGPRED"] += ["beş_para_etmez", "bes_para_etmez"]
# (tr, thirteenth round written afresh: 54/87 before it) colloquial spellings and word families: the
# spoken future in stock threats and acts ("bulcaz", "kırcam", "bekliycez"), a final k or ç softened
# before a vowel ("ahmağın teki", "bıçağı"), "one more 1915" (a massacre wished again), hanging by
# "sallandırmak", the routes and cars of the addressee known, "you are not a man", the one who wrote
# the news as a person, "gayler", camel herders; and sexual remarks about a woman on screen (harm.py
# rule 5b: a body part or "one night" with a person and a word of desire or appraisal)


def _tr_spoken_future(word):
    """The spoken forms of a Turkish first-person future (bulacağız -> bulacaz, bulcaz, bulucaz;
    temizleyeceğim -> temizleyecem, temizlicem), or [] for another word. With ``word`` a stem entry
    ("kıracağ*"), the first person singular and plural are both made."""
    w = word.rstrip("*")
    for fut in ("acağ", "eceğ", "acag", "eceg"):
        at = w.rfind(fut)
        if at > 0 and len(w) - at - len(fut) <= 2:
            break
    else:
        return []
    base, a, end = w[:at], fut[0], w[at + len(fut):]
    persons = ("m", "z") if word.endswith("*") else (end[-1:],) if end[-1:] in ("m", "z") else ()
    y = base.endswith("y")
    stem = base[:-1] if y else base
    vowels = [c for c in (stem[:-1] if y else stem) if c in "aeıioöuü"]
    i = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}.get(
        vowels[-1] if vowels else a, "ı")
    out = set()
    for p in persons:
        c = "c" + a + p
        out.add(base + a + c)  # bulacaz, temizleyecem
        if y:
            out.add(stem[:-1] + i + c)  # temizlicem, avlıcaz
        else:
            out |= {stem + c, stem + i + c}  # bulcaz, bulucaz
    return sorted(out)


PHRASES["tr"]["THREAT"] += list(dict.fromkeys(" ".join(v if t == tok else t for t in p.split())
                                              for p in list(PHRASES["tr"]["THREAT"]) for tok in p.split()
                                              for v in _tr_spoken_future(tok)))
# (not "yak", "temizle": "nargilemi yakıcam", "boşları temizlicem" light and clean)
LEXICON["tr"]["VIOLENT"] += [v for e in list(LEXICON["tr"]["VIOLENT"]) if "_" not in e
                             and not e.startswith(("yak", "temizle")) for v in _tr_spoken_future(e)]
# a final k (ç) is written ğ (c) before a vowel: ahmak -> ahmağın, bıçak -> bıçağı, köpek -> köpeği;
# stems of five letters or more, so that no short stem reaches another word
# (not a literal dog, a beating, a knife or the town of Uşak: "köpeği ezen adam", "dayağa hak vermiyorum",
# "çatalı bıçağı", "uşağuma" -- a child, in the dialect of the Black Sea)
_TR_NOT_SOFT = ("hastalık", "hastalik", "kaçak", "kacak", "tohumu", "köpek", "kopek", "dayak", "bıçak", "bicak",
                "uşak", "usak")
for _tag in ("INSULT", "DEHUMAN", "NEGPRED", "VIOLENT", "PROF"):
    # (an entry in ASCII also in ğ: "salak*" must reach "salağın" as well as "salagin"; after n, g)
    LEXICON["tr"][_tag] += [e[:-2] + soft + "*" for e in list(LEXICON["tr"][_tag])
                            if e.endswith(("k*", "ç*")) and len(e) >= 5 and "_" not in e
                            and not e.startswith(_TR_NOT_SOFT)
                            for soft in (("c",) if e[-2] == "ç" else ("g",) if e[-3] == "n" else
                                         ("ğ", "g") if e.isascii() else ("ğ",))]
LEXICON["tr"]["VIOLENT"] += ["sallandır*", "sallandir*", "ipe_çek*", "ipe_cek*", "ipte_sallan*",
                             "döverek", "doverek", "dövüp", "dovup", "yakarak", "kırarak", "kirarak",
                             "bıçağı_sok*", "bicagi_sok*", "bıçağı_sapla*", "bicagi_sapla*", "bıçağı_bas*",
                             "bıçaklar*", "bicaklar*"]
# "bir 1915 daha", "bi Halepçe daha", "yeni bir Dersim": a massacre wished again (harm.py reads a
# negated verb after a Turkish stock threat as its negation: "bir Halepçe daha yaşanmasın")
PHRASES["tr"]["THREAT"] += [f"{one} {ev} daha" for one in ("bir", "bi") for ev in (
    "1915", "dersim", "halepçe", "halepce", "enfal", "madımak", "sivas", "maraş", "çorum", "roboski",
    "holokost", "soykırım", "katliam")] + [f"yeni bir {ev}" for ev in ("1915", "dersim", "halepçe", "enfal")]
LEXICON["tr"]["DOXVERB"] += ["biliyoz", "biliyom", "biliyorum", "biliriz", "bekleyeceğiz", "bekleyecegiz",
                             "bekleyeceğim", "bekleyecez", "bekleyecem", "bekliycez", "bekliycem",
                             "bekliyecez", "bekliyecem", "beklicez", "beklicem", "bekleriz"]
LEXICON["tr"]["DOXOBJ"] += ["bindiğin*", "bindigin*", "takıldığın*", "takildigin*", "gezdiğin*",
                            "gezdigin*", "uğradığın*", "ugradigin*", "arabana", "arabanın", "kızının_okul*"]
# "you are not a man / a human", said to the addressee
PHRASES["tr"]["ATTACK"] += [f"{w} {b}{neg}" for w in ("adam", "insan") for b in ("", "bile ")
                            for neg in ("değilsin", "degilsin", "değilsiniz", "degilsiniz")]
LEXICON["tr"]["YOU"] += ["hadi_oradan", "hadi_ordan", "hadi_lan", "haydi_oradan", "git_işine",
                         "git_isine",
                         # the addressee's body where the blade goes ("bıçağı karnına sokarım"); the dative
                         # only ("karnını çıkarıp yakın çekim" shows a belly, "kalbine uyan" follows a heart)
                         "karnına", "karnina", "gözüne", "gozune", "sırtına", "sirtina", "boğazına",
                         "bogazina", "göğsüne", "gogsune"]
LEXICON["tr"]["PERSON"] += ["yazan", "yazanı", "yazani", "yazana", "yazanın", "yazanin", "yazanlar*"]
LEXICON["tr"][f"GROUP:{HOMOPHOBIA}"] += ["gayler*"]
LEXICON["tr"][f"GROUP:{RACISM}"] += _tr_forms("çingen", "cingen")
LEXICON["tr"]["NEGPRED"] += ["deve_çoban*", "deve_coban*", "keçi_çoban*", "keci_coban*", "çöl_arap*"]
LEXICON["tr"][f"SLUR:{SEXISM}"] += ["karilar", "karilari"]
# counter-speech: a word quoted by "diye" and then defied, or the one who said it detained (DEFY, read
# only after such a quotation: harm.py tr_mentioned)
LEXICON["tr"]["DEFY"] = ["inat", "inadına", "inadina", "gözaltına", "gozaltina", "tutuklandı", "tutuklandi",
                         "tutuklanmalı*", "tutuklanmali*", "ceza_al*", "cezalandırıl*", "hapis_cezası*"]
# rule 5b (harm.py): a part of the body, the bed or "one night" (SEXCUE), a woman or a presenter
# (FEMALE, PERSON) and desire or appraisal (SEXAPPR) in one sentence
LEXICON["tr"]["SEXCUE"] = ["kalça*", "kalca*", "bacakları", "bacaklari", "bacaklarına", "dudakları",
                           "dudaklari", "yatakta", "bi_gece",
                           "bir_gece", "geceliğine", "geceligine"]
LEXICON["tr"]["FEMALE"] = ["hatun*", "bayan*", "hanım*", "hanim*", *_tr_forms("kız", "karı")]
LEXICON["tr"]["SEXAPPR"] = ["efsane*", "harika*", "mis", "muhteşem*", "muhtesem*", "şahane*", "sahane*",
                            "süper", "super", "tahrik*", "azdır*", "azdir*", "yerim", "yenir", "iyidir",
                            "ateş_gibi*", "ates_gibi*", "bomba_gibi*", "afet*", "fıstık*", "fistik*",
                            "çıtır*", "citir*", "verseler", "verselerdi", "yeter", "geçirsem", "gecirsem",
                            "neler_yapardım", "neler_yapardim", "neler_yapmazdım", "dayanılmaz*"]
# (tr, fourteenth round written afresh: 60/81 before it) causatives of the violent verbs ("bacaklarını
# kırdırırım", "dövdürürüm", "öldürtürüm": having it done is the threat too), blood that "should flow"
# ("kanı akmalı", "kanlarını akıtacağız"), the addressee's plate noted down (rule 2b), a drifter, the
# clumsy, sexist tropes ("kadın hakem mi olurmuş", "kocası sayesinde", "para için evlenir"), breasts and
# bottoms, "sexy", staring and "one night I'd give her" in rule 5b; counter-speech rejecting a quoted
# claim with "should be ashamed" or "is ignorance" (DEFY: only after "diyenler", "demek")
# (not "astır", "yaktır", "kestir": a picture hung, henna put on, a nap)
# (their moods only: "kadın kendini dövdürür", "dövdürttü" tell what someone had done)
# Turkish entries also typed without their letters (the Turkish-only letters; harm.py folds â î û too)
_TR_FOLD = str.maketrans("çğıöşü", "cgiosu")
LEXICON["tr"]["VIOLENT"] += [f for e in _tr_verb_forms("kırdır:ı", "dövdür:ü", "öldürt:ü", "bıçaklat:ı")
                             for f in {e, e.translate(_TR_FOLD)}
                             for f in [f, *_tr_spoken_future(f)]]
LEXICON["tr"]["VIOLENT"] += ["kanı_ak*", "kani_ak*", "kanları_ak*", "kanlari_ak*",
                             "kanını_akıt*", "kanini_akit*", "kanlarını_akıt*", "kanlarini_akit*",
                             "kanı_dökül*", "kani_dokul*", "kanları_dökül*", "kanlari_dokul*",
                             "kanını_dök*", "kanini_dok*", "kanlarını_dök*", "kanlarini_dok*"]
# the plate written down (not an address: "adresini yanlış yazdım", "adresinizi yazdık, kargo yolda")
LEXICON["tr"]["DOXVERB"] += [f"{p}_{v}" for p in ("plakanı", "plakani", "plakanızı", "plakanizi")
                             for v in ("yazdım", "yazdim", "yazdık", "yazdik")]
LEXICON["tr"]["INSULT"] += ["serseri*"]
LEXICON["tr"]["NEGPRED"] += ["beceriksiz*"]
LEXICON["tr"]["SEXPRED"] += ["olurmuş", "olurmus", "kocası_sayesinde", "kocasi_sayesinde",
                             "kocasının_sayesinde", "kocasinin_sayesinde", "kocasının_torpil*",
                             "para_için_evlen*", "para_icin_evlen*", "paraya_tapar*", "altın_avcı*",
                             "altin_avci*"]
LEXICON["tr"]["SEXCUE"] += ["göğüs*", "gogus*", "göğsü*", "gogsu*", "memeler*", "popo*"]
LEXICON["tr"]["SEXAPPR"] += ["seksi*", "bakmaktan", "gözümü_alamı*", "gozumu_alami*", "yaşatırım",
                             "yasatirim", "yaşatırdım", "yasatirdim", "aklım_git*", "aklim_git*"]
LEXICON["tr"]["DEFY"] += ["utansın", "utansin", "utansınlar", "utansinlar", "cehalet*", "cahillik*"]
# (ar, fourth batch written afresh, 18/28 before it) a last warning to the addressee, "your reckoning is
# near", the addressee's blood wished in the streets, running someone over, "sold their land" said of
# Palestinians, a smell "unbearable" said of a people, "comments like ..." quoted to be removed
PHRASES["ar"]["THREAT"] += [
    "اخر تحذير لك", "اخر تحذير الك", "اخر تحذير لكم", "اخر تحذير الكم", "اخر انذار لك", "اخر انذار الك",
    "اخر انذار لكم", "حسابكم قريب", "حسابك قريب", "حسابكم عسير", "حسابك عسير", "يومكم قريب", "يومك قريب"]
# (not "دمك" alone: "دمك خفيف", "ودمكم شربات" say someone is charming)
PHRASES["ar"]["THREAT"] += ["نشوف دمكم", "نشوف دمك", "دمكم بالشوارع", "دمكم في الشوارع"]
LEXICON["ar"]["VIOLENT"] += ["بدوسه", "بدوسهم", "ادوسه", "ندوسهم", "بدوسك", "ادوسك"]
LEXICON["ar"]["NEGPRED"] += ["باعوا_ارضهم", "باعو_ارضهم", "باعوا_بلادهم", "باعوا_وطنهم", "ريحتهم_ما_تنطاق",
                             "~ريحتهم_كريهه", "ريحتهم_تقرف"]
LEXICON["ar"][f"GROUP:{XENOPHOBIA}"] += ["الفلسطينيه", "الفلسطينية"]
LEXICON["ar"]["DENY"] = LEXICON["ar"].get("DENY", []) + ["تعليقات_مثل", "كلام_مثل", "عبارات_مثل", "تعليقات_زي"]
# (fa, thirteenth round: 86 comments written afresh on 2026-12-01, 66/86 before it) "you won't leave
# alive" with the negation in the verb and words between (harm.py rule 1b), setting fire to a person's
# home in the present, "hang you", "answer them with bullets", "isn't there anyone who..." as a call,
# "everyone knows where you work", crude slang, a sodomite, blood-drinking and cunning, "a woman's place
# is in the home", "a woman driver is a mortal danger"
LEXICON["fa"]["LEAVE"] = ["~نمیذار", "~نمیزار", "نمیمونی", "نمیمونید", "نمیمونه", "نمیمونن", "نمیمانی", "نمیمانید",
                          "نمیاد", "نمیای", "نمیاین", "نمیان", "نمیری", "نمیرید", "نمیره", "نمیرن", "برنمیگرد*",
                          "نخواهی", "نخواهید", "نمیرسی", "نمیرسه", "نمیبری", "نمیبرید"]
LEXICON["fa"]["ALIVE"] = ["زنده", "زندهات", "زندت", "زندتون", "زندهتون", "زندش", "زندهش", "زندشون", "زندهشون",
                          "زندهاش", "زنده_زنده"]
LEXICON["fa"]["VIOLENT"] += ["آتیش_میزن*", "آتش_میزن*", "=دارت", "=دارتون", "دارت_بزن*", "دارتون_بزن*"]
LEXICON["fa"]["YOU"] += ["=دارت", "=دارتون"]
PHRASES["fa"]["THREAT"] += [
    f"{a} {b} {c}" for a in ("با گلوله", "با تیر", "با اسلحه", "با سرب", "با گلوله ها")
    for b in ("جوابتو", "جوابتونو", "جوابشو", "جوابشونو", "جواب اینارو", "جواب اینا رو")
    for c in ("میدیم", "میدم", "بدید", "بدین", "بدیم", "میدن", "باید داد", "باید بدیم")]
LEXICON["fa"]["MOOD"] += ["کسی_نیست", "یکی_نیست", "کسی_پیدا_نمیشه", "یکی_پیدا_نمیشه"]
LEXICON["fa"]["DOXFOUND"] = LEXICON["fa"].get("DOXFOUND", []) + [
    "همه_میدونن", "همه_میدونند", "همه_میدانند", "همه_میدونیم", "همه_میدانیم", "همه_خبر_دارن"]
LEXICON["fa"]["DOXVERB"] += ["~میدونن", "~میدانند", "~میدونند"]
LEXICON["fa"]["PROF"] += ["کسشر", "کصشر", "کسشرا", "کسشرات", "کسشره", "پدرسوخته*", "پدرسوختگی"]
LEXICON["fa"]["VULG"] += ["ساکشو_بزن*", "ساک_بزن*", "ساک_میزن*", "ساکمو_بزن*", "ساک_زدن", "ساکشو_میزن*"]
LEXICON["fa"][f"SLUR:{HOMOPHOBIA}"] += ["لواطکار*", "لواط_کار*"]
LEXICON["fa"]["NEGPRED"] += ["خونخوار*", "خون_خوار*", "حیلهگر*", "حیله_گر*", "مکار*", "داعشیان", "داعشین",
                             "خطر_جانی*", "جای_زن*_تو*_خونه*", "جای_زن*_تو*_آشپزخونه*", "جای_زن*_در_خانه*",
                             "جای_زن*_در_آشپزخانه*", "جاشون_تو*_خونه*", "جاشون_تو*_آشپزخونه*"]
LEXICON["fa"][f"GROUP:{SEXISM}"] += ["=زنی"]
# (fa, the round's second batch, 24/36 before it) counter-speech that rejects with "should be ashamed",
# "not scientific", "a wrong generalisation" after "those who say/think"; "I'll send my brothers to your
# door"; beating, crushing and "settling the account" of a group; "it's time"; a woman "obedient to her
# husband", "no right to speak", "only good for child-rearing"
LEXICON["fa"]["REJECT"] += ["خجالت_بکش*", "خجالتآور*", "خجالت_آور*", "علمی_نیست", "غلطه", "اشتباهه", "تعمیم*",
                            "کلیشه*", "دروغه", "نادرسته", "نادرست", "تعصب*", "بیپایه*", "بی_پایه*"]
LEXICON["fa"]["SAY"] += ["فکر_میکن*", "فکر_میکنند", "معتقدن*", "معتقدند", "میگفت*", "مینویسن*", "مینویسند",
                         "ادعا*", "فریاد_میزد*", "شعار_میداد*"]
LEXICON["fa"]["DOXOBJ"] += ["~خونهات", "~خانهات", "~خونتون", "~خونهتون", "~درخونت", "~در_خونت"]
LEXICON["fa"]["DOXVERB"] += ["~میفرستم", "~میفرستیم", "دم_در*", "=دم"]
LEXICON["fa"]["VIOLENT"] += ["=کتکش", "=کتکت", "=کتکتون", "کتکش_میزن*", "کتکشون_میزن*", "کتکت_میزن*", "له_کن*",
                             "لهش_کن*", "لهشون_کن*"]
LEXICON["fa"]["MOOD"] += ["وقتشه", "وقتش_رسیده", "وقت_آن_رسیده", "وقتش_شده"]
LEXICON["fa"]["SEXPRED"] += ["مطیع_شوهر*", "مطیع_مرد*", "حق_حرف_زدن_ندار*", "حق_نظر_دادن_ندار*",
                             "فقط_برای_بچهداری*", "برای_بچهداری_خوب*", "فقط_به_درد_بچهداری*"]
PHRASES["fa"]["ATTACK"] += ["مغزت اندازه نخود*", "مغزت قد نخود*", "مغزت اندازه گنجشک*", "مغز نخودی*"]
# "خودش را به آب و آتش میزند" (goes to great lengths): the fire of an idiom
PHRASES["fa"]["IDIOM"] += ["آب و آتش", "آب و آتیش", "اب و اتش", "آب و آتیشی"]
# (fa, the round's third batch, in written and Afghan Persian and Finglish, 27/36 before it): uprooting a
# people, blood "will be shed", "nothing without a man", "they've fouled the world", "shut your trap,
# you lowlife", Finglish killing and "it's a duty"
LEXICON["fa"]["VIOLENT"] += ["از_ریشه_کند*", "از_ریشه_بکن*", "از_ریشه_میکن*", "ریشهکن*", "ریشه_کن*",
                             "ریشهشون_رو_بکن*", "koshtan", "koshtanet", "koshtanesh", "koshtaneshoon", "koshtaneshun"]
LEXICON["fa"]["SEXPRED"] += ["بدون_مرد*", "بی_مرد*", "بدون_شوهر*"]
LEXICON["fa"]["NEGPRED"] += ["هیچی_نیستن*", "هیچ_نیستند", "هیچی_نیستند", "به_گند_کشید*", "به_گند_میکش*",
                             "به_لجن_کشید*"]
LEXICON["fa"]["INSULT"] += ["بیهمهچیز*", "بی_همه_چیز*", "خفهخون*", "خفه_خون*"]
LEXICON["fa"]["MOODAFTER"] += ["vajebe", "vajeb", "lazeme", "haghesh", "hagheshe", "haghetoone"]
LEXICON["fa"][f"GROUP:{XENOPHOBIA}"] += ["afghaniaro", "afghaniha*", "afghania*", "afghanira"]
PHRASES["fa"]["ATTACK"] += ["خفه خون بگیر*", "خفهخون بگیر*", "خفه خون", "خفهخون"]
FINGLISH_MARKERS = FINGLISH_MARKERS | {"vajebe", "vajeb", "lazeme", "shoor", "hagheshe", "haghesh"}
LEXICON["fa"]["REJECT"] += ["نشونه_نادونی*", "نشانه_نادانی*", "نشونه_جهل*", "نشانه_جهل*", "از_سر_نادانی", "جهالت*"]
# (en, thirteenth round: 59 comments written afresh on 2026-12-01, 47/59 before it) "someone shoot
# this clown" (harm.py _EN_SOMEONE), cleansing a city or a town of a people, tropes of women who should
# "stick to raising kids", "slept her way to the top"
PHRASES["en"]["THREAT"] += [f"{v} {a} {b} of" for v in ("cleanse", "purge", "clean") for a in ("this", "the", "our")
                            for b in ("city", "town", "land", "region", "neighbourhood", "neighborhood", "streets",
                                      "village", "villages", "nation", "homeland")] + [
    "cleanse this country of", "cleanse our country of", "purge this country of", "purge our country of"]
LEXICON["en"]["SEXPRED"] = LEXICON["en"].get("SEXPRED", []) + [
    "stick_to_raising*", "stick_to_the_kitchen", "stick_to_cooking", "leave_politics_to_men", "leave_it_to_the_men",
    "slept_her_way*", "sleeping_her_way*", "sleeping_with_the_boss", "by_sleeping_with*", "slept_with_the_boss",
    "back_in_the_kitchen", "belong_in_the_kitchen", "make_me_a_sandwich"]
# (fa, the round's fourth batch, 29/44 before it) "take care of yourself" is a threat only where the
# writer shows they know where someone is (rule 2b) or warns them for what they write (2c), never alone
# ("مراقب خودت باش عزیزم، جاده‌ها یخ زده"); doxxing by a visit, a channel, an IP, "where you are";
# "a woman's testimony is half a man's", "should raise children", paedophiles, AIDS, curses, addicts,
# money-worship
LEXICON["fa"]["WARN"] += ["مراقب_خودت_باش*", "مواظب_خودت_باش*", "بیشتر_مراقب*", "بیشتر_مواظب*"]
LEXICON["fa"]["DOXVERB"] += ["تو_کانالمون", "توی_کانالمون", "~سر_زدیم", "سر_میزنیم", "جلو_خونت*", "جلوی_خونت*",
                             "دم_خونت*", "~درآوردیم", "~دراوردیم"]
LEXICON["fa"]["DOXOBJ"] += ["~آیپیت", "آیپی", "کجا_هستی", "کجا_زندگی*", "~مدرسهش", "~خونه_مادرت",
                            "~خونهی_مادرت", "جلو_خونت*", "جلوی_خونت*", "دم_خونت*"]
LEXICON["fa"]["SEXPRED"] += ["نصف_مرد*", "عقلش_نصف*", "عقلشون_نصف*", "باید_بچهداری*", "بچهداری_کن*",
                             "نباید_بره_دانشگاه", "نباید_برن_دانشگاه", "نباید_درس_بخون*"]
LEXICON["fa"][f"GROUP:{HOMOPHOBIA}"] += ["دوجنسه*", "دوجنسگرا*", "دو_جنسه*"]
LEXICON["fa"]["NEGPRED"] += ["بچهباز*", "بچه_باز*", "باعث_ایدز*", "ایدز_میارن", "ایدز_پخش*", "نفرین*", "معتاد*",
                             "پولپرست*", "پول_پرست*"]
LEXICON["fa"]["PROF"] += ["گهگیجه", "گه_گیجه", "تخمی*"]
# (en, the round's second batch, 42/51 before it) "gas the ...", "barefoot and pregnant", "worth
# nothing", the asterisked "f**k" (its stars dropped: "fk"), "the kind of hate", prices "killing us"
LEXICON["en"]["VIOLENT"] += ["gas_the", "gas_them", "gas_all", "gas_every"]
LEXICON["en"]["SEXPRED"] += ["barefoot_and_pregnant", "barefoot_in_the_kitchen", "opinion*_worth_nothing",
                             "opinion*_is_worthless", "opinion*_doesnt_count", "opinion*_dont_count"]
LEXICON["en"]["NEGPRED"] += ["worth_nothing", "worthless"]
LEXICON["en"]["PROF"] += ["fk", "fkin", "fking", "fkn", "fked", "fker*", "wtf", "stfu"]
LEXICON["en"]["REJECT"] += ["kind_of_hate", "this_kind_of_hate", "the_kind_of_hate", "sort_of_hate"]
PHRASES["en"]["IDIOM"] += [f"{a} {b} killing" for a in ("prices", "bills", "rent", "rents", "heat", "traffic",
                                                        "taxes", "inflation", "costs", "fees")
                           for b in ("are", "is")]
# (fa, the round's fifth batch, in written and colloquial forms, 27/43 before it) women "not made for"
# a role, "everything breaks when a woman is boss", shamelessness, "a good woman doesn't talk", a moral
# deviance to be cured, leading society to corruption, "never become human", "you come home alone from
# work", the superlative of گوه, a sexual night, tight clothes that arouse, porn films
LEXICON["fa"]["SEXPRED"] += ["ساخته_نشده*", "ساخته_نشدن*", "خراب_میشه", "خراب_میکن*", "به_فاجعه*", "فاجعه_میشه",
                             "حرف_نزنه", "ساکت_باشه", "صداش_در_نیاد", "بیحیا*", "بی_حیا*", "ولنگار*"]
LEXICON["fa"]["NEGPRED"] += ["بیحیا*", "بی_حیا*", "ولنگار*", "انحراف*", "منحرفن", "درمان_بش*", "درمان_شوند",
                             "باید_درمان*", "به_فساد*", "فاسد_میکن*", "مرد_واقعی_کم*", "یه_مرد_واقعی*", "آدم_نمیشن",
                             "آدم_نمیشند", "آدم_بشو_نیستن", "آدم_نمیشه", "نژاد_پست*", "خرافاتی*"]
PHRASES["fa"]["IDIOM"] += ["به فساد میکشون*", "به فساد کشید*", "به فساد میکش*", "به گند کشید*", "به گند میکش*",
                           "به فاجعه کشید*", "به فاجعه میکش*", "به انحراف کشید*", "به انحراف میکش*"]
LEXICON["fa"]["DOXOBJ"] += ["تنها_برمیگرد*", "تنها_میری", "تنها_میای", "تنها_برمیگردی", "تنها_رانندگی*"]
LEXICON["fa"]["PROF"] += ["گوهترین", "گهترین", "گوهتر", "گهتر"]
LEXICON["fa"]["VULG"] += ["یه_شب_با_هم*", "یه_شب_باهم*", "یه_شب_پیشم*", "آدمو_تحریک_میکن*", "تحریکم_میکن*",
                          "فیلم_سوپر*", "فیلمای_سوپر*", "فیلم_سکسی*", "لخت_ببینم*", "لختش_کن*"]
# (en, a third batch of the round, 35 veiled and group threats written afresh, 23/35 before it):
# "watch your back" is a warning only beside a cue ("on the ice" is advice), a family burying you, the
# habit of disappearing, sleeping with the fishes, made to disappear, a fire "with you inside", a torn-out
# tongue, finishing what Saddam started, "the only good X is a dead X", "if something happened to your
# daughter". ("watch your back" stays a stock threat: demoting it to a warning that needs a cue, for
# "watch your back on the ice", cost a case of the suite's check half, so the advice is left misread.)
LEXICON["en"]["WARNSELF"] += ["disappearing", "habit_of_disappearing", "end_up_missing"]
PHRASES["en"]["THREAT"] += [
    "be burying you", "be burying her son", "be burying his son", "be burying her daughter", "be burying your",
    "will bury you", "gonna bury you", "going to bury you", "sleeping with the fishes", "sleep with the fishes",
    "make you disappear", "make them disappear", "make him disappear", "make her disappear",
    "with you inside", "with you in it", "with them inside", "with them in it", "with everyone inside",
    "with everyone in it", "rip your tongue", "rip out your tongue", "cut your tongue", "cut out your tongue",
    "rip his tongue", "cut his tongue", "cut out his tongue", "if something happened to your",
    "if something happens to your", "if anything happened to your", "if anything happens to your",
    "if something were to happen to your"]
LEXICON["en"]["VIOLENT"] += ["finish_what_saddam", "finish_what_isis", "finish_what_they_started",
                             "finish_what_anfal"]
LEXICON["en"]["MOOD"] += ["only_good"]
# (ar, fourteenth round: 80 comments written afresh on 2026-12-01, 57/80 before it) deporting by
# "sending off" (سفّروا), a passive future ("سيتم تصفيتك"), a weapon that "speaks" ("خلّو الرصاص يحكي"),
# a mind "lacking" said of women and girls sent back to the dishes, "sows discord" as a judgement of
# whoever says it, "calls for" expelling as what is rejected, rule 5b's sexual remarks in Arabic, and
# Arabizi killing with its hamza digit (la2atlak)
LEXICON["ar"]["EXCLUDE"] += ["سفروا", "سفرو", "سفروهم", "وسفروهم", "سفروهن", "سفروه"]
PHRASES["ar"]["THREAT"] += [f"{w} {v}" for w in ("الرصاص", "السلاح", "الرشاش", "السكاكين", "السيف", "البارود")
                            for v in ("يحكي*", "يتكلم*", "تحكي*", "تتكلم*", "راح_يحكي", "راح_يتكلم")]
LEXICON["ar"]["NEGPRED"] += ["عقل*_ناقص*", "عقول*_ناقص*", "عقل*_صغير*", "عقول*_صغير*", "ما_ينفع_يحكم*",
                             "ما_ينفعن*", "روحي_اغسلي*", "روحي_اطبخي*", "اغسلي_الصحون", "ارجعي_للمطبخ",
                             "ارجعي_لمطبخك", "روحي_للمطبخ", "روحي_لمطبخك", "مكانك_المطبخ"]
LEXICON["ar"][f"GROUP:{SEXISM}"] += ["النسوه"]  # (not المره, also "the time"; nor بنت, a daughter)
PHRASES["ar"]["ATTACK"] += ["روحي اغسلي*", "روحي اطبخي*", "اغسلي الصحون", "ارجعي للمطبخ", "ارجعي لمطبخك",
                            "روحي للمطبخ", "روحي لمطبخك", "مكانك المطبخ", "مكانك بالمطبخ"]
LEXICON["ar"]["JUDGE"] += ["يزرع_الفتنه", "يزرعون_الفتنه", "يثير_الفتنه", "يثيرون_الفتنه", "فتان", "طائفي",
                           "الطائفي", "يفرق_بين"]
LEXICON["ar"]["SAY"] += ["دعوات", "الدعوات", "لدعوات", "بدعوات", "دعوه", "الدعوه", "مطالبات", "المطالبات"]
LEXICON["ar"]["VIOLENT"] += ["~2atl", "~2tl", "~2tol", "~nedba7", "~adba7"]
LEXICON["ar"]["SEXCUE"] = ["ليله_وحده", "ليله_معها", "ليله_معاها", "~جسمها", "~صدرها", "~فخاذ", "~طيزها",
                           "~شفايفها", "~شفافها", "~مكوتها", "~نهودها", "تجي_عندي", "تيجي_عندي", "بحضني",
                           "فراشي", "سريري"]
LEXICON["ar"]["FEMALE"] = ["~المذيعه", "~المراسله", "~الممثله", "~المغنيه", "~الصحفيه", "هالبنت", "هالحرمه"]
LEXICON["ar"]["SEXAPPR"] = ["صاروخ", "صواريخ", "مزه", "مزز", "يهبل", "تهبل", "تجنن", "نار", "لذيذه", "طيزها",
                            "ودي", "بدي", "نفسي", "يا_ريت", "ياريت", "اشتهيها", "حلوه", "مربربه", "جسم_رهيب",
                            "لو_تجي", "لو_تيجي"]
# a call to post where someone lives (harm.py rule 2b): "اللي يعرف بيت هالكاتب يحطه بالتعليقات" -- whoever
# knows (WHOKNOWS, also DOXVERB so that the comment is read), someone's house, address or number
# (DOXNOUN) and a verb of posting or exposing it (PUBLISH)
LEXICON["ar"]["WHOKNOWS"] = [f"{r}_{v}" for r in ("اللي", "الي", "يلي", "من", "حدا", "احد", "كل_من")
                             for v in ("يعرف", "بيعرف", "يعرفه", "عنده", "عندو", "يقدر_يجيب", "يلقى")]
LEXICON["ar"]["DOXVERB"] += LEXICON["ar"]["WHOKNOWS"]
LEXICON["ar"]["DOXNOUN"] = ["بيت", "بيته", "بيتها", "بيوتهم", "عنوان", "عنوانه", "عنوانها", "رقم", "رقمه", "رقمها",
                            "سكن", "سكنه", "سكنها", "مكان_سكن*", "وين_ساكن", "وين_يسكن", "وين_تسكن", "وين_يشتغل",
                            "مدرسه_ولاد*", "اهل", "اهله", "عيلته"]
LEXICON["ar"]["PUBLISH"] = ["~يحطه", "~يحطها", "~يحطهم", "~ينشره", "~ينشرها", "~ينزله", "~ينزلها", "~يبعته",
                            "~يبعتها", "~يرسله", "~يرسلها", "~يفضحه", "~يفضحها", "~يسربه", "~يكتبه", "~يحطلنا",
                            "~ينشرلنا", "~يبعتلنا", "~يرسلنا", "~يدزه", "~يدزها"]
# (fa, a sixth batch of the round: 20 veiled and group threats and 10 contrasts written afresh, 17/30
# before it, 7 of 20 threats caught): mourning clothes bought for the addressee, people like you who
# vanish, "you'll never hold a pen again", fingers cut off, "the only good X is a dead X", thrown from
# buildings, drowned, "a shame if something happened to them", under the soil by the month's end, "pray
# you never fall into our hands", "ready your shroud"
PHRASES["fa"]["THREAT"] += [
    *[f"{a} لباس سیاه {b}" for a in ("برات", "براتون", "براش", "برای تو") for b in ("بخره", "بخرن", "بپوشه", "بپوشن")],
    *[f"کاری {a} که {b}" for a in ("میکنم", "میکنیم", "میکنن") for b in ("دیگه نتونی", "نتونی", "دیگه نتونید")],
    *[f"{a} قطع {b}" for a in ("انگشتاتو", "انگشتاشو", "دستتو", "دستاتو", "دستشو", "زبونتو", "زبونشو", "پاتو", "پاهاتو")
      for b in ("میکنم", "میکنیم", "میکنن", "کنید", "کنیم")],
    "حیف میشه اگه بلایی", "حیفه اگه بلایی", "حیف میشه اگه اتفاقی", "حیفه اگه اتفاقی",
    *[f"اگه {a} {b}" for a in ("یه اتفاقی برای", "اتفاقی برای", "بلایی سر", "یه بلایی سر")
      for b in ("دخترت", "پسرت", "بچت", "بچههات", "خانوادت", "خانوادهات", "زنت", "مادرت")],
    "زیر خاکی", "زیر خاک میری", "زیر خاک میفرستیم*", "میفرستیمت زیر خاک", "میفرستمت زیر خاک", "زیر خاک بفرست*",
    "گیر ما نیفتی", "گیرمون نیفتی", "دستمون نیفتی", "دست ما نیفتی", "گیر ما نیفتید", "دست ما نیفتید",
    "کفنتو آماده", "کفنت رو آماده", "کفنتو بخر", "کفنتو بپوش", "کفن بپوش", "کفنتونو آماده"]
LEXICON["fa"]["WARNSELF"] = LEXICON["fa"].get("WARNSELF", []) + [
    "غیبشون_میزنه", "غیبش_میزنه", "غیبت_میزنه", "غیب_میشن", "ناپدید_میشن", "ناپدید_میشه", "گم_و_گور_میشن"]
LEXICON["fa"]["DIE"] += ["مردهست", "مرده_است", "مردهاست", "مردهان", "مرده_اند"]
LEXICON["fa"]["VIOLENT"] += ["از_بالای_ساختمون*", "از_بالای_ساختمان*", "از_بالای_پشت_بوم*", "پرتشون_کن*",
                             "پرت_کرد_پایین", "غرق_کرد", "غرقشون_کن*", "غرق_کنید", "غرق_کنیم", "غرقش_کن*"]
# (ar, fifteenth round: 45 veiled and group threats and 20 contrasts written afresh on 2026-12-01, 26/65
# before it, 14 of 45 threats caught) mourning and burial said to the addressee (the family in black over
# you, the Fatiha read on your soul, your shroud or grave made ready, your funeral, fish food, received
# in a bag, seen in a shroud), "a shame if something happened to your family", "pray you never fall into
# our hands", "your last word", "death walks behind you", "found thrown in the street", "your life is
# cheap to us", "their place is under the soil", "their fate is slaughter", "the only good Kurd is a dead
# Kurd" (harm.py), finishing what Saddam or ISIS started, "pay the jizya or die", "X or death" and
# hanging in the squares; all in the second person where the third is a condolence ("الفاتحة على روحه")
_AR_YOUR_FAMILY = ("لعيلتک", "لعايلتک", "لعائلتک", "لاهلک", "لبنتک", "لابنتک", "لابنک", "لولادک", "لاولادک",
                   "لاطفالک", "لمرتک", "لزوجتک", "لامک", "لابوک", "لاخوک", "لاختک", "لعيالک", "لبناتک")
PHRASES["ar"]["THREAT"] += [
    *[f"{v} {c} {o}" for v in ("تلبس", "يلبسون", "يلبسوا", "تلبسلک", "يلبسولک", "تلبسين", "يلبسو")
      for c in ("الاسود", "السواد", "اسود", "الحداد", "ثوب الحداد")
      for o in ("عليک", "عليکم", "علشانک", "لاجلک", "عشانک")],
    *[f"الفاتحه {o}" for o in ("علی روحک", "علی روحکم", "عروحک", "عروحکم", "علی ارواحکم", "علی روحک من هسه")],
    *[f"{v} {o}" for v in ("جهز", "جهزي", "جهزو", "جهزوا", "حضر", "حضري", "حضرو", "حضروا", "احفر", "احفروا",
                            "احفرو", "اشتري", "اشتر", "اشترو", "اشتروا", "خيط", "فصل", "حفرت", "حفرتو", "حفرتوا",
                            "تجهز", "يجهزون", "تحضر", "يحضرون")
      for o in ("کفنک", "کفنکم", "اکفانکم", "قبرک", "قبورکم", "تابوتک", "عزاک", "عزاکم", "عزاءک", "نعشک")],
    *[f"{a} {b} {v}" for a in ("قول", "قل", "قولو", "خبر", "قلها", "قله") for b in ("لامک", "لاهلک", "لابوک",
                                                                               "لمرتک", "لعيلتک", "لزوجتک")
      for v in ("تجهز", "يجهزون", "تحضر", "يحضرون", "تلبس", "يلبسون", "تبکي", "يبکون", "تستعد")],
    "جنازتک", "جنازتکم", "بجنازتک", "جثتک", "جثتکم", "جثثکم",
    *[f"{v} {a} {b}" for v in ("تصير", "بتصير", "تصيرون", "نخليک", "نخليکم", "نرميک", "نرميکم", "نرميهم",
                                "راح تصير", "رح تصير", "ستصبح", "ستکون", "نطعمک", "نطعمکم")
      for a in ("اکل", "طعام", "وجبه", "اکله")
      for b in ("للسمک", "للاسماک", "للدود", "للکلاب", "السمک", "للحيتان")],
    *[f"{v} {o}" for v in ("يستلمونک", "يستلموک", "يستلمک", "تستلمک", "يستلمونکم", "يستلموکم")
      for o in ("بکيس", "بکفن", "جثه", "ميت", "بتابوت", "بصندوق", "قطع")],
    *[f"{v} {o}" for v in ("اشوفک", "نشوفک", "اشوفکم", "نشوفکم", "اشوفه", "نشوفه", "اشوفهم", "نشوفهم")
      for o in ("بالکفن", "بکفنک", "بکفنه", "بالقبر", "بقبرک", "ميت", "ميته", "ميتين", "بالتابوت",
                "مقتول", "مذبوح", "مذبوحين", "جثه", "معلق", "معلقين", "مشنوق")],
    *[f"{p}لو {v} {s} {o}" for p in ("", "و") for v in ("صار", "حصل", "حدث", "جری", "صاب")
      for s in ("شي", "شيء", "اشي", "حاجه", "اي شي")
      for o in _AR_YOUR_FAMILY],
    *[f"{p}اذا {v} {s} {o}" for p in ("", "و") for v in ("صار", "حصل", "حدث", "جری")
      for s in ("شي", "شيء", "اشي", "حاجه")
      for o in _AR_YOUR_FAMILY],
    *[f"{a} لو {v} {s}" for a in ("خساره", "حرام", "مؤسف", "يا حرام", "مو حلو", "مش حلو", "مش کويس", "ما بيصير")
      for v in ("صار", "حصل", "حدث", "جری") for s in ("شي", "شيء", "اشي", "حاجه", "فيه", "فيها", "لک", "الک")],
    *[f"{v} {o}" for v in ("تطيح", "توقع", "تقع", "تطيحون", "توقعون", "تقعون", "تطيحوا", "توقعوا")
      for o in ("بايدينا", "بيدنا", "بين ايدينا", "بين ايدي", "بايدي", "في ايدينا", "في قبضتنا", "بقبضتنا",
                "تحت ايدينا", "تحت ايدي", "بين يدينا", "بيدي")],
    *[f"اخر {a} {b}" for a in ("کلمه", "مقال", "سطر", "تغريده", "تعليق", "حرف", "خبر")
      for b in ("بحياتک", "في حياتک", "بعمرک", "في عمرک")],
    *[f"{d} {b}" for d in ("الموت", "موتک", "الموت جاي", "ملک الموت", "عزرايل")
      for b in ("يمشي وراک", "ماشي وراک", "وراک", "يلاحقک", "يلحقک", "يلاحقکم", "وراکم")],
    *[f"{v} {o}" for v in ("لقوک", "يلاقوک", "يلقونک", "يلاقونک", "يلقوک", "نلاقيک", "راح يلقونک", "تنلقی",
                            "ينلقی", "يلقون جثتک")
      for o in ("مرمي", "مقتول", "ميت", "مذبوح", "جثه", "مقطع", "بکيس", "بالزباله", "بالنهر", "بالشط")],
    *[f"{a} {m}{b} {c}" for a in ("حياتک", "روحک", "دمک", "حياتکم", "ارواحکم", "دمکم", "رقبتک")
      for m in ("", "صارت ", "صار ", "صاير ", "صايره ", "صارت کثير ")
      for b in ("رخيصه", "رخيص", "ارخص") for c in ("عندنا", "عندي", "علينا")],
    *[f"{a} {b}" for a in ("مکانهم", "مکانکم", "مکانک", "مکانه", "مکانهن", "محلهم", "محلکم", "محلک",
                            "مصيرهم", "مصيرکم", "مصيرک", "مصيره")
      for b in ("تحت التراب", "المقبره", "بالمقبره", "المقابر", "بالمقابر", "القبر", "بالقبر", "القبور",
                "المشنقه", "المشانق", "علی المشانق")],
    *[f"{v} {w} {b} {who}" for v in ("نکمل", "نکمّل", "کملوا", "کملو", "نتمم", "لازم نکمل", "خلونا نکمل",
                                      "سنکمل", "راح نکمل", "رح نکمل", "يکمل", "نخلص", "خلصوا", "کمل")
      for w in ("اللي", "الي", "ما", "الذي") for b in ("بداه", "بداها", "بدا", "بلش", "بلشه", "بداوه")
      for who in ("صدام", "داعش", "هتلر", "البعث", "الانفال")],
    *[f"{v} {w} {who}" for v in ("نکمل", "کملوا", "کملو", "سنکمل", "راح نکمل", "رح نکمل", "لازم نکمل")
      for w in ("شغل", "عمل", "مهمه", "مشوار", "طريق")
      for who in ("صدام", "داعش", "هتلر", "الانفال")],
    *[f"{a} {b}" for a in ("الجزيه", "بالجزيه") for b in ("او يموتون", "او يموتوا", "او الموت", "او السيف",
                                                         "او الذبح", "او القتل", "والا الموت", "والا السيف",
                                                         "والا الذبح", "او نذبحهم", "او نقتلهم", "او تموتون",
                                                         "او تموتوا")],
    *[f"{v} {o}" for v in ("ستمتلي", "راح تمتلي", "رح تمتلي", "بتمتلي", "ستمتلیء", "سنملا", "راح نملا", "رح نعبي",
                            "نعبي", "سنملء", "راح نعبي", "تمتلي")
      for o in ("المقابر", "القبور", "المقابر بجثث", "القبور بجثث")]]
# the dead of a prayer, as nouns, and death named in a sermon: "اللهم ارحم موتانا وموتى المسلمين",
# "كل نفس ذائقة الموت" (not a death wished, though ~موت matches them; harm.py reads DEADNOUN as no act,
# and no contrast either: a prayer is no report of violence). (not موتي alone: "die!" to a woman)
LEXICON["ar"]["DEADNOUN"] = ["موتانا", "وموتانا", "لموتانا", "موتاکم", "موتاهم", "الموتی", "بالموتی", "للموتی",
                             "والموتی"]
PHRASES["ar"]["DEADNOUN"] = [f"{a} {b}" for a in ("ارحم", "يرحم", "اغفر", "يغفر", "رحم", "قبور") for b in (
    "موتی", "موتانا")] + ["موتی المسلمين", "وموتی المسلمين", "موتی المؤمنين"]
# death in a sermon ("كل نفس ذائقة الموت", "اذكروا الموت", "الموت حق"): a contrast, as a report is
PHRASES["ar"]["SERMON"] = ["ذائقه الموت", "الموت حق", "والموت حق", "الموت علينا حق", "اذکروا الموت",
                           "اذکر الموت", "تذکر الموت", "تذکروا الموت", "ذکر الموت", "هادم اللذات",
                           "سکرات الموت", "بعد الموت", "الموت والحياه", "الحياه والموت"]
# slaughter, burning, drowning and hanging as a group's fate or need ("اليهود مصيرهم الذبح", "بدهم
# تغريق", "معلقين بالساحات"): the causative of drowning, and hanged in the squares or on poles
LEXICON["ar"]["MOOD"] += ["مصيرهم", "مصيرکم", "مصيرک", "مصيرهن"]
LEXICON["ar"]["VIOLENT"] += ["تغريق", "تغريقهم", "بتغريقهم", "غرقوهم", "اغرقوهم", "نغرقهم", "نغرقکم", "بنغرقکم",
                             "سنغرقکم", "~يحترق_وانت", "~تحترق_وانت", "~ينحرق_وانت",
                             *[f"{a}_{b}" for a in ("معلقين", "معلقه", "معلق", "مشنوقين", "مشنوق")
                               for b in ("بالساحات", "بالساحه", "في_الساحات", "علی_المشانق", "بالمشانق",
                                         "علی_الاعمده", "علی_اعمده", "بالاعمده", "من_رقابهم", "علی_الجسور")]]
# "people like you tend to disappear" (rule 2c's warning that names the harm); "a promise from me" marks
# the warning as the writer's own, as "someone who writes like you" marks it as aimed
LEXICON["ar"]["WARNSELF"] = LEXICON["ar"].get("WARNSELF", []) + [
    "يختفون", "يختفوا", "يختفو", "بيختفوا", "بيختفو", "يختفي", "راح_يختفي", "رح_يختفي", "راح_تختفي", "رح_تختفي",
    "تختفي", "ينلقون_مرميين", "يتلقون_مرميين", "ما_حدا_يلاقيهم", "ما_احد_يلقاهم"]
LEXICON["ar"]["SPEECHTARGET"] += ["اللي_مثلک", "الي_مثلک", "يلي_مثلک", "وعد_مني", "وعد_علي", "هذا_وعد",
                                  "~کل_مثلي", "~کل_شاذ"]
# advice, not a warning: the danger is named (the crowd, the road, the cold) after "انتبه" (harm.py 2b)
LEXICON["ar"]["HAZARD"] = ["من_الزحمه", "بالزحمه", "من_الطريق", "من_البرد", "من_الحر", "من_الشمس",
                           "من_المرض", "من_الکورونا", "من_السيارات", "من_البحر", "من_المي", "من_الماء",
                           "من_النار", "من_الکهربا", "من_الکهرباء", "من_الغاز", "من_الزلق", "من_الحراره",
                           "من_العدوی", "من_الفيروس", "بالمسبح", "بالبحر", "من_الالعاب", "من_المفرقعات"]
# "pray you never fall into our hands": the negation is the phrase's own; a grave dug "with your own hand"
PHRASES["ar"]["THREAT"] += [
    *[f"{n} {v} {o}" for n in ("ما", "لا", "ماراح", "ما راح", "ما رح", "ما ب")
      for v in ("تطيح", "توقع", "تقع", "تطيحون", "توقعون", "تقعون", "تطيحوا", "توقعوا")
      for o in ("بايدينا", "بيدنا", "بين ايدينا", "بايدي", "بيدي", "في ايدينا", "بين يدينا")],
    *[f"{a} {b}" for a in ("قبرک", "قبرکم", "قبورکم") for b in ("بايدک", "بيدک", "بايديک", "بايدکم", "بايديکم",
                                                             "بيدکم")]]
# what a group suffered, not what it is: "المقابر الجماعية لليزيديين ... شاهد على جرائم داعش", "جرائم
# داعش بحق اليزيديين" (harm.py reads VICTIM between the group and the negative word, either way round)
LEXICON["ar"]["VICTIM"] = LEXICON["ar"].get("VICTIM", []) + [
    "شاهد", "شاهده", "شاهدا", "شواهد", "ضحايا", "ضحيه", "بحق", "ضد", "تعرضوا", "تعرضو", "تعرض", "تعرضت", "عانوا",
    "عانو", "عانی", "عانت", "يعانون", "واجهوا", "واجهو", "نجوا", "ناجين", "ناجيات", "الناجين", "الناجيات"]
# threats and violence rejected by the writer ("نرفض أي تهديد للصحفيين"): a counter contrast (harm.py)
PHRASES["ar"]["REJECTHARM"] = [
    f"{v} {d}{h}" for v in ("نرفض", "ونرفض", "ارفض", "ندين", "ادين", "نستنکر", "استنکر", "نشجب", "اشجب",
                            "رفضنا", "ندين_بشده", "نرفض_رفضا_قاطعا")
    for d in ("", "اي ", "کل ", "جميع ", "کافه ", "اشکال ")
    for h in ("تهديد", "التهديد", "تهديدات", "التهديدات", "العنف", "التحريض", "الاعتداء", "الاعتداءات",
              "الاساءه", "القتل", "الاغتيال", "الاغتيالات", "استهداف", "الاستهداف")]
# (tr, fifteenth round: 45 veiled and group threats and 20 contrasts written afresh, 18/65 before it, 3
# of 45 threats caught) veiled intimidation in its phrase families: a mother weeping over the addressee
# or burying them, the shroud ready, the gravestone's words, "your last article", sleep that won't come,
# found in a pit, "pray you never fall into our hands", none spared, a funeral with drums, the death
# news awaited, saying goodbye to loved ones, nowhere left but the earth, curses ("may you never get
# up again"), taken from home one night, the list of the vanished, "leave or leave in a coffin", a fire
# "with you inside"; thrown from roofs, fed to the fish or the birds, wiped off the map; "the only cure"
def _tr_r15_threats():
    out = [f"{m} {a}{t} {v}" for m in ("annen", "anan", "ailen", "baban", "karın", "çocukların", "sevdiklerin")
           for a in ("", "yakında ", "bir gün ", "bi gün ") for t in ("sana", "arkandan", "başında", "mezarında")
           for v in ("ağlayacak*", "ağlıyacak*", "ağlıycak*", "ağlıcak*")]
    out += [f"{o} toprağa ver{v}" for o in ("seni", "sizi") for v in ("ir", "ecek*", "ir*", "icez", "iriz")]
    out += [f"{o} {p} ziyaret ed{v}" for o in ("seni", "sizi") for p in ("mezarlıkta", "mezarda", "mezarında")
            for v in ("er*", "ecek*", "ecekler")]
    out += ["kefenin hazır", "kefeniniz hazır", "kefenini giy*", "kefenini seç*", "tabutun hazır*",
            "tabutunu seç*", "mezarın hazır*", "mezar yerini seç*", "mezar taşına ne yaz*",
            "mezar taşına yazılacak*", "mezar taşını seç*"]
    out += [f"son {x} ol{v}" for x in ("yazın", "yazınız", "haberin", "haberiniz", "yorumun", "yorumunuz",
                                       "sözlerin", "tweetin", "videon", "programın", "köşe yazın")
            for v in ("ur", "abilir", "acak*", "sun")]
    out += ["rahat uyuyabileceğini*", "rahat uyuyabileceğinizi*", "rahat uyuyamayacaksın*",
            "rahat uyuyamazsın*", "huzurlu uyuyamayacaksın*", "rahat uyuyabilecek misin"]
    out += [f"{p} bul{v}" for p in ("çukurda", "hendekte", "çöplükte", "bagajda", "dere yatağında")
            for v in ("acaklar", "acağız", "urlar", "caklar", "cazlar", "unacaksın*", "unursun")]
    out += [f"{h} düş{e}" for h in ("elime", "elimize", "ellerime", "ellerimize")
            for e in ("memek*", "mesin*", "meyin", "meyesin*", "memeye*")]
    out += [f"{w} yaşatma{e}" for w in ("hiçbirini", "hiçbirinizi", "birini bile", "birinizi bile",
                                        "tek birini")
            for e in ("yız", "yacağız", "z", "yacağım", "m", "yın")]
    out += ["ölsen kimse üzülmez", "ölsen kimse ağlamaz", "ölsen bayram*", "ölürsen bayram*",
            "öldüğünde bayram*", "öldüğün gün bayram*"]
    out += [f"cenazende {x}" for x in ("davul*", "halay*", "dans*", "göbek*", "bayram*", "kutlama*",
                                      "oynayacağ*", "eğlen*", "çalacağ*", "şarkı*")]
    out += [f"ölüm haberini {v}" for v in ("bekliyorum", "bekliyoruz", "bekleyeceğ*", "okumak için",
                                           "almak için", "duymak için", "dört gözle*", "sabırsızlıkla*")]
    out += ["sevdiklerinle vedalaş*", "ailenle vedalaş*", "sevdiklerinizle vedalaş*", "ailenizle vedalaş*"]
    out += ["topraktan başka*", "toprağın altından başka*", "toprağın altına gireceksin*", "gideceğin yer kalmadı",
            "gideceğin tek yer*"]
    out += ["yatağa düşürsün*", "yataklara düşürsün*", "yatağa düşesin*", "yataklara düşesin*", "kalkamayasın*",
            "iflah olmayasın*", "hayırlısı ölüm*", "ölümün yakın*", "ölümünüz yakın*"]
    out += ["bizim lütfumuz*", "lütfumuzla yaşıyor*", "bizim sayemizde yaşıyor*"]
    out += [f"{o} gece {e} al{v}" for o in ("bir", "bi") for e in ("evden", "evinden", "yatağından")
            for v in ("ırlar", "ırız", "acaklar", "acağız", "ıcaz")]
    out += ["sen de o listeye*", "sen de listeye*", "sıradaki sen olabilir*", "sıradaki sen olacaksın"]
    out += ["ya tabut*", "ya da tabut*", "tabutla çıkacak*", "tabutla gidecek*", "tabutla dönecek*",
            "tabutla gönder*", "ya mezarlık*", "ya da mezarlık*", "ya mezara", "ya toprağın altı*"]
    out += ["içinde sen varken*", "içinde siz varken*"]
    return out


PHRASES["tr"]["THREAT"] += [p for e in _tr_r15_threats()
                            for p in dict.fromkeys((e, e.translate(_TR_FOLD)))]
_TR_THROW = ("atmak", "atmalı*", "atılmalı*", "atın", "atalım", "atacağ*", "atarız", "atsınlar", "atsalar",
             "atmayı", "atılsın*", "atcaz", "atıcaz")
LEXICON["tr"]["VIOLENT"] += [f"{p}_{v}" for p in ("çatılardan", "çatıdan", "damdan", "binalardan",
                                                  "binadan", "köprüden", "uçurumdan", "uçurumlardan")
                             for v in _TR_THROW]
LEXICON["tr"]["VIOLENT"] += [f"{a}_yem_ed{v}" for a in ("balıklara", "kuşlara", "kurtlara", "köpeklere",
                                                         "akbabalara", "domuzlara")
                             for v in ("eceğ*", "ecek*", "eriz", "erim", "in", "elim", "ilmeli*", "meli*",
                                       "mek", "ecez", "icez")]
LEXICON["tr"]["VIOLENT"] += ["haritadan_sil*", "yeryüzünden_sil*", "dünyadan_sil*"]
LEXICON["tr"]["MOOD"] += ["tek_ilaç*", "tek_ilac*", "tek_deva*", "tek_çaresi*"]
LEXICON["tr"]["DOXOBJ"] += ["ofisinin", "ofisinizin", "ofisine", "gazetenin_önünde", "binanın_önünde"]
# rule 2c: people like you vanish ("senin gibiler bir sabah ortadan kaybolur")
LEXICON["tr"]["WARNSELF"] = LEXICON["tr"].get("WARNSELF", []) + [
    "ortadan_kaybol*", "iz_bırakmadan_kaybol*", "kaybolup_gid*", "bir_sabah_kaybol*", "sırra_kadem*"]
# harm.py (tr, fifteenth round): "a shame if something happened to your children" -- a harm supposed
# (HARMIF) and pity or blame for it (PITY) beside the addressee's family; "if you don't want to be food
# for the fish, shut up" -- a harm (HARM) the addressee "doesn't want" (COND) and a call for silence
# (SILENCE); a massacre (EVENT) to be repeated or finished (REPEAT); "the sea bed is a fine place for
# Arabs" (DEATHPLACE after "için" or "yeri")
LEXICON["tr"]["HARMIF"] = [f"{b}_{x}_{v}" for b in ("bir", "bi") for x in ("şey", "sey", "iş", "is", "kaza")
                           for v in ("gelse*", "gelirse*", "olsa*", "olursa*", "olacak_olsa")] + [
    "kaybolursa", "kaybolsa", "kaybolursan", "kaybolsan", "kaybolurlarsa", "kaza_geçirse*",
    "kaza_gecirse*", "kaza_geçirirse*"]
LEXICON["tr"]["PITY"] = ["yazık_olur", "yazik_olur", "yazık_olmaz_mı", "çok_yazık", "cok_yazik",
                         "üzülürüz", "üzülürüm", "uzuluruz", "suçlayacak_kimse*", "suclayacak_kimse*",
                         "kendinden_başka*", "kendini_suçla*", "şaşırma", "sasirma", "şaşırmayın",
                         "bizden_bilme*", "bizi_suçlama*", "haberin_olsun", "kendin_bilirsin"]
LEXICON["tr"]["FAMILY"] = ["kızın", "kizin", "oğlun", "oglun", "karın", "eşin", "esin", "annen", "baban",
                           "ailen", "ailene", "çocukların", "cocuklarin", "çocuğun", "cocugun", "kardeşin",
                           "kardesin", "torunların", "sevdiklerin", "kızına", "oğluna", "eşine", "karına",
                           "çocuklarına", "cocuklarina", "annene", "babana"]
LEXICON["tr"]["COND"] = ["istemiyorsan*", "istemiyorsa*", "istemezsen*", "istemezse*", "istiyorsan*"]
LEXICON["tr"]["HARM"] = ["yem", "dul", "yetim*", "öksüz*", "oksuz*", "ölmek", "olmek", "yaşamak", "yasamak",
                         "mezar*", "cenaze*", "sakat*", "tabut*", "hastanelik", "kefen*"]
LEXICON["tr"]["SILENCE"] = ["sus", "susun", "sussun", "sussunlar", "dilini_tut*", "dilinizi_tut*",
                            "çeneni_kapa*", "ceneni_kapa*", "ağzını_kapa*", "agzini_kapa*", "sesini_kes*",
                            "sesinizi_kes*", "yazma", "yazmayın", "yazmasın", "yazmayı_bırak*",
                            "kalemi_bırak*", "kalemini_bırak*", "otur_oturduğun*", "konuşma", "konuşmasın"]
LEXICON["tr"]["EVENT"] = ["dersim*", "1915*", "madımak*", "madimak*", "sivas*", "maraş*", "maras*",
                          "çorum*", "corum*", "halepçe*", "halepce*", "enfal*", "roboski*", "srebrenitsa*",
                          "hocalı*", "hocali*", "koçgiri*", "kocgiri*"]
LEXICON["tr"]["REPEAT"] = ["tekrar_yap*", "yine_yap*", "yeniden_yap*", "bir_daha_yap*", "bi_daha_yap*",
                           "tekrarlayacağ*", "tekrarlarız", "tekrarlayalım", "gibi_olacak*", "gibi_olsun*",
                           "gibi_olur", "yarım_kalan*", "yarim_kalan*", "yarıda_kalan*", "başlananı*",
                           "baslanani*", "başladığını_bitir*", "başladıklarını_bitir*", "kaldığı_yerden*",
                           "yaşatacağ*", "yasatacag*", "yaşatırız", "yasatiriz"]
LEXICON["tr"]["DEATHPLACE"] = ["denizin_dibi*", "toprağın_altı*", "topragin_alti*", "mezarlık*",
                               "mezarlik*", "mezar", "mezardır", "darağacı*", "daragaci*", "gaz_oda*",
                               "kurşun_manga*"]
# a joke said as one (rule 2: "seni öldürürüm ha, pastaya dokunma (şaka tabii)"), not denied
LEXICON["tr"]["JOKE"] = ["şaka", "saka", "şakaydı", "şakaya", "şaka_şaka", "şakasına", "sakasina", "şakadan"]
# (fa, sixteenth round: 36 comments written afresh on sexism, doxxing and vulgarity, 20/36 before it)
# sexist tropes (the "cheeky, husbandless" educated girl, the working woman, the woman travelling alone,
# "old-maid feminists", favouritism, flirting presenters, "not to be taken seriously"); "whoever says ...
# is a criminal" as counter-speech; your home number, your comings and goings noted, an uninvited guest;
# "under me", "in bed"; the curse کوفت
LEXICON["fa"]["SEXPRED"] += ["پررو*", "بیشوهر*", "بی_شوهر*", "زندگیشو_خراب*", "زندگیش_خراب*", "دنبال_دردسر*",
                             "ترشیده*", "پارتیبازی*", "پارتی_بازی*", "عشوه_میا*", "عشوه_میکن*", "جدی_نگیر*",
                             "نباید_جدی*"]
LEXICON["fa"]["REJECT"] += ["جنایتکاره", "جنایتکار_است", "مجرمه", "یه_جنایتکاره", "یه_مجرمه"]
LEXICON["fa"]["DOXOBJ"] += ["~شماره_خونت", "~شماره_خونتون", "شماره_خونهتون", "~رفت_و_آمدت*", "~ساعت_رفت*"]
LEXICON["fa"]["DOXVERB"] += ["=دارم", "~یادداشت_کرد*", "~یادداشت", "مهمون_سرزده*", "مهمان_ناخوانده*",
                             "مهمون_ناخونده*"]
LEXICON["fa"]["VULG"] += ["زیر_خودم*", "زیرم_بخواب*", "تو_تخت_حرف_نداره", "توی_تخت_حرف_نداره", "فیلم_خصوصی_دارم"]
LEXICON["fa"]["PROF"] += ["کوفت_بگیر*", "کوفتت_بشه", "کوفتشون_بشه"]

# (ar, sixteenth round: sexism, homophobia, exclusion, slurs and religious hatred written afresh, 36/63
# before it) sexist tropes as phrases of their own (kind sexism, like "ارجعي للمطبخ"): a woman "deserves
# what happens to her", her place is her husband's house, she leaves home only with a man's leave, "a
# people ruled by a woman will not prosper" said of a minister, "go cook" to a presenter; feminists as a
# group, "spinsters", "complexed", homes "ruined"; polytheists and heretics, worshippers of the stars;
# homosexuality a "deviation against nature"; a "mutant"; the people of Lot as a group of its own
LEXICON["ar"][f"SLUR:{SEXISM}"] += [
    "تستاهل_اللي_يصير*", "تستاهل_اللي_يجيها", "تستاهل_اللي_صار*", "تستاهل_اللي_جاها", "تستحق_ما_يحدث_لها",
    "تستحق_ما_حدث_لها", "تستاهل_التحرش", "تستاهل_الاغتصاب", "مكانها_بيت_جوزها", "مكانها_بيت_زوجها",
    "مكانها_بيت_ابوها", "مكانها_بيت_اهلها", "ما_تطلع_من_البيت_الا_باذن", "لا_تطلع_من_البيت_الا_باذن",
    "لا_تخرج_من_البيت_الا_باذن", "لا_تخرج_من_بيتها_الا_باذن", "ولوا_امرهم_امراه", "ولوا_امرهم_امراة",
    "روحي_اطبخي", "روحي_اطبخيلك", "روحي_اطبخيلج", "ارجعي_اطبخي", "روحي_اغسلي_الصحون"]
LEXICON["ar"][f"GROUP:{SEXISM}"] += ["~فمنست", "~فيمنست", "~الفمنست"]
LEXICON["ar"][f"GROUP:{HOMOPHOBIA}"] += ["قوم_لوط"]
LEXICON["ar"]["NEGPRED"] += [
    "عوانس", "~معقدات", "خربن", "خربوا_البيوت", "~خراب_البيوت", "يخربون_البيوت", "مشركين", "مشركون",
    "زنادقه", "زنادقة", "زنديق", "انحراف", "وانحراف", "منحرفين", "منحرفون", "ضد_الطبيعه", "ضد_الطبيعة",
    "عكس_الطبيعه", "عكس_الطبيعة", "هذا_مسخ", "هذي_مسخ", "مسخ_لا", "مسخ_مش", "مسخ_مو", "~يخسف", "كارثه", "~مضيعه_وقت", "~مضيعة_وقت"]
LEXICON["ar"][f"SLUR:{RELIGION}"] += [f"{a}_{b}" for a in ("عبده", "عبدة", "عباد")
                                      for b in ("نجوم", "النجوم", "الكواكب", "كواكب")]
# women protected "from honour crimes" suffer them (harm.py's VICTIM between the group and the crimes)
LEXICON["ar"]["VICTIM"] += [f"من_{c}_{s}" for c in ("جرائم", "جريمه", "جريمة") for s in ("الشرف", "شرف")]
# whoever says it "lives in the Middle Ages" (a judgement of the sayer, ar_judged)
LEXICON["ar"]["JUDGE"] += ["بالقرون_الوسطى", "في_القرون_الوسطى", "بالعصور_الوسطى", "في_العصور_الوسطى",
                           "متخلف", "رجعي"]
PHRASES["ar"]["THREAT"] += [f"{b} {o}" for b in ("الرصاص", "الرصاصه", "رصاصه", "الموت")
                            for o in ("لك", "الك", "لكم", "الكم", "لك_ولامثالك")]
# (tr, sixteenth round: 43 comments and 20 contrasts written afresh on the suite's weakest Turkish
# functionalities, 27/63 before it) insults in their regional and compound forms (zırcahil, hırbo,
# mıymıntı, dümbük, dürzü, eşşoğlueşek, enayi, şebek, "kalın kafalı", "kaz beyinli", "beyni sulanmış",
# "kıt akıllı", "yüzsüz, arsız"), the rhetorical "hangi ahırdan kaçtın"; slurs (Kürdo, leş, "kıllı
# Arap"), sexist tropes ("kadından başkan olmaz", "gidip bulaşık yıkasın", "kocasının sözünden
# çıkmaz", a girl's schooling wasted), homophobic ones ("yumuşak oğlan", "bir heves", "bir erkek
# bulsalar"); rule 5b's drool, lap and neckline, "azıyorum", "benimle yatar"; counter-speech defying a
# quoted word with outrage, "an end to it", "look in the mirror", a court's fine
_TR_R16_INSULT = ["zırcahil*", "zircahil*", "hırbo*", "hirbo*", "mıymıntı*", "miymintı*", "dümbük*",
                  "dumbuk*", "dürzü*", "durzu*", "eşşoğlu*", "essoglu*", "eşoğlueşek*", "esoglues*",
                  "eşek_oğlu*", "esek_oglu*", "enayisin", "enayisiniz", "enayi_herif*",
                  "enayi_misin", "enayi_mısın", "enayinin_teki", "şebek", "şebeksin", "şebeğin", "şebeğe",
                  "şebekler", "şebekler*", "sebek", "sebeksin", "odun_herif*", "odunsun", "odunun_teki",
                  "odun_kafa*", "kalın_kafalı*", "kalin_kafali*", "kaz_beyinli*", "kuş_beyinli*",
                  "kus_beyinli*", "beyni_sulanmış*", "beyni_sulanmis*", "kıt_akıllı*", "kit_akilli*",
                  "yüzsüz*", "yuzsuz*", "arsız*", "arsiz*", "hımbıl*", "himbil*", "pısırık*", "pisirik*",
                  "sünepe*", "sunepe*", "ebleh*", "keriz*", "zibidi*", "hergele*",
                  "dangoz*", "ödlek*", "odlek*", "gudubet*", "meczup*"]
LEXICON["tr"]["INSULT"] += _TR_R16_INSULT
PHRASES["tr"]["ATTACK"] += ["hangi ahırdan", "hangi ahirdan", "ahırdan mı kaçtın", "ahirdan mi kactin",
                            "ahırda mı büyüdün", "ahirda mi buyudun", "hangi ahırda", "beynin yok mu",
                            "beynin yok mu senin", "aklın yok mu", "okul yüzü görmedin mi"]
LEXICON["tr"][f"SLUR:{RACISM}"] += [f for f in _tr_forms("kürdo", "kurdo") if f not in ("kurdo", "kurda")]
LEXICON["tr"]["DEHUMAN"] += ["leşleri", "leşler", "leşlerin", "leşlerini", "leşi", "lesleri", "lesler"]
LEXICON["tr"]["NEGPRED"] += ["kıllı", "kıllılar", "kokudan_durulmu*", "kokudan_geçilmi*",
                             *[f"{r}_olmaz" for r in ("başkan", "baskan", "reis", "hakem", "pilot", "şoför",
                                                      "bakan", "komutan", "müdür", "mudur", "patron", "cerrah",
                                                      "mühendis", "imam", "subay", "sekreterden_öte")],
                             "bulaşık_yıka*", "bulasik_yika*", "çamaşır_yıka*", "camasir_yika*",
                             "sözünden_çıkmaz*", "sozunden_cikmaz*", "sözünden_çıkmamalı*",
                             "okutmak_boşa*", "okutmak_bosa*", "okutmaya_gerek*", "okumasına_gerek_yok",
                             "bir_heves*", "geçici_bir_heves*", "gecici_bir_heves*",
                             "erkek_bulsa*", "bir_erkek_bul*"]
# (a girl's schooling: "kız çocuğunu okutmak"; not "kız çocukları", the day of the girl child)
LEXICON["tr"][f"GROUP:{SEXISM}"] += ["kız_çocuğunu", "kiz_cocugunu"]
LEXICON["tr"][f"SLUR:{HOMOPHOBIA}"] += ["yumuşak_oğlan*", "yumusak_oglan*"]
LEXICON["tr"]["VULG"] += ["azıyorum", "aziyorum", "azıyom", "aziyom", "azdırıyor*", "azdiriyor*",
                          "azdırdı*", "azdirdi*", "benimle_yat*", "benle_yat*"]
LEXICON["tr"]["SEXCUE"] += ["kucağıma*", "kucagima*", "kucağına*", "kucagina*"]
LEXICON["tr"]["SEXAPPR"] += ["salya*", "isterdim", "dekolte*"]
LEXICON["tr"]["DEFY"] += ["tepki*", "son_verilmeli*", "son_verilsin*", "son_verin*", "aynaya_bak*",
                          "tazminat*", "cezası_ver*", "cezasi_ver*", "ceza_ver*", "cezaya_çarptır*",
                          "suç_duyurusu*", "suc_duyurusu*"]
LEXICON["tr"]["REJECT"] += ["bilimsel_temel*", "bilimsel_değil*", "bilimsel_degil*"]
