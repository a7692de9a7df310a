"""English word lists of the severe-harm detectors (harm.py): LEXICON and PHRASES, each
{tag: [entries]}, in the entry syntax and with the tags described in __init__.py.

The lists are built in the order the rounds added to them: the first lists, then each round's
blocks, a later one extending, rewriting or filtering an earlier list (so a new block goes at the
end of this file). __init__.py gathers the four languages.

Besides English, PHRASES takes the Arabizi threats and insults written in ar.py (the language
identifier reads Arabizi as English), added where the first Arabizi round put them.
"""
from .ar import ARABIZI_INSULTS, ARABIZI_THREATS
from .kinds import HOMOPHOBIA, OTHER, RACISM, RELIGION, SEXISM, XENOPHOBIA

LEXICON = {
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
             "bloody", "twat*", "wank*", "prick", "pricks", "shithole*", "screw", "sucks", "douche*",
             "effing", "frigging", "friggin", "jackass", "dumbass", "crappy", "pissed", "fml", "omfg",
             "lmfao", "motherf*", "mf", "mofo", "sob"],
    "VULG": ["fuck*", "fck*", "fuk*", "motherfuck*", "cunt*", "dick", "dicks", "cock", "cocks", "cocksuck*", "cockhead*", "pussy*",
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
}

# Threats that need no structure: intimidation and death wishes, written as token sequences.
# "_" joins tokens; each phrase is matched on the normalised token stream.
PHRASES = {
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
               "bullet in your head", "bullet in her head", "bullet between",
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
}

# Insults that are whole phrases ("son of a bitch"); each is a personal attack wherever it stands.
PHRASES["ATTACK"] = ["son of a bitch", "sons of bitches", "piece of shit", "piece of garbage", "piece of trash",
                     "waste of space", "waste of oxygen", "shut up", "shut the fuck up", "go to hell", "fuck you", "fuck off",
                     "screw you", "f off", "eat shit", "suck my", "up yours", "get lost"]


# Intimidation by knowing where someone lives (harm.py rule 2b): an object of the addressee's life
# (DOXOBJ; in ar, tr and fa already in the second person) and a verb of knowing, finding or watching.
LEXICON["DOXOBJ"] = ["address", "house", "home", "school", "kids", "children", "family", "wife", "husband",
                     "daughter", "son", "sister", "sisters", "brother", "father", "dad", "mother", "mum", "mom",
                     "parents", "number", "car", "office", "street", "flat", "apartment", "workplace"]
LEXICON["DOXVERB"] = ["know", "knew", "found", "find", "got", "have", "seen", "watching", "following",
                      "followed", "hello", "round", "posted", "post", "leak", "leaked", "photos", "pictures",
                      "visit", "visited", "waiting", "alone", "happens", "hard"]
# Words of exclusion that need a negation before them: "no Arab should be ALLOWED", "they don't BELONG"
LEXICON["EXCLNEG"] = ["allowed", "welcome", "belong", "place"]

# Violent idioms: the violent word in them is not an act ("I'd kill for a tea", "this traffic is
# killing me", "the striker destroyed the defence" is left to the target rule). A VIOLENT or DIE token
# inside one of these phrases starts no threat.
PHRASES["IDIOM"] = ["kill for", "killing me", "killing it", "killed it", "kills me", "kill time", "killing time",
                    "dying to", "die for", "to die for", "dying for", "dead tired", "dead serious", "shoot for",
                    "shoot a video", "shoot the breeze", "blown away", "blow my mind", "blew my mind", "bombed the exam",
                    "slaughtered them in", "murder on", "beat around the bush", "burn the midnight oil", "killer app",
                    "dressed to kill", "kill two birds", "could kill for", "would kill for", "id kill for", "ill kill for"]


# ---- English: wider coverage (issue 9), the first round after the lists above. Entries follow the
# syntax in __init__.py.
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
    f"GROUP:{OTHER}": ["those_people", "them_people", "these_people", "dem_people", "those_folks", "them_folks", "these_folks",
                       "those_ppl", "them_ppl", "these_ppl", "disabled_people", "the_handicapped", "wheelchair_users", "mentally_ill_people",
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
                "stay_in_the_kitchen", "back_to_the_kitchen",
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
                       "because_she_is_a_woman", "make_me_a_sandwich", "back_in_the_kitchen",
                       "get_back_in_the_kitchen"],
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
    LEXICON.setdefault(_tag, []).extend(_entries)

# whole-phrase threats, insults and idioms, English
# what is said to the addressee ("you won't live to see...") is a threat; the same words about
# others are often a forecast or a story, so most of these are written in the second person
_YOU_WILL = ["you wont", "you will not", "youre not going to", "you are not going to", "u wont"]
_YOU_END = ["youll end up", "you will end up", "youre going to end up", "you are going to end up", "u will end up",
            "youll be", "you will be", "youre gonna be", "youre going to be"]
PHRASES["THREAT"] += [f"{a} {b}" for a in _YOU_WILL for b in (
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
PHRASES["ATTACK"] += [
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
PHRASES["IDIOM"] += [
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

# Arabizi (Arabic in Latin letters and digits, written in ar.py, which says why): the language
# identifier reads it as English, so its threats and insults are read with these lists too
PHRASES["THREAT"] = PHRASES.get("THREAT", []) + ARABIZI_THREATS
PHRASES["ATTACK"] = PHRASES.get("ATTACK", []) + ARABIZI_INSULTS

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
    LEXICON.setdefault(_tag, []).extend(_entries)
PHRASES["THREAT"] += [
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
PHRASES["IDIOM"] += ["destroy the argument", "destroyed the argument", "destroys the argument",
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
             "this_is_what_happens_when", "who_let", "whoever_let"],
    f"SLUR:{SEXISM}": ["back_to_the_kitchen", "go_back_to_the_kitchen", "kitchen_where_she_belongs",
                       "where_she_belongs", "where_women_belong", "keep_her_in_line", "keep_her_on",
                       "her_on_a_leash", "women_on_a_leash", "shorter_leash", "short_leash", "needs_a_husband", "needs_a_man",
                       "needs_a_good_husband", "needs_a_slap", "needs_a_beating"],
}
for _tag, _entries in _EN_MORE3.items():
    LEXICON.setdefault(_tag, []).extend(_entries)

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
    LEXICON.setdefault(_tag, []).extend(_entries)
PHRASES["THREAT"] += [f"{a} {b}" for a in _YOU_END for b in (
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
PHRASES["IDIOM"] += ["gun control", "gun laws", "gun law", "gun violence", "gun rights", "gun owners",
                     "jump the gun", "jumped the gun", "smoking gun", "top gun", "stick to their guns",
                     "stick to your guns", "stuck to his guns", "under the gun", "big guns", "son of a gun",
                     "sniper fire", "rifle through", "destroy her life", "destroy his life", "destroy their lives",
                     "destroy your life", "destroy my life", "died of", "died from", "die of", "die from", "bury the hatchet", "axe the tax", "axe the",
                     "beaten path", "beaten track", "unbeaten", "hunted for", "bargain hunting"]

# fifth round: sexual remarks about a person as commenters write them
LEXICON["VULG"] += [
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
LEXICON["INSULT"].remove("ass")

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
    LEXICON.setdefault(_tag, []).extend(_entries)
PHRASES["THREAT"] += [
    "followed you home", "follow you home", "followed you to", "been following you", "watched you leave",
    "saw you leave", "saw you at", "seen you at", "i saw you at", "we saw you at", "see you every morning",
    "see you every day", "see you every night"]
PHRASES["IDIOM"] += ["drop you off", "drop him off", "drop you a line", "drop you a message", "use force against isis",
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
    LEXICON.setdefault(_tag, []).extend(_entries)
# what a group suffers, fights or is accused of is no claim about the group ("Kurds have FACED hate",
# "Yazidi women SURVIVED crimes"): harm.py drops a negative word that follows one of these
LEXICON["VICTIM"] = [
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
    LEXICON.setdefault(_tag, []).extend(_entries)
PHRASES["THREAT"] += [
    "a file on you", "have a file on", "everyone you love", "everything you love", "the people you love",
    "know which cafe", "know which mosque you", "know which gym", "know which school", "know which route",
    "know which car", "know what car", "know where you sit", "know where you pray", "know where you eat",
    "know where you go", "know where you walk", "know where you shop", "what happened to the last",
    "same thing that happened to", "meet the same fate", "pay for your words", "pay for what you wrote",
    "pay for what you said", "your family will pay", "your family had to pay", "your kids will pay",
    "your family pays", "have people in your", "have eyes on you", "eyes on your"]

# eleventh round (en, ar, tr, fa): veiled and idiomatic threats, from cases written afresh from the
# guidelines (not suite cases). Intimidation without a violent verb: a warning ("watch out", "انتبه",
# "dikkat et", "مواظب باش") or a visit announced about the addressee's family, home or car (rule 2b's
# DOXVERB with DOXOBJ), the details "in our hands"; blood and graves as the act ("we will spill your
# blood", "pay for this with their blood", "turn your villages into graveyards"); settling scores; the
# Arabic masdar before a pronoun (تصفيتهم: the ة of تصفية is written ت there).
PHRASES["THREAT"] += [
    f"{a} {b}" for a in ("spill", "shed") for b in ("your blood", "his blood", "her blood", "their blood")] + [
    f"pay{m} with {o}" for m in ("", " for this", " for it", " for that", " dearly")
    for o in ("your blood", "their blood", "his blood", "her blood", "your lives", "their lives")] + [
    f"{a} {b}" for a in ("cut", "chop") for b in (
        "your head off", "your heads off", "all your heads off", "his head off", "her head off",
        "their heads off", "off your head", "off your heads", "off his head", "off their heads")] + [
    f"settle {a} with {b}" for a in ("the score", "scores", "accounts") for b in ("you", "him", "her", "them")] + [
    "wait for us", "we are coming for", "were coming for", "we have eyes on you", "eyes on you everywhere",
    "we are watching you", "were watching you", "i am watching you", "im watching you"]
LEXICON["DOXFOUND"] += ["watch_out_for", "look_out_for", "be_careful_with", "worry_about_your",
                        "pray_for_your"]

# eleventh round (ar, fa, tr, en): calls for violence that name no violent verb, written afresh from the
# guidelines: "teach them a lesson", "to arms", "bullets are the only language they understand", "by any
# means", "leave none of them", nooses in the squares, beheading in the square (Persian "سر ... زد").
PHRASES["THREAT"] += [
    "rid of them by any means", "get rid of them by any", "cleanse the country of",
    "cleanse this country of", "purge the country of", "leave none of them alive", "dont leave any of them alive",
    "spare none of them", "only language they understand", "only thing they understand", "all they understand is",
    "if i see one of them", "if i ever see one of them"]

# eleventh round: a claim denied before it is made ("it is not true that refugees are criminals", "I
# will never say that...", "stop calling Muslims disgusting"); harm.py reads a DENY before a finding in
# its sentence as counter-speech. And the words that reject a hateful statement as hurtful.
LEXICON["DENY"] = LEXICON.get("DENY", []) + ["not_true_that", "isnt_true_that", "is_not_true_that", "not_true_to_say", "its_a_lie_that",
                                             "its_a_myth_that", "a_myth_that", "false_to_say", "wrong_to_say", "wrong_to_call", "never_say",
                                             "never_said", "never_call", "stop_calling", "stop_saying", "no_one_should_say", "nobody_should_say",
                                             "no_one_should_call", "nobody_should_call", "statements_like", "comments_like", "remarks_like",
                                             "words_like", "dont_believe_that", "do_not_believe_that", "dont_agree_that", "do_not_agree_that",
                                             "dont_say_that", "do_not_say_that", "cant_say_that", "not_okay_to_say", "not_ok_to_say",
                                             "not_acceptable_to", "unacceptable_to_say", "unacceptable_to_call"]
LEXICON["REJECT"] += ["hurtful", "harmful", "deeply_hurtful", "dehumanising", "dehumanizing"]

# eleventh round: a group praised in its own sentence ("I love Muslims", "Kurdish women are brave",
# "refugees deserve equal rights"): harm.py marks a "praise" contrast beside "identity"
LEXICON["PRAISE"] = LEXICON.get("PRAISE", []) + ["love", "loved", "loves", "great", "wonderful", "amazing", "brilliant", "beautiful", "brave",
                                                 "bravest", "proud", "respect", "respected", "admire", "admirable", "welcome", "welcomed",
                                                 "equal_rights", "deserve_equal", "deserve_respect", "contribute*", "contribution*", "kind",
                                                 "friendly", "hardworking", "hard_working", "talented", "valued", "valuable", "heroes", "heroic",
                                                 "inspiring", "inspirational", "peaceful", "generous", "courageous", "welcome_here"]
# (en) "there is nothing worse than", "belong in a zoo", "hanging is too good for"
LEXICON["HATE"] += ["nothing_worse_than", "nothing_lower_than", "cant_stand", "can_not_stand"]
LEXICON["DEHUMAN"] += ["zoo", "in_a_zoo", "in_cages", "in_a_cage"]
PHRASES["THREAT"] += [f"{a} is too good for" for a in ("hanging", "death", "a bullet", "shooting", "lynching",
                                                              "the noose", "the rope")]

# eleventh round, second batch (en, ar, tr, fa): "if you want to live", "your place is the graveyard",
# "regret the day you were born", "I'll take your soul", "the house down on your head", an oath on the
# killing ("gebertmezsem"), breaking the writer's hand, eagerness to kill as a mood
PHRASES["THREAT"] += [
    "if you want to live", "if you want to stay alive", "if you value your life", "if you love your life",
    "your place is in the grave", "your place is the grave", "belong in a grave", "belong six feet under",
    "regret the day you were born", "rue the day you", "cant wait to kill", "counting the days until i kill"]
# (en) veiled threats and calls written afresh: "see what happens to you", running someone over, finishing
# what ISIS started (not "take out the trash": on Davidson's clean tweets it is the chore, six times)
PHRASES["THREAT"] += [
    "see what happens to you", "see what happens to your", "youll see what happens", "you will see what happens",
    "finish what isis started", "finish the job isis started",
    "finish what hitler started", "finish the job hitler started", "put this traitor in the ground",
    "put him in the ground", "put her in the ground", "put them in the ground", "put you in the ground"]
LEXICON["VIOLENT"] += ["run_over", "runs_over", "ran_over", "over_with_a_truck", "over_with_a_car",
                       "over_with_his_car", "over_with_a_bus"]
LEXICON["MOOD"] += ["hope_someone", "hope_somebody", "wish_someone", "wish_somebody"]
# (en, thirteenth round: 59 comments written afresh on 2026-12-01, 47/59 before it) "someone shoot
# this clown" (harm.py _EN_SOMEONE), cleansing a city or a town of a people, tropes of women who should
# "stick to raising kids", "slept her way to the top"
PHRASES["THREAT"] += [f"{v} {a} {b} of" for v in ("cleanse", "purge", "clean") for a in ("this", "the", "our")
                      for b in ("city", "town", "land", "region", "neighbourhood", "neighborhood", "streets",
                                "village", "villages", "nation", "homeland")] + [
    "cleanse this country of", "cleanse our country of", "purge this country of", "purge our country of"]
LEXICON["SEXPRED"] = LEXICON.get("SEXPRED", []) + [
    "stick_to_raising*", "stick_to_the_kitchen", "stick_to_cooking", "leave_politics_to_men", "leave_it_to_the_men",
    "slept_her_way*", "sleeping_her_way*", "sleeping_with_the_boss", "by_sleeping_with*", "slept_with_the_boss",
    "back_in_the_kitchen", "belong_in_the_kitchen", "make_me_a_sandwich"]
# (en, the round's second batch, 42/51 before it) "gas the ...", "barefoot and pregnant", "worth
# nothing", the asterisked "f**k" (its stars dropped: "fk"), "the kind of hate", prices "killing us"
LEXICON["VIOLENT"] += ["gas_the", "gas_them", "gas_all", "gas_every"]
LEXICON["SEXPRED"] += ["barefoot_and_pregnant", "barefoot_in_the_kitchen", "opinion*_worth_nothing",
                       "opinion*_is_worthless", "opinion*_doesnt_count", "opinion*_dont_count"]
LEXICON["NEGPRED"] += ["worth_nothing", "worthless"]
LEXICON["PROF"] += ["fk", "fkin", "fking", "fkn", "fked", "fker*", "wtf", "stfu"]
LEXICON["REJECT"] += ["kind_of_hate", "this_kind_of_hate", "the_kind_of_hate", "sort_of_hate"]
PHRASES["IDIOM"] += [f"{a} {b} killing" for a in ("prices", "bills", "rent", "rents", "heat", "traffic",
                                                  "taxes", "inflation", "costs", "fees")
                     for b in ("are", "is")]
# (en, a third batch of the round, 35 veiled and group threats written afresh, 23/35 before it):
# "watch your back" is a warning only beside a cue ("on the ice" is advice), a family burying you, the
# habit of disappearing, sleeping with the fishes, made to disappear, a fire "with you inside", a torn-out
# tongue, finishing what Saddam started, "the only good X is a dead X", "if something happened to your
# daughter". ("watch your back" stays a stock threat: demoting it to a warning that needs a cue, for
# "watch your back on the ice", cost a case of the suite's check half, so the advice is left misread.)
LEXICON["WARNSELF"] += ["disappearing", "habit_of_disappearing", "end_up_missing"]
PHRASES["THREAT"] += [
    "be burying you", "be burying her son", "be burying his son", "be burying her daughter", "be burying your",
    "will bury you", "gonna bury you", "going to bury you", "sleeping with the fishes", "sleep with the fishes",
    "make you disappear", "make them disappear", "make him disappear", "make her disappear",
    "with you inside", "with you in it", "with them inside", "with them in it", "with everyone inside",
    "with everyone in it", "rip your tongue", "rip out your tongue", "cut your tongue", "cut out your tongue",
    "rip his tongue", "cut his tongue", "cut out his tongue", "if something happened to your",
    "if something happens to your", "if anything happened to your", "if anything happens to your",
    "if something were to happen to your"]
LEXICON["VIOLENT"] += ["finish_what_saddam", "finish_what_isis", "finish_what_they_started",
                       "finish_what_anfal"]
LEXICON["MOOD"] += ["only_good"]
# (en, the seventeenth round: 60 comments written afresh, 50/60 before it; tests/guidelines/test_harm_en_r17.py)
# Burial as the act ("put this reporter in the ground", "six feet under"), teeth knocked in and bones
# broken, "five minutes alone with" someone (and a weapon), and sexual remarks about a woman on
# screen ("made for the bedroom", "bend her over the desk").
LEXICON["VIOLENT"] += [
    "in_the_ground", "six_feet_under", "in_a_body_bag", "in_body_bags", "in_a_coffin", "in_coffins",
    "teeth_knocked", "teeth_kicked", "teeth_smashed", *(f"{v}_{o}_{p}" for v in ("knock", "kick", "smash")
                                                         for o in ("his", "her", "your", "their", "ur")
                                                         for p in ("teeth", "face", "head", "skull")),
    *(f"break_{o}_{p}" for o in ("his", "her", "your", "ur") for p in ("legs", "neck", "arms", "jaw", "bones"))]
# (asked for: "give me five minutes alone with him"; not "she spent five minutes alone with the minister")
PHRASES["THREAT"] += [f"{w} {n} {u} alone with" for w in ("me", "want", "love", "need")
                      for n in ("five", "5", "ten", "10", "two", "2", "a few", "one")
                      for u in ("minutes", "mins", "minute")] + [
    f"{w} alone in a room with" for w in ("me", "want", "love", "need")]
LEXICON["VULG"] += ["made_for_the_bedroom", "for_the_bedroom", "built_for_the_bedroom", "bend_her_over",
                    "bent_her_over", "bend_them_over"]
# (en, the seventeenth round's threat batch: 35 comments written afresh, 19/35 before it, threats 11/25)
# Death foretold by a date ("won't see next Christmas"), going home in pieces, waiting outside, "you'll
# wish you'd never been born", a noose around someone's neck, the fuel or rope to bring, "wait till we
# get our hands on", "it would be a shame if something happened"; and a match, where "slaughter" and
# "kill" are idioms ("our team will slaughter them on Saturday").
_NOT_SEE = ("wont see", "will not see", "wont live to see", "will not live to see", "never see", "not gonna see",
            "not going to see", "isnt going to see", "wont make it to")
PHRASES["THREAT"] += [f"{a} {b} {c}" for a in _NOT_SEE for b in ("next", "another")
                      for c in ("christmas", "eid", "nowruz", "newroz", "birthday", "ramadan")] + [
    f"{a} next year" for a in _NOT_SEE] + [
    "be waiting outside", "waiting for you outside", "be waiting for you", "waiting outside your",
    "waiting outside his", "waiting outside her", "waiting at your door", "waiting at your house",
    *(f"{m} wish {s} never been born" for m in ("to", "gonna", "ll", "will")
      for s in ("youd", "you had", "hed", "he had", "shed", "she had", "theyd", "they had", "ud")),
    *(f"{r} around {p} {n}" for r in ("rope", "noose", "a rope", "a noose") for p in ("his", "her", "their", "your", "ur")
      for n in ("neck", "necks")),
    *(f"bring {x}" for x in ("petrol", "the petrol", "gasoline", "the gasoline", "the rope", "a rope", "the ropes",
                             "your guns", "the guns", "your knives", "the knives", "torches", "the torches",
                             "molotovs", "the molotovs", "the matches")),
    *(f"wait {w} {s} on" for w in ("till", "until", "til") for s in ("we get our hands", "i get my hands")),
    *(f"{a} if {b}" for a in ("be a shame", "be a pity", "be a real shame", "be sad", "be a tragedy")
      for b in ("something happened", "something happens", "anything happened", "anything happens",
                "something were to happen", "a brick went through", "a brick goes through",
                "your house", "your car", "your family", "your kids", "your children")),
    "home in pieces", "home in a box", "out in a box", "out in pieces", "home in a coffin"]
LEXICON["ARENA"] += ["our_team", "my_team", "their_team", "the_match", "the_game", "the_derby", "the_final",
                     "the_league", "the_cup", "the_rematch", "the_playoffs", "at_the_stadium", "on_the_field",
                     "on_the_court", "the_scoreboard", "kick_off", "kickoff", "matchday", "match_day"]
# (en, the seventeenth round's identity batch: 30 comments written afresh, 22/30 before it) what a group
# "can't even" do; who secretly runs everything (with the pronoun carried over from the sentence before,
# harm.py's _EN_THEY)
LEXICON["NEGPRED"] += [f"{c}_even_{v}" for c in ("cant", "cannot", "can_not", "couldnt")
                       for v in ("drive", "park", "cook", "think", "read", "write", "count", "spell", "lead",
                                 "manage", "speak", "behave", "wash")] + [
    "cant_park", "run_everything", "runs_everything", "run_the_world", "runs_the_world", "run_the_media",
    "run_the_banks", "control_everything", "controls_everything", "rule_the_world", "behind_everything",
    "pull_the_strings", "pulling_the_strings"]
# (en, the seventeenth round's sexism batch: 30 comments written afresh, 17/30 before it; sexism 4/10,
# sexual remarks 2/6) sexist tropes: a woman's worth, decoration, at home with her kids, on air for her
# looks, no schooling for girls; said of one woman too ("she", harm.py); sexual remarks about a
# presenter's body; a mob to organise, "finish them"
LEXICON["SEXPRED"] += [
    "worth_about_as_much_as", "worth_as_much_as", "just_decoration", "only_decoration", "for_decoration",
    "decoration", "decorative", "eye_candy", "at_home_with_her_kids", "be_at_home_with", "be_at_home",
    "stay_at_home", "stay_home", "back_in_the_home", "because_of_her_looks", "for_her_looks",
    "because_shes_pretty", "because_shes_a_woman", "because_of_her_gender", "because_she_is_a_woman",
    "only_there_because", "only_on_air_because", "gives_them_ideas", "give_them_ideas",
    *(f"{n}_{v}" for n in ("shouldnt", "should_not", "shouldnt_be_allowed_to", "should_never", "dont_need_to",
                          "have_no_business", "has_no_business")
      for v in ("study", "go_to_school", "go_to_university", "be_sent_to*", "vote", "work", "drive", "lead",
                "be_educated", "have_jobs", "have_a_job", "be_in_charge", "be_in_politics"))]
LEXICON["VULG"] += [
    "under_that_dress", "under_her_dress", "under_her_skirt", "under_that_skirt", "wears_under", "nice_rack",
    "great_rack", "gives_great_head", "give_great_head", "gives_head", "great_head", "freak_in_the_sheets",
    "in_the_sheets", "between_the_sheets", "lips_were_made_for", "lips_are_made_for", "mouth_was_made_for",
    "dsl", "sugar_daddy"]
LEXICON["VIOLENT"] += ["finish_them", "finish_them_off", "finish_him_off", "finish_her_off", "finish_you_off",
                       "drag_them_out", "drag_him_out", "drag_her_out", "by_their_hair", "by_his_hair",
                       "by_her_hair"]
PHRASES["THREAT"] += [f"{v} a {m}" for v in ("organise", "organize", "gather", "form", "get together", "raise")
                      for m in ("mob", "lynch mob", "posse")]
# (en, the seventeenth round, threat idioms: 65 common English threat idioms in sentences, 30 of them
# missed before; tests/guidelines/test_harm_en_r17.py) what the idioms do to the addressee (brains blown
# out, skinned alive, a lesson not forgotten), what will be found (a ditch, daisies, blood), who is next,
# and the family left behind. Idioms with an everyday sense were left out: "you're finished", "your time
# is up", "watch your step", "you won't get away with this", "we'll get you", "take him out".
_OBJ = ("you", "u", "him", "her", "them", "ya")
LEXICON["VIOLENT"] += [
    "in_a_ditch", "pushing_up_daisies", "push_up_daisies", "good_beating", "a_good_hiding", "good_hiding",
    "a_good_slap", "brains_out", "blow_your_head", "blow_his_head", "blow_her_head", "blow_their_heads",
    "put_one_in", "one_in_your_head", "one_in_his_head", "one_in_her_head",
    *(f"{v}_{o}_{p}" for v in ("skin", "burn", "bury", "boil") for o in _OBJ for p in ("alive",)),
    *(f"cut_{o}_{p}" for o in _OBJ for p in ("up", "open", "to_pieces", "into_pieces")),
    *(f"rearrange_{o}_face" for o in ("your", "ur", "his", "her", "their"))]
# (THREATEND: a threat only where it ends its sentence, or only a vocative or a condition follows:
# "you're next, traitor", "there will be blood if...", not "you're next in line", "blood tests")
PHRASES["THREATEND"] = [
    "youre next", "you are next", "ur next", "you will be next", "youll be next", "you could be next",
    "hes next", "shes next", "he is next", "she is next", "theyre next",
    "youll get yours", "you will get yours", "hell get his", "theyll get theirs", "you ll get yours",
    "there will be blood", "blood will be spilled", "blood will be shed", "blood will flow", "rivers of blood",
    *(f"your {f} {v}" for f in ("family", "kids", "children", "wife", "husband")
      for v in ("isnt safe", "is not safe", "arent safe", "are not safe", "wont be safe", "will not be safe",
                "will pay", "will suffer", "will regret"))]
PHRASES["THREAT"] += [
    *(f"lesson {s} wont forget" for s in ("you", "u", "he", "she", "they", "hell", "youll", "theyll")),
    *(f"start digging {p}" for p in ("your", "ur", "his", "her", "their")),
    *(f"wont know what hit {o}" for o in ("you", "u", "him", "her", "them")),
    *(f"grow up without {a} {p}" for a in ("a", "their", "his", "her", "your") for p in ("father", "mother", "dad",
                                                                                          "mum", "mom", "parent")),
    *(f"{m} {o} suffer" for m in ("see to it that", "make sure", "make sure that") for o in ("you", "u", "they"))]
# (en, the seventeenth round's homophobia and group batch: 30 comments written afresh, 24/30 before it)
# "turning our kids gay"; driving a group out (harm.py's particle verbs); no one of a group to leave
# or return alive (rule 1b, as in Arabic: a negation before the verb, "alive" after it; present and
# future forms only, "no one left alive" is a report)
LEXICON["NEGPRED"] += ["turn_our_kids", "turning_our_kids", "turn_our_children", "turning_our_children",
                       "turn_kids", "turning_kids", "recruit_our_kids", "recruiting_our_kids", "recruit_children",
                       "recruiting_children", "groomers", "grooming_our_kids", "grooming_children"]
LEXICON["EXCLUDE"] += ["drive", "chase"]
LEXICON["LEAVE"] = ["leave", "leaves", "return", "returns", "get_out", "gets_out", "make_it", "makes_it",
                    "walk_out", "walks_out", "come_back", "comes_back", "come_out", "comes_out", "go_home",
                    "goes_home", "walk_away", "walks_away"]
LEXICON["ALIVE"] = ["alive", "in_one_piece"]
# (en, the seventeenth round's veiled-threat batch: 30 comments written afresh, 15/30 before it, threats
# 6/20) dental records, the river, the morgue; at your door; death coming for someone; the last thing
# written; what Saddam gave the Kurds, done again; a plane that goes down; burial and a head on a spike;
# a wall to be put against (an act now, with a mood and a target: the stock phrase "against the wall" of
# the first lists also took "our backs are against the wall"); disappearing after one phone call
PHRASES["THREAT"] += [
    "need dental records", "needs dental records", "need dental records to", "identified by dental records",
    *(f"end up in {p}" for p in ("the river", "a river", "the morgue", "a morgue", "a body bag", "a ditch",
                                 "the ground", "a coffin", "a grave", "the sea")),
    *(f"{p} in the river" for p in ("ends up", "end up", "found floating", "floating")),
    "death is coming for", "death will come for", "death awaits", "death is waiting for",
    *(f"last {t} you ever {v}" for t in ("thing", "article", "story", "word", "words", "report")
      for v in ("write", "publish", "say", "post", "print")),
    "last thing youll ever write", "last thing youll ever say", "last thing you will ever write",
    *(f"what {x} gave" for x in ("saddam", "isis", "daesh", "hitler", "the nazis", "assad")),
    *(f"do to {o} what" for o in ("them", "you", "him", "her", "u")),
    *(f"careful when {p}" for p in ("he starts his car", "she starts her car")),
    "check under your car", "check under his car", "check under her car", "before you start your car"]
PHRASES["THREATEND"] += [
    "will be your last", "be at your door", "be at your doorstep", "be on your doorstep", "and you disappear",
    "you will disappear", "youll disappear", "you could disappear", "and he disappears", "and she disappears"]
LEXICON["VIOLENT"] += [
    "against_a_wall", "against_the_wall", "on_a_spike", "on_a_pike", "on_spikes", "on_pikes", "on_a_stake",
    "bury_you", "bury_them", "bury_him", "bury_her", "bury_the_lot", "bury_all", "bury_every",
    *(f"{v}_{a}" for v in ("plane", "helicopter", "jet", "flight") for a in ("goes_down", "crashes", "to_crash",
                                                                           "blows_up", "explodes", "falls"))]
LEXICON["MOOD"] += ["belongs", "belong"]  # "his head belongs on a spike" (with an act only)
# (en, the seventeenth round's last batch, as commenters type: 30 comments written afresh, 22/30 before
# it, threats 14/20) a walking target, bullets next time, knives sharpened for you; people in the news
# as targets (protesters, villagers: "the army should shoot the demonstrators" is a call, "the army shot
# them" a report); a threat quoted from a crowd and attributed after the quotation is reported (harm.py)
PHRASES["THREAT"] += [
    "walking target", "marked man", "marked woman", "marked men", "target on your back", "target on his back",
    "target on her back", "target on their backs", "it will be bullets", "itll be bullets", "itll be a bullet",
    "it will be a bullet", "next time it wont be words", "next time it will not be words",
    "sharpening our knives", "sharpening my knife", "sharpening my knives", "sharpening our knife",
    "sharpening the knives for", "knives are sharpened for", "knives are ready for"]
LEXICON["PERSON"] += ["protesters", "protestors", "demonstrators", "rioters", "marchers", "strikers",
                      "civilians", "villagers", "prisoners", "detainees", "hostages", "students", "worshippers"]
# (en, the eighteenth round: 63 comments written afresh, 45/63 before it; sexual remarks 7/14, sexism
# 4/7, threats 8/14) sexual remarks as commenters leer (a hotel room, a short skirt, a job got on her
# knees, legs spread, "takes it up the"), sexist tropes of a woman's period and tears, a bus stop among
# the addressee's places, a pretty face in a veiled warning, bullets counted into a head ("your shift"
# was left out: "I know your shift ends late" is care as often as watching)
LEXICON["VULG"] += [
    "alone_in_a_hotel_room", "alone_in_my_hotel_room", "alone_in_my_room", "get_her_alone", "got_her_alone",
    "skirt_so_short", "skirt_is_so_short", "skirts_so_short", "such_a_short_skirt", "dress_so_short",
    "job_on_her_knees", "got_there_on_her_knees", "promoted_on_her_knees", "career_on_her_knees",
    "takes_it_up_the", "take_it_up_the", "taking_it_up_the", "took_it_up_the", "up_the_backside", "up_the_arse",
    "spreading_her_legs", "spreads_her_legs", "open_her_legs", "opens_her_legs", "opening_her_legs",
    "blouse_is_see_through", "see_through_blouse", "top_is_see_through", "enjoy_the_view_of_her"]
LEXICON["SEXPRED"] += [
    "on_her_period", "on_their_period", "on_their_periods", "on_the_rag", "time_of_the_month", "pmsing",
    "hormonal", "too_hormonal", "before_she_cries", "cries_and_quits", "cry_and_quit",
    "too_emotional_to", "too_emotional_for"]
LEXICON["DOXOBJ"] += ["bus_stop"]
LEXICON["VULN"] += ["face", "pretty_face", "kneecaps", "teeth"]
PHRASES["THREAT"] += [
    f"put {k} in {p} {h}" for k in ("one", "two", "three", "2", "3", "a round", "a slug", "a cap", "lead")
    for p in ("your", "ur", "his", "her", "their", "yer") for h in ("head", "skull", "chest", "back")]
# (en, the nineteenth round: 70 comments written afresh, 58/70 before it; sexual remarks 0/4, threats
# 16/20, identity 13/15) sexual remarks as commenters leer ("lips made for", "I'd bang the ...", "an ass
# on her", a secretary who "services him"); the sexist tropes of women who only exist to bear children
# and of girls who are "all easy"; "leave while you can still walk" (a departure demanded, with the
# legs it will cost); "they have been warned" where it ends a sentence; the beating verb apart from its
# lethal end ("beat that mayor to death", "until he stops breathing": harm.py _EN_BEAT) and a person's
# routine place known in the third person (harm.py rule 2b-en)
LEXICON["VULG"] += [
    "lips_made_for", "mouth_made_for", "lips_built_for", "mouth_built_for",
    # ("bang_her" was listed: "I'd bang the new spokeswoman" puts a noun there; not "smash", also a blow)
    *(f"{m}_{v}_{o}" for m in ("id", "i_would", "i_would_totally", "id_totally", "would_totally")
      for v in ("bang", "shag") for o in ("the", "that", "this", "them")),
    *(f"{a}_on_{o}" for a in ("ass", "arse", "booty", "tits", "rack", "butt") for o in ("her", "that_girl",
                                                                                        "that_woman")),
    "services_him", "servicing_him", "service_him", "serviced_him", "services_the_boss", "servicing_the_boss",
    "under_the_desk_for", "on_her_knees_under"]
LEXICON["SEXPRED"] += [
    # (what they "only exist" for: not "women only exist to make the world better", said in praise)
    *(f"{a}_{b}" for a in ("only_exist_to", "exist_only_to", "only_exists_to", "exists_only_to", "are_only_there_to",
                           "only_good_to", "were_made_to", "are_made_to", "were_born_to", "are_born_to")
      for b in ("serve", "please", "breed", "cook", "clean", "pump", "pop", "make_babies", "have_babies",
                "give_birth", "bear_children", "satisfy", "obey")),
    *(f"{a}_{b}" for a in ("only_exist_for", "exist_only_for", "only_exists_for", "exists_only_for")
      for b in ("men", "their_husbands", "sex", "pleasure", "breeding", "babies", "the_kitchen", "the_bedroom")),
    "pump_out_babies", "pumping_out_babies", "pump_out_kids", "pop_out_babies", "popping_out_babies",
    "churn_out_babies", "baby_makers", "baby_factories", "baby_machines", "breeding_stock",
    "are_all_easy", "all_easy", "so_easy_to_bed", "easy_to_get_into_bed"]
PHRASES["THREAT"] += [
    # (not "go while you can still walk": said of a trail or a trip)
    f"{v} while {y} {r}" for v in ("leave", "get out", "run", "go home", "go back", "pack up", "flee",
                                   "clear out", "get lost")
    for y in ("you", "u", "ye", "they", "youre", "you are", "theyre", "they are")
    for r in ("can still walk", "still can walk", "still have legs", "still have your legs",
              "still have two legs", "still breathing", "still in one piece", "still have a face")]
PHRASES["THREATEND"] += ["they have been warned", "theyve been warned", "he has been warned", "hes been warned",
                         "she has been warned", "shes been warned", "yall have been warned", "consider yourself warned",
                         "consider yourselves warned"]
# (en, the twentieth round: 69 comments written afresh, 38/69 before it; personal attacks 5/14,
# profanity 3/7, sales 5/7, threats 2/13) personal attacks without the usual insult words: a simile of
# a person's brains or spine ("the intellect of a wet sock", "the spine of a jellyfish"; an INSULT
# token, so it needs a person or the addressee beside it, not "I have the memory of a goldfish"), "you
# argue like a drunk", "about as useful as a chocolate teapot", sarcasm at the writer's schooling;
# a party hack; "whoever wrote this" as a person
_EN_SIM_PART = ("brains", "brain", "intellect", "iq", "wits", "spine", "backbone", "personality", "charisma",
                "intelligence", "brainpower", "attention_span", "courage", "manners")
_EN_SIM_THING = ("goldfish", "sock", "wet_sock", "potato", "rock", "brick", "jellyfish", "worm", "earthworm",
                 "turnip", "cabbage", "donkey", "peanut", "doorknob", "houseplant", "plank", "chicken", "sheep",
                 "mule", "slug", "amoeba", "gnat", "pigeon", "lettuce", "snail", "wet_noodle", "noodle",
                 "dead_fish", "fruit_fly", "toddler", "teaspoon", "lamp_post", "jelly", "stone", "squid")
LEXICON["INSULT"] += [f"{p}_of_{a}_{t}" for p in _EN_SIM_PART for a in ("a", "an") for t in _EN_SIM_THING] + [
    # (a simile of how the person acts: "you argue like a drunk uncle"; not "like a child", said of
    # how someone was treated)
    *(f"like_{a}_{t}" for a in ("a", "an", "some") for t in (
        "drunk", "drunkard", "toddler", "spoiled_brat", "spoilt_brat", "headless_chicken", "parrot",
        "trained_parrot", "trained_monkey", "performing_monkey", "puppet", "five_year_old", "5_year_old",
        "bad_comedian", "circus_act", "broken_record", "lunatic", "madman", "braying_donkey")),
    "about_as_useful_as", "as_useful_as_a_chocolate", "as_much_use_as_a_chocolate", "chocolate_teapot",
    "two_bit", "third_rate_journalist", "third_rate_hack"]
LEXICON["PERSON"] += ["whoever_wrote_this", "whoever_wrote_that", "whoever_wrote_it", "whoever_writes_this",
                      "whoever_is_writing", "the_person_who_wrote"]
PHRASES["ATTACK"] += [
    "party hack", "political hack", "regime hack", "paid hack", "partisan hack", "government hack",
    "party hacks", "regime hacks", "paid hacks",
    *(f"{a} never {b} {s}" for a in ("clearly", "obviously", "evidently") for b in ("finished", "went to", "passed")
      for s in ("school", "primary school", "high school", "secondary school", "grade school", "year six")),
    *(f"did your {m} help you" for m in ("mum", "mom", "mother", "mommy", "mummy", "dad", "grandma")),
    *(f"did your {m} write" for m in ("mum", "mom", "mother", "mommy", "mummy", "little brother", "kid")),
    "was this written by a child", "written by a five year old", "written by a 5 year old",
    "did a child write this", "did a five year old write this", "did a 5 year old write this"]
# untargeted profanity as commenters abbreviate and mask it ("FFS", "clusterf**k": its stars dropped)
LEXICON["PROF"] += ["ffs", "clusterfk", "clusterfck", "clusterfuck*", "clusterf", "fkn", "fking", "fcking"]
# threats as a condition or a question: a death foretold for the next hearing ("he won't live to see
# the next hearing"), a visit at night, "see how long you keep your fingers", "end up like the last
# journalist", "your car goes up in flames", "a bullet through your window", finishing what Daesh started
_EN_LIVE_SEE = ("wont live to see", "will not live to see", "not going to live to see", "not gonna live to see",
                "wont live long enough to see")
PHRASES["THREAT"] += [
    *(f"{s} {a} {b}" for s in ("he", "she", "they", "you", "u", "that judge", "the judge")
      for a in _EN_LIVE_SEE for b in ("the next", "his next", "her next", "their next", "your next", "tomorrow",
                                       "the morning", "the weekend", "the end of", "his trial", "the trial",
                                       "the verdict", "the hearing", "the sunrise", "another day")),
    "a visit at night", "a visit in the night", "a late night visit", "a midnight visit", "a night visit",
    "a little night visit", "a little visit tonight",
    *(f"{v} {p} {o} a visit" for v in ("pay", "paid", "pays", "paying") for p in ("your", "ur")
      for o in ("family", "wife", "kids", "children", "mother", "mum", "mom", "father", "dad", "parents",
                "sister", "brother", "daughter", "son", "house", "home", "office")),
    *(f"how long {y} {k} {p} {b}" for y in ("you", "u", "youll", "he", "she", "they", "hell")
      for k in ("keep", "keeps")
      for p in ("your", "ur", "his", "her", "their") for b in ("fingers", "hands", "tongue", "teeth", "eyes",
                                                              "legs", "head", "kneecaps", "knees")),
    *(f"end up like the last {x}" for x in ("journalist", "reporter", "one", "guy", "man", "woman", "writer",
                                            "editor", "blogger", "activist", "person", "presenter", "critic",
                                            "one who", "guy who", "person who")),
    *(f"{p} {o} {g} up in {f}" for p in ("your", "ur") for o in ("car", "house", "home", "shop", "office", "store",
                                                               "business", "truck", "farm", "restaurant")
      for g in ("goes", "will go", "gonna go", "is going to go", "go") for f in ("flames", "smoke")),
    *(f"{a} through {p} {b}" for a in ("a bullet", "bullets", "a brick", "a rock", "a stone", "a molotov",
                                       "a grenade") for p in ("your", "ur")
      for b in ("window", "windows", "head", "skull", "door", "windscreen", "windshield", "face", "chest")),
    *(f"finish {w} {x} started" for w in ("what", "the job") for x in ("daesh", "daish", "isil", "the baath",
                                                                    "the baathists", "al qaeda", "anfal"))]
# doxxing: a third person's details posted with a call to the readers (harm.py rule 2b-en')
LEXICON["DOXCALL"] = [
    *(f"do_what_you_{v}_with_{o}" for v in ("want", "like", "will", "wish") for o in ("it", "this", "that", "them")),
    "you_know_what_to_do", "you_all_know_what_to_do", "yall_know_what_to_do", "u_know_what_to_do",
    "you_guys_know_what_to_do", "everyone_should_know_that", "everyone_should_know_this", "so_all_of_you_can",
    "so_everyone_can_call", "so_you_can_all", "call_her_day_and_night", "call_him_day_and_night",
    "call_them_day_and_night", "share_it_everywhere", "spread_it_everywhere", "go_pay_him_a_visit",
    "go_pay_her_a_visit", "go_visit_him", "go_visit_her"]
LEXICON["DOXOBJ"] += ["phone_number", "home_address", "plate", "number_plate", "license_plate"]

# (twenty-first round) calls for violence in forms the earlier rounds did not use. A passive euphemism
# for killing as an act (it still needs a mood and a person or a group: "corruption should be dealt with
# permanently" names no one): "dealt with permanently", "taken care of once and for all", "made to
# disappear"
LEXICON["VIOLENT"] += [
    *(f"{v}_{h}" for v in ("dealt_with", "taken_care_of", "gotten_rid_of", "got_rid_of", "disposed_of",
                           "silenced", "finished_off", "put_down")
      for h in ("permanently", "once_and_for_all", "for_good", "for_ever", "forever")),
    "made_to_disappear", "made_to_vanish", "disappeared_for_good", "wiped_off_the_map", "wiped_off_the_face"]
# a rhetorical question as the call: "why is no one shooting them?", "what is stopping us from torching
# ...?", "how long before someone puts a knife in ...?" (the question holds its "no one": no negation)
LEXICON["MOOD"] += [
    *(f"why_{a}_{b}" for a in ("is", "isnt", "hasnt", "has", "doesnt", "dont", "didnt", "wont")
      for b in ("no_one", "noone", "nobody", "anyone", "anybody", "someone", "somebody", "we", "the_army",
                "the_people")),
    *(f"{a}_stopping_{b}_from" for a in ("whats", "what_is", "what_s", "who_is", "whos")
      for b in ("us", "anyone", "anybody", "you", "people", "the_people", "the_army")),
    *(f"what_stops_{b}_from" for b in ("us", "anyone", "anybody", "people")),
    *(f"how_long_{a}_{b}" for a in ("before", "until", "till") for b in ("someone", "somebody", "we", "they",
                                                                       "people", "the_people", "one_of_us"))]
# historical massacres of the region invoked as what should happen again (not remembered "so that it
# never happens again", nor told as history)
_EN_MASSACRE = ("anfal", "halabja", "sinjar", "shingal", "speicher", "camp speicher", "1915", "1988",
                "the armenian genocide", "srebrenica", "the holocaust", "dersim", "zilan", "simele",
                "august 2014")
PHRASES["THREAT"] += [
    *(f"{a} {b} {m}" for a in ("time for", "need", "needs", "we need", "deserve", "deserves", "give them",
                               "do", "bring", "bring back", "repeat", "want", "waiting for", "ready for",
                               "overdue for", "due for", "pray for", "hope for", "hoping for", "wish for")
      for b in ("another", "a new", "a second", "one more", "a second", "a repeat of") for m in _EN_MASSACRE),
    *(f"{m} {v} again" for m in _EN_MASSACRE for v in ("should happen", "needs to happen", "must happen",
                                                       "has to happen", "should be done", "needs to be done",
                                                       "must be repeated", "should be repeated")),
    *(f"{g} like {m}" for g in ("gassed", "gas them", "gas em", "bombed", "slaughtered", "massacred",
                                "buried", "wiped out", "exterminated") for m in _EN_MASSACRE),
    *(f"{x} {m} went through is what" for x in ("what", "whatever") for m in _EN_MASSACRE),
    *(f"deserve what {m}" for m in _EN_MASSACRE),
    *(f"deserve {w} {m}" for w in ("a", "their own", "another") for m in _EN_MASSACRE),
    # the saying of extermination, of any group or person: "the only good Persian is a dead one"
    *(f"is a dead {x}" for x in ("one", "1")),
    # a death by hanging or in a ditch wished as a finding: "may every judge ... be found hanging"
    *(f"be found {x}" for x in ("hanging", "hanged", "dead", "in a ditch", "in a river", "in pieces",
                                "floating", "with a bullet")),
    # a threat told as the debt the victim pays: "tonight he pays", the bodies that fill a place
    *(f"{t} {s} {p}" for t in ("tonight", "soon", "tomorrow") for s in ("he", "she", "they", "you", "u")
      for p in ("pays", "pay", "will pay", "dies", "die", "will die", "bleeds", "bleed")),
    *(f"{f} the {x} with {p} {b}" for f in ("fill", "we fill", "will fill", "fills") for x in
      ("churches", "church", "streets", "street", "mosques", "mosque", "river", "rivers", "graves", "camps",
       "squares", "square", "villages", "ditches") for p in ("your", "their", "ur")
      for b in ("bodies", "corpses", "blood", "heads")),
    # a condition the writer sets on a judge's or an MP's act: "he won't leave the courthouse alive"
    *(f"{s} {w} leave {x} alive" for s in ("he", "she", "they", "you", "u", "the judge", "the mp", "that judge")
      for w in ("wont", "will not", "is not going to", "isnt going to", "not gonna", "wont ever")
      for x in ("the courthouse", "court", "the court", "the building", "parliament", "the parliament",
                "the city", "this city", "the country", "the studio", "the office", "his office", "her office",
                "the hospital", "his house", "her house", "the house", "the village", "the room")),
    *(f"the first {o} we {v}" for o in ("one", "house", "home", "shop", "office", "car", "church", "mosque")
      for v in ("burn", "torch", "bomb", "blow up", "attack", "raid", "hit", "visit")),
    *(f"we {v} both {p} {b}" for v in ("break", "will break", "ll break", "smash", "will smash", "snap")
      for p in ("your", "his", "her", "their", "ur") for b in ("legs", "arms", "hands", "knees", "kneecaps"))]
# counter-speech that calls the quoted hate a lie ("anyone who says Yazidis are devil worshippers is
# repeating a lie")
LEXICON["REJECT"] += ["is_a_lie", "are_a_lie", "repeating_a_lie", "repeat_a_lie", "repeats_a_lie",
                      "spreading_a_lie", "spreading_lies", "spread_lies", "an_old_lie", "a_racist_lie",
                      "a_racist_myth", "is_a_myth", "is_lying", "are_lying"]
# "ought to" as a call ("someone ought to ...")
LEXICON["MOOD"] += ["ought_to", "oughta"]
# a veiled wish that a person never arrives or wakes again: "make sure that MP never reaches the parliament
# again" (a person, not "make sure this never happens again")
PHRASES["THREAT"] += [
    f"make sure {d} {p} never {v}" for d in ("that", "this", "the") for p in
    ("mp", "judge", "journalist", "reporter", "editor", "minister", "governor", "mayor", "columnist",
     "presenter", "commander", "traitor", "guy", "man", "woman")
    for v in ("reaches", "wakes up", "walks again", "gets home", "makes it home", "sees another",
              "sees the", "writes again", "speaks again", "comes back", "leaves", "steps out")]
# the euphemisms above need a person or a group beside them: their passive alone is no target
LEXICON["EUPHEM"] = [w for w in LEXICON["VIOLENT"] if w.startswith(
    ("dealt_with_", "taken_care_of_", "gotten_rid_of_", "got_rid_of_", "disposed_of_", "silenced_",
     "finished_off_", "put_down_", "made_to_", "disappeared_for", "wiped_off_the"))]

# (twenty-second round) threats the earlier rounds did not word. Stock threats in chat spelling ("we
# coming for u"; not the meme "hide your kids", a joke), someone else's back to watch, days numbered, kin
# made orphans or widows, a mother weeping over the grave, a lesson not survived, a deadline's "or we
# start shooting"
_EN_POSS3 = ("his", "her", "their", "ur", "your")
PHRASES["THREAT"] += [
    *(f"{c} {f} {o}" for c in ("coming", "comin", "cumin", "we coming", "were coming")
      for f in ("for", "4") for o in ("u", "ya", "ur family", "your family", "your kids", "ur kids")),
    *(f"better watch {p} {b}" for p in _EN_POSS3 for b in ("back", "backs")),
    *(f"{p} days are numbered" for p in ("his", "her", "their", "ur")),
    # a person's days by the office's possessive ("the police chief's days are numbered"; not the
    # government's, a forecast about an institution)
    *(f"{r}s days are numbered" for r in ("chief", "judge", "mayor", "governor", "minister", "editor",
                                          "journalist", "reporter", "mp", "president", "commander", "prosecutor",
                                          "presenter", "traitor", "officer", "columnist")),
    *(f"make {p} {k} {r}" for p in _EN_POSS3 for k in ("children", "kids", "sons", "daughters")
      for r in ("orphans", "fatherless", "motherless")),
    *(f"make {p} {k} a widow" for p in _EN_POSS3 for k in ("wife", "mother", "mum")),
    *(f"{v} over {p} {g}" for v in ("weeping", "weep", "crying", "cry", "wailing", "mourning")
      for p in _EN_POSS3 for g in ("grave", "coffin", "body", "corpse")),
    *(f"lesson {s} {n} survive" for s in ("you", "u", "he", "she", "they", "those", "them")
      for n in ("wont", "will not", "will never", "cant", "cannot", "wouldnt", "wont ever")),
    *(f"{c} we {v}" for c in ("after that", "or", "or else", "otherwise", "else")
      for v in ("start shooting", "start killing", "open fire", "start burning", "start cutting throats",
                "start the killing", "burn it all")),
    *(f"{v} {d} {h}" for v in ("break", "crack", "bust", "smash", "split") for d in ("every", "some", "their")
      for h in ("head", "heads", "skull", "skulls")),
]
# ... and said so that it ends its sentence ("we will get him", "after we are done with her")
PHRASES["THREATEND"] += [
    *(f"{s} {w} get {o}" for s in ("we", "well", "i", "ill") for w in ("will", "are going to", "gonna", "")
      for o in ("him", "her", "them", "you", "u")),
    *(f"{c} {s} done with {o}" for c in ("after", "when", "once") for s in ("we are", "were", "we re", "im",
                                                                           "i am", "we have", "weve")
      for o in ("her", "him", "you", "u", "them"))]
# a call to whoever meets the person ("whoever sees that MP in the street, stab him")
LEXICON["MOOD"] += [f"{w}_{v}" for w in ("whoever", "anyone_who", "anybody_who")
                    for v in ("sees", "finds", "catches", "meets", "spots")]
# an insult and a sycophant's habit
LEXICON["INSULT"] += ["gutless", "bootlicking", "boot_licking"]
PHRASES["ATTACK"] += [f"{v} the boots of" for v in ("licks", "lick", "licking")]
# a game, a film or a novel told: an act inside it is the fiction's (harm.py, English)
LEXICON["FICTION"] = [f"in_{d}_{m}" for d in ("the", "this", "that") for m in
                      ("game", "video_game", "film", "movie", "series", "novel", "book", "level", "mission",
                       "episode", "show", "cartoon", "anime")]
# threats and violence rejected by the writer ("nobody should threaten a journalist"): a counter contrast
PHRASES["REJECTHARM"] = PHRASES.get("REJECTHARM", []) + [
    f"{n} should {v}" for n in ("nobody", "no one", "noone", "no body") for v in
    ("threaten", "ever threaten", "be threatened", "ever be threatened", "attack", "harm", "hurt", "be attacked",
     "be killed", "be harmed", "be hurt")]
# (en, the twenty-fourth round: 49 comments written afresh, 34/49 before it, threats 16/30;
# tests/guidelines/test_harm_en_r24.py) A knife put in someone's neck or throat (not "a knife in the back",
# the betrayal idiom); being mowed down still to come ("getting / be mowed down"; the news's "were mowed
# down" is left alone); people who "will be counting / burying their dead"; "not one of them will still be
# breathing"; "line them up against the wall".
PHRASES["THREAT"] += [
    *(f"{k} in {p} {n}" for k in ("knife", "blade", "dagger") for p in ("his", "her", "their", "your", "ur")
      for n in ("neck", "throat", "necks", "throats")),
    "getting mowed down", "get mowed down", "be mowed down", "gonna mow them down", "going to mow them down",
    *(f"be {v} {p} dead" for v in ("counting", "burying") for p in ("their", "your", "ur")),
    "will still be breathing", "be left breathing",
    *(f"{v} {o} up against the wall" for v in ("line", "stand", "put") for o in ("them", "em", "him", "her",
                                                                              "them all", "all of them"))]
# A penalty of limbs promised ("gets his hands cut off"), and street weapons to bring ("bring your sticks").
PHRASES["THREAT"] += [
    *(f"{g} {p} {h} {c} off" for g in ("gets", "getting")
      for p in ("his", "her", "their", "your", "ur") for h in ("hands", "hand", "head", "tongue", "fingers")
      for c in ("cut", "chopped")),
    *(f"bring {x}" for x in ("your sticks", "the sticks", "your bats", "the bats", "your clubs", "the clubs",
                             "your machetes", "the machetes", "your axes", "the axes"))]
# (en, the twenty-fifth round: 55 comments written afresh as readers of a Kurdish-region outlet write them,
# regional English with "wallah", "inshallah", "khalas"; 29/55 before it, threats 4/24;
# tests/guidelines/test_harm_en_r25.py) Threats with no violent verb of their own:
_R25_P2 = ("your", "ur")
_R25_KIN = ("mother", "mum", "mom", "family", "wife", "father", "dad", "kids", "children", "brothers", "sisters")
PHRASES["THREAT"] += [
    # the addressee's last feast ("this is your last Eid"; "enjoy your last" was there): only a feast or a
    # birthday said to "you" ("his last Nowruz as prime minister" is news)
    *(f"{c} {p} last {x}" for c in ("this is", "thats", "that is", "this will be", "will be", "be")
      for p in _R25_P2 for x in ("eid", "ramadan", "nowruz", "newroz", "christmas", "easter", "birthday",
                                 "new year", "summer", "winter")),
    # the body washed, collected or identified by the addressee's kin ("your mother will wash your body")
    *(f"{p} {k} {m} {v} {p} {b}" for p in _R25_P2 for k in _R25_KIN
      for m in ("will", "will have to", "is going to", "are going to", "gonna", "will be")
      for v in ("wash", "washing", "collect", "collecting", "identify", "identifying", "bury", "burying",
                "receive")
      for b in ("body", "corpse", "remains")),
    *(f"{v} {p} {b}" for v in ("identify", "collect", "wash") for p in _R25_P2 for b in ("corpse", "remains")),
    # kin told to take leave of the addressee ("tell your family to say goodbye", "kiss your kids goodbye")
    *(f"tell {p} {k} to say goodbye" for p in _R25_P2 for k in _R25_KIN),
    *(f"kiss {p} {k} goodbye" for p in _R25_P2 for k in _R25_KIN),
    # blood declared lawful, the religious formula ("their blood is halal")
    *(f"{p} blood is {h}" for p in ("your", "ur", "his", "her", "their") for h in
      ("halal", "permitted", "permissible", "lawful", "mubah", "allowed")),
    # thrown from the roofs, the punishment of gay men under ISIS, called for ("must be thrown from the
    # high buildings"; the news's "were thrown" is left alone)
    *(f"{m} {a} {f} {d}{h}{b}" for m in ("should", "must", "need to", "needs to", "deserve to", "deserves to",
                                         "ought to", "will", "should all", "must all")
      for a in ("be thrown", "throw them", "throw him", "throw her", "throw you")
      for f in ("from", "off") for d in ("the ", "")
      for h in ("", "high ", "tall ") for b in ("roof", "roofs", "rooftops", "building", "buildings", "towers")),
    # a group's homes in the speaker's hands ("we know their houses"; not "we have their photos from the
    # wedding"); the addressee's own is rule 2b's
    *(f"{s} {v} their {o}" for s in ("we", "i", "we already", "i already") for v in ("know", "have", "got")
      for o in ("houses", "addresses", "home addresses")),
    # the addressee's road known (beside the hours, "know what time you leave", there before)
    *(f"{s} know which {r} you {v}" for s in ("i", "we") for r in ("road", "way", "route", "street", "bus")
      for v in ("take", "use", "walk", "drive")),
    # "you won't walk again", "they won't wake up" (not he or she: a patient's prognosis)
    *(f"{a} {b}" for a in _YOU_WILL for b in ("walk again", "wake up", "walk home")),
    *(f"they {n} wake up" for n in ("will not", "wont", "will never")),
    # a lesson promised with the memory of it ("lesson he will never forget"; "wont forget" was there)
    *(f"lesson {s} {w}" for s in ("you", "u", "he", "she", "they")
      for w in ("will never forget", "will not forget", "will remember", "will always remember",
                "wont ever forget")),
    # going home in coffins, still to come (the news's "came home in coffins" is left alone)
    *(f"{v} {d} in {c}" for v in ("go", "goes", "going", "be sent", "get sent", "will return", "will come")
      for d in ("home", "back") for c in ("coffins", "body bags", "bags", "boxes", "a coffin", "a body bag")),
    # heads taken off ("send them back without their heads")
    *(f"without {p} {h}" for p in ("your", "ur", "his", "their") for h in ("head", "heads")),
]
# ... and "your name is on our list", ending its sentence (not "the list": "don't worry, your name is
# already on the list" answers a voter or a guest)
PHRASES["THREATEND"] += [
    *(f"{p} name is {a}on {lst}" for p in ("your", "ur", "his", "her") for a in ("", "already ", "now ")
      for lst in ("our list", "my list")),
    *(f"{y} {a}on {lst}" for y in ("you are", "youre", "u r", "ur") for a in ("", "already ", "now ")
      for lst in ("our list", "my list"))]
# not walking home on one's own legs (rule 1b: LEAVE after a negation, then ALIVE)
LEXICON["LEAVE"] += ["walk_home", "walks_home", "go_back", "goes_back"]
LEXICON["ALIVE"] += [f"on_{p}_own_{f}" for p in ("your", "ur", "his", "her", "their") for f in ("legs", "feet")]
# parasites that suck blood
LEXICON["DEHUMAN"] += ["ticks", "bloodsuckers", "blood_suckers", "bloodsucking", "sucking_our_blood",
                       "sucking_the_blood"]
# the Arabic slur for effeminate and gay men, written in Latin letters
LEXICON[f"SLUR:{HOMOPHOBIA}"] += ["khanith", "khaneeth", "khawal", "khawals"]
# the players of a match (ARENA: "our striker will destroy them on Saturday")
LEXICON["ARENA"] += [f"{p}_{r}" for p in ("our", "their", "the", "your") for r in
                     ("striker", "strikers", "goalkeeper", "keeper", "midfield", "defenders", "forwards", "players",
                      "squad", "club")]
# "they are a shame": a predicate of the group, not a word rejecting the hate ("gays are a disease ...
# they are a shame for Kurdistan"); "calling them that is a shame" keeps its rejection
LEXICON["NEGPRED"] += ["are_a_shame"]
# no one left to save the addressee "now" or "this time", ending its sentence ("nothing can save you now"
# "nobody will save you this time"; not "no one can save you from yourself", "if the bank fails")
PHRASES["THREATEND"] += [f"{w} {c} save {o}{t}" for w in ("nothing", "nobody", "no one", "noone")
                         for c in ("can", "will", "is going to", "could") for o in ("you", "u")
                         for t in (" now", " this time", " next time")]
# (en, the twenty-sixth round: 50 comments written afresh as readers of a Kurdish-region outlet write
# English, 32/50 before it; threats 12/20, sexism 3/7, sexual remarks 3/8, contrasts 14/15)
# sexist tropes: women write or decide "with their feelings", "half the mind", a girl who works beside
# men is "not a good girl" no man will marry, women "make drama" for attention
LEXICON["SEXPRED"] += [
    *(f"{v}_with_{p}_{f}" for v in ("write", "writes", "think", "thinks", "decide", "decides", "vote", "votes",
                                    "lead", "leads", "judge", "judges", "rule", "rules", "act", "acts")
      for p in ("their", "her") for f in ("feelings", "emotions", "heart", "hearts", "hormones")),
    *(f"not_{p}_{h}" for p in ("their", "her") for h in ("head", "heads", "brain", "brains", "mind", "minds")),
    *(f"{h}_the_{m}" for h in ("half", "only_half") for m in ("mind", "brain", "brains", "intelligence", "religion",
                                                            "sense", "wisdom")),
    "half_a_mind", "half_a_brain", "lacking_in_mind", "deficient_in_mind", "deficient_in_reason",
    "not_a_good_girl", "not_good_girls", "not_a_decent_girl", "not_decent_girls",
    *(f"{w}_will_marry_{o}" for w in ("no_man", "nobody", "no_one", "noone", "no_family")
      for o in ("her", "them", "such_a_girl", "such_girls")),
    *(f"{m}_{d}" for m in ("make", "makes", "making", "always_make", "love", "loves") for d in ("drama", "dramas")),
    "to_get_attention", "for_attention", "just_for_attention", "only_for_attention"]
LEXICON["NEGPRED"] += ["cannot_lead", "can_not_lead", "cannot_rule", "cannot_think", "cannot_handle"]
# a woman's job got on her back (as "on her knees", round 18)
LEXICON["VULG"] += [
    *(f"{j}_{lie}on_her_back" for j in ("job", "jobs", "promotion", "post", "seat", "career", "position",
                                      "got_there", "got_it", "got_the_job")
      for lie in ("", "lying_", "laying_", "flat_")),
    *(f"{lie}on_her_back_{u}" for lie in ("lying_", "laying_", "flat_") for u in ("under", "for", "in_the_office"))]
# sexual remarks on a presenter or a writer (harm.py rule 5b, as in Turkish, Arabic and Persian): a body
# or bed cue (SEXCUE) beside a person, with desire or appraisal (SEXAPPR) in the sentence: "the new
# anchor has a body I would pay to see", "I bet the reporter is wild in bed"; not the cue alone ("the
# journalist's body was found", "she stayed in bed with the flu")
LEXICON["SEXCUE"] = [
    "her_body", "your_body", "body_of_a", "a_body_like", "what_a_body", "nice_body", "hot_body", "sexy_body",
    "her_figure", "her_curves", "curves", "her_legs", "her_hips", "her_chest", "her_lips", "her_thighs",
    "in_bed", "in_my_bed", "into_my_bed", "to_my_bed", "in_the_bedroom", "to_bed_with",
    *(f"{s}_with_{o}" for s in ("sleep", "sleeps", "sleeping", "spend_a_night", "spend_the_night", "a_night")
      for o in ("her", "you", "me")),
    *(f"{a}_{p}" for a in ("private", "nude", "naked", "hot", "sexy", "bikini")
      for p in ("photos", "photo", "pictures", "pics", "pic", "videos", "selfies")),
    "belly_dancer", "belly_dance", "dance_privately", "dance_for_me", "undress*"]
LEXICON["SEXAPPR"] = [
    "hot", "hotter", "sexy", "so_sexy", "would_pay", "id_pay", "pay_to_watch", "pay_to_see", "privately",
    "real_man", "a_real_man", "send_me", "rate", "ill_rate", "i_will_rate", "drooling", "cant_stop_looking",
    "cant_take_my_eyes", "yummy", "juicy", "tasty", "wild", "naughty", "i_want_her", "id_love_to",
    "i_would_love_to", "wish_i_could", "if_only_i_could", "lucky_man", "lucky_boss"]
# threats: a group's places or homes to be ashes, bodies left to the wolves, dogs or crows, a group
# "under the soil", the family's honour to be washed or cleaned (the honour killing called for), a
# visit at night to "explain" or "teach" with the hands (VIOLENT: an act, with a mood and a target)
LEXICON["VIOLENT"] += [
    "be_ashes", "be_ash", "turn_to_ashes", "turn_into_ashes", "turned_to_ashes", "into_ashes", "to_ashes",
    "become_ashes", "be_burned_to_ashes", "be_burnt_to_ashes",
    *(f"{e}_by_{t}{a}" for e in ("eaten", "torn", "eaten_alive") for t in ("the_", "")
      for a in ("wolves", "dogs", "crows", "vultures", "fish", "jackals", "hyenas")),
    *(f"{f}_for_{t}{a}" for f in ("food", "meat", "a_meal", "dinner") for t in ("the_", "")
      for a in ("wolves", "dogs", "crows", "vultures", "fish", "jackals", "hyenas")),
    *(f"{w}_the_{s}" for w in ("under", "beneath", "below") for s in ("soil", "earth", "ground", "dirt")),
    # (not "restore his honour", nor "wash our shame": an apology, a vote)
    *(f"{v}_{p}_{h}" for v in ("clean", "cleans", "cleanse", "wash", "washes")
      for p in ("his", "their", "the", "the_family", "the_familys", "her_familys")
      for h in ("honour", "honor")),
    *(f"{v}_{o}_with_{p}_hands" for v in ("explain", "explain_to", "teach", "show", "answer", "educate")
      for o in ("him", "her", "them", "you", "this_writer", "this_journalist") for p in ("our", "my")),
    *(f"visit_{o}_at_night" for o in ("him", "her", "them", "you", "this_writer", "this_journalist", "his_house",
                                      "her_house", "their_houses"))]
LEXICON["MOOD"] += ["counting_the_days_until", "counting_the_days_till", "cant_wait_until", "cant_wait_till",
                    "waiting_for_the_day", "make_sure_of_it", "well_make_sure", "we_will_make_sure"]
# a veiled threat: the protection the addressee counts on will not follow them home, no one will be left
PHRASES["THREAT"] += [
    *(f"{x} {n} follow {o} home" for x in ("cameras", "the cameras", "police", "the police", "guards",
                                           "bodyguards", "the bodyguards", "your party", "the party")
      for n in ("dont", "do not", "wont", "will not", "cant", "cannot", "dont always", "wont always")
      for o in ("you", "u", "him", "her", "them")),
    *(f"will be {w} left to {v}" for w in ("nobody", "no one", "noone", "none of you", "none of them")
      for v in ("remember", "bury", "cry", "tell", "mourn", "count")),
    *(f"{w} of you will be left" for w in ("none", "nobody", "no one")),
    # (a match that burns homes: not "one match is enough for the title")
    *(f"one match {v} enough for {q}{a} {h}" for v in ("is", "will be", "would be")
      for q in ("", "all of ", "all ") for a in ("their", "your", "the", "these", "those", "his", "her")
      for h in ("tents", "tent", "houses", "house", "homes", "home", "camp", "camps", "village", "villages",
                "shops", "shop", "church", "churches", "mosque", "mosques", "office", "offices"))]
# counter-speech: "this is hate" said of the words reported
LEXICON["REJECT"] += ["this_is_hate", "that_is_hate", "thats_hate", "its_hate", "it_is_hate", "pure_hate"]
# (twenty-seventh round: tests/guidelines/test_harm_en_r27.py) bodies sent back in bags (beside round
# 17's body bags); a mouth shut or a person silenced for good (an act, with a mood and a target); bones
# and heads broken as "the bones of", "the heads of"; a duty laid on every man of the group as the mood
# ("it is a duty for every young man to ..."; the act still needs its target)
LEXICON["VIOLENT"] += [
    "in_black_bags", "in_a_black_bag", "in_plastic_bags", "in_a_plastic_bag", "in_bodybags", "in_a_bodybag",
    "in_garbage_bags", "in_rubbish_bags",
    *(f"shut_{o}_{p}mouth{s}_{h}" for o in ("his", "her", "their", "your", "ur", "this", "that", "the")
      for p in ("", "mps_", "mp_", "writers_", "journalists_", "reporters_", "editors_", "presenters_",
                "ministers_", "governors_", "clerics_", "sheikhs_", "mullahs_", "activists_")
      for s in ("", "s") for h in ("forever", "for_good", "permanently", "for_ever")),
    *(f"{v}_{o}_{h}" for v in ("silence", "shut", "quiet", "quieten")
      for o in ("him", "her", "them", "you", "this_traitor", "this_journalist", "this_writer")
      for h in ("forever", "for_good", "permanently", "for_ever")),
    *(f"shut_{o}_up_{h}" for o in ("him", "her", "them", "you") for h in ("forever", "for_good", "permanently")),
    *(f"{v}_the_{p}_of" for v in ("break", "smash", "crush") for p in ("bones", "heads", "skulls", "legs", "necks"))]
LEXICON["MOOD"] += [
    *(f"{d}_{p}_{e}" for d in ("duty", "a_duty", "the_duty", "obligation", "an_obligation")
      for p in ("for", "of", "on") for e in ("every", "all", "each", "any", "us", "every_one_of_us")),
    "our_duty_to", "your_duty_to", "a_duty_to", "the_duty_to", "his_duty_to", "a_religious_duty_to"]
# the region's massacres as a "treatment" given (the massacre names of round 21, Afrin and 2014 beside them)
PHRASES["THREAT"] += [
    f"{g}{o} the {m} treatment" for verbs, objects in (
        (("give", "gives", "giving", "will give", "ll give"),
         (" them", " him", " her", " you", " u", " these", " those", " all of them", " all of you")),
        (("deserve", "deserves", "need", "needs", "get", "will get", "gets", "getting"), ("",)))
    for g in verbs for o in objects
    for m in (*_EN_MASSACRE, "afrin", "2014", "daesh", "isis", "saddam", "baath", "chemical ali")] + [
    # weapons that will "speak" or "talk" (the call to arms as a figure), not weapons spoken of
    *(f"{lead}{w} {v}" for lead in ("", "let the ", "time for the ", "now the ", "only the ")
      for w in ("guns", "rifles", "weapons", "bullets", "kalashnikovs", "knives", "swords", "daggers")
      for v in ("to speak", "to talk", "will speak", "will talk", "must speak", "should speak", "speak now",
                "do the talking", "will do the talking", "will decide")),
    *(f"let the {w} {v}" for w in ("guns", "rifles", "weapons", "bullets", "kalashnikovs", "knives", "swords")
      for v in ("speak", "talk", "decide")),
    # a bounty on a head
    *(f"{b} {u} {h}" for b in ("bring", "brings", "bringing", "bring back", "brings back")
      for u in ("me", "us") for h in ("his head", "her head", "their heads", *(
          f"the {x} of {d}" for x in ("head", "heads") for d in ("this", "that", "these", "those", "every", "any",
                                                                "all", "the traitor", "the traitors"))))]
# doxxing (harm.py rule 2b-en'): the call to whoever wants the details, or the job left to "the guys";
# a villa, a location or a gym as the details told
LEXICON["DOXCALL"] += [
    *(f"for_{w}_{v}" for w in ("anyone_who", "anybody_who", "whoever", "who", "those_who", "the_one_who")
      for v in ("wants", "want", "wants_to_visit", "wishes", "likes")),
    *(f"{n}_{j}" for n in ("now_it_is", "now_its", "the_rest_is", "now_the_rest_is") for j in
      ("their_job", "their_work", "their_business", "up_to_them", "up_to_the_guys", "up_to_the_boys")),
    "its_their_job_now", "it_is_their_job_now", "the_boys_know_what_to_do", "the_guys_know_what_to_do"]
LEXICON["DOXOBJ"] += ["villa", "location", "home_location", "shop_location", "gym", "gym_times"]
# (twenty-eighth round: tests/guidelines/test_harm_en_r28.py) identity-based abuse said by a claim, not a
# slur: growth as mould or fungus; a people "still in the stone age"; a house, a people "without shame";
# a nation denied ("not a nation", "not a real people"); guests for ever (belonging denied); the
# two-faced trope told as a smile in the face and a count behind the back; a people "by its nature"; a
# man in a dress "still a man" (trans women misgendered)
LEXICON["DEHUMAN"] += ["mould", "mold", "mouldy", "moldy", "fungus", "fungi", "like_mould", "like_mold",
                       "like_fungus", "like_a_fungus", "like_a_rash", "like_lice", "like_mosquitoes"]
LEXICON["NEGPRED"] += [
    *(f"{w}_the_stone_age" for w in ("in", "left", "from", "out_of", "never_left", "never_left_out_of",
                                     "still_in", "stuck_in", "living_in", "back_to")),
    "cavemen", "cave_men", "cave_people", "madmen", "mad_men", "broken_brain", "broken_brains",
    *(f"{p}_{h}" for p in ("without", "with_no", "have_no", "has_no", "no")
      for h in ("shame", "honour", "honor", "faith")),
    # what a group "can't" make of anything ("cant do anything" of the first lists)
    *(f"{c}_{v}_anything" for c in ("cant", "cannot", "can_not", "couldnt", "never")
      for v in ("build", "make", "create", "run", "fix", "invent", "produce", "manage")),
    *(f"{p}_{n}" for p in ("not_a", "not_a_real", "never_a", "never_been_a", "never_were_a", "not_even_a",
                           "no_such_thing_as_a", "isnt_a", "arent_a", "is_not_a", "are_not_a")
      for n in ("nation", "people", "real_nation", "real_people")),
    "invented_people", "invented_nation", "made_up_nation", "made_up_people", "fake_nation", "fake_people",
    *(f"{v}_guests_{f}" for v in ("stay", "stays", "remain", "remains", "always_be", "only", "just", "are")
      for f in ("forever", "for_ever", "for_life", "always")),
    "guests_forever", "forever_guests", "eternal_guests",
    *(f"{s}_in_your_face" for s in ("smile", "smiles", "smiling")), *(f"behind_{p}_back" for p in ("your", "our")),
    # what "follows them wherever they go" (dirt, crime; not trouble or disease, a misfortune told)
    *(f"{x}_{v}_them" for x in ("dirt", "filth", "crime", "stink", "the_smell")
      for v in ("follows", "follow", "comes_with", "come_with")),
    "their_nature", "in_their_nature", "its_their_nature", "it_is_their_nature", "thats_their_nature",
    "still_a_man", "still_men", "will_always_be_a_man", "always_be_men", "wrong_in_his_head",
    "wrong_in_their_heads", "need_a_doctor_not_rights", "need_doctors_not_rights", "need_treatment_not_rights"]
LEXICON[f"GROUP:{HOMOPHOBIA}"] += ["a_man_in_a_dress", "men_in_dresses", "men_in_skirts", "a_man_in_a_skirt",
                                   "guys_holding_hands", "men_holding_hands", "boys_holding_hands"]
LEXICON[f"GROUP:{RACISM}"] += ["dom_people", "the_dom", "dom_families", "doms"]
# a woman's brain made for the house, a girl on screen hired for her face
LEXICON["SEXPRED"] += [
    *(f"made_for_the_{p}" for p in ("house", "home", "kitchen", "kids")),
    *(f"{w}_for_the_face" for w in ("watch", "watching", "only", "just", "hired")),
    "for_their_faces", "for_their_looks", "nobody_listens_to_what_they_say"]
# a routine told to the minute (harm.py rule 2b-en''): the word aimed at its owner, a caution or their
# ease as a target
LEXICON["AIMED"] = ["write_carefully", "write_careful", "drive_carefully", "walk_carefully", "be_careful",
                    "careful", "carefully", "easy_man", "an_easy_man", "easy_target", "an_easy_target",
                    "easy_prey", "a_soft_target", "soft_target", "easy_to_find", "easy_to_reach",
                    *(f"{t}_{j}" for t in ("mr", "mister", "dear", "madam", "miss", "sir")
                      for j in ("journalist", "reporter", "writer", "editor", "presenter", "columnist", "author"))]
# a death made ready for: the target's will or affairs to be put in order ("he should make sure his will
# is in order", "put your affairs in order"; not "the will of the people", nor a will read after a death:
# the phrases need the possessive of the one warned and a verb of readying)
PHRASES["THREAT"] += [
    *(f"{p} {w} {v} in order" for p in ("your", "ur", "his", "her", "their") for w in ("will", "affairs")
      for v in ("is", "are", "be", "were")),
    *(f"{v} {p} {w} in order" for v in ("put", "get", "set", "have", "keep") for p in ("your", "ur", "his", "her")
      for w in ("will", "affairs")),
    *(f"{v} {p} will {a}" for v in ("write", "make", "prepare", "update") for p in ("your", "ur", "his", "her")
      for a in ("now", "today", "tonight", "soon", "already", "first", "before")),
    # a harm foretold for those who speak like the addressee ("women who talk like this get hurt")
    *(f"who {v} like {t} {o}" for v in ("talk", "talks", "write", "writes", "speak", "speaks", "post", "posts")
      for t in ("this", "that", "you", "her", "him")
      for o in ("get hurt", "gets hurt", "end up dead", "ends up dead", "end up hurt", "ends up hurt",
                "disappear", "disappears", "dont live long", "dont last long", "do not live long",
                "never live long", "end up in the river", "end up in a ditch"))]
# the manner of leaving a place, as "in black bags" (round 27): on a stretcher, in an ambulance, feet
# first (harm.py: the mood counted from the verb of going or leaving before it)
LEXICON["VIOLENT"] += ["on_a_stretcher", "on_stretchers", "in_an_ambulance", "in_ambulances", "feet_first"]
# (twenty-ninth round: tests/guidelines/test_harm_en_r29.py) sexual remarks on a woman: the slang verbs of
# sex with her as object ("I'd rail her", "wanna shag her"; the verbs with plain senses -- smash, pound,
# ride -- only after a wish and with a woman as object, "I'd smash her", not "I'd smash that exam"; not tap
# or nail, "I'd nail her on that question"), and a woman "begging to get" one done to her
_EN_SEX_SLANG = ("rail", "railed", "railing", "bang", "banged", "banging", "plow", "plowed", "plowing", "plough",
                 "ploughed", "shag", "shagged", "shagging", "bone", "boned", "boning")
_EN_SEX_PLAIN = ("smash", "pound", "ride", "rail", "bang", "plow", "shag", "bone")
LEXICON["VULG"] += [
    *(f"{v}_{o}" for v in _EN_SEX_SLANG for o in ("her", "them_girls", "that_girl", "that_lady", "the_presenter",
                                                  "the_anchor", "the_reporter", "that_presenter", "that_anchor")),
    *(f"{w}_{v}_{o}" for w in ("id", "i_would", "wanna", "want_to", "id_love_to", "id_totally", "would_totally")
      for v in _EN_SEX_PLAIN for o in ("her", "that_girl", "that_lady", "the_presenter", "the_anchor")),
    *(f"{b}_to_get_{x}" for b in ("begging", "begs", "wants", "needs", "dying")
      for x in ("smashed", "railed", "banged", "laid", "plowed", "ploughed", "boned", "shagged", "nailed",
                "pounded", "fucked", "fcked"))]
# the cues of rule 5b (a body or bed cue beside a person, with desire or appraisal in the sentence): a
# night kept up, a bedroom or a flat of the speaker's (not any room: "she could not sleep in my room"), her
# moaning, her behind, her undressed; the desire: "I'd keep", "I'll show her", "I wanna see", "she can"
# ("she can sleep in my bedroom, I'll take the couch" is a known false alarm), "I bet", "got a"
LEXICON["SEXCUE"] += [
    *(f"{o}_up_all_night" for o in ("her", "you", "u", "ya")), "all_night_long", "all_night_with_her",
    *(f"{p}_my_{r}" for p in ("in", "to", "into") for r in ("bedroom", "flat", "bed")),
    *(f"{m}_{h}" for m in ("moans", "moan", "moaning", "screams", "scream", "screaming")
      for h in ("louder", "loud", "like", "my_name", "all_night")),
    "booty", "her_booty", "a_booty", "her_butt", "her_behind", "her_bum", "her_backside", "her_rear",
    *(f"without_{x}" for x in ("everything_else", "anything_else", "anything_on", "her_clothes", "the_clothes",
                               "clothes", "a_stitch", "the_rest", "the_dress", "that_dress")),
    "with_nothing_on", "nothing_on", "out_of_her_clothes", "out_of_those_clothes", "out_of_that_dress"]
LEXICON["SEXAPPR"] += [
    *(f"{w}_{v}" for w in ("id", "ill", "i_would", "i_will", "wanna", "want_to", "gonna")
      for v in ("keep", "show_her", "show_you", "see", "have")),
    "i_wanna_see", "id_like_to_see", "id_love_to_see", "like_to_see", "she_can", "bet", "i_bet",
    "betcha", "got_a", "has_got_a", "shes_got_a", "she_got_a", "what_a", "look_at_that", "a_real"]
# sexist tropes: a woman's word or testimony "worth half", a woman officer who "will cry" and call her mother,
# girls who "come back loose" from study, women fit to vote on the price of tomatoes (not daughters kept
# home: "keep your daughters at home tonight, the storm"); the plain spellings of "women" ("wimmin", "womyn")
# and a woman's ("womans")
LEXICON["SEXPRED"] += [
    *(f"{w}_half" for w in ("worth", "worths", "counts", "count", "counted", "is_half", "only_half", "worth_only")),
    "half_a_witness", "half_a_testimony", "half_a_man", "half_of_a_man",
    *(f"{c}_{m}" for c in ("call_her", "calls_her", "calling_her", "cry_for_her", "cry_to_her", "run_to_her",
                           "runs_to_her", "running_to_her")
      for m in ("mama", "mommy", "mummy", "mom", "mum", "mother", "daddy", "husband")),
    # (her crying said of her, "she will cry"; not "they would cry all night", of babies, nor tears at a
    # funeral)
    "shed_cry", "shell_cry", "shell_just_cry",
    *(f"she_{w}_cry" for w in ("will", "would", "gonna", "will_just", "would_just", "will_start_to")),
    "run_crying", "runs_crying", "she_will_start_crying", "she_starts_crying",
    *(f"{v}_loose" for v in ("come_back", "comes_back", "came_back", "become", "becomes", "became", "go", "goes",
                             "get", "gets", "turn", "turns", "are", "all")),
    *(f"{p}_the_price_of_{f}" for p in ("on", "about", "over") for f in ("tomatoes", "onions", "bread", "vegetables")),
    *(f"{v}_on_{x}" for v in ("vote", "decide", "talk", "speak") for x in ("cooking", "recipes", "makeup",
                                                                         "dresses", "the_kitchen", "the_dishes"))]
LEXICON[f"GROUP:{SEXISM}"] += ["wimmin", "womyn", "wemen", "wimin", "womens", "womans", "womenz", "gurls", "grlz"]
# doxxing (rule 2b-en'): where a person lives told as a place ("lives on 60 Meter road", "lives next to the
# bakery"), the real name or the workplace found; the call: a visit paid "boys", the details sent "to
# people who will have a word"; an analyst, a translator as persons
LEXICON["DOXOBJ"] += [
    *(f"lives_{p}" for p in ("on", "in", "next_to", "near", "behind", "opposite", "across_from", "above", "by")),
    "real_name", "full_name", "true_name", "where_he_works", "where_she_works", "where_he_lives", "where_she_lives",
    "where_they_live", "where_they_work"]
LEXICON["DOXCALL"] += [
    *(f"{c}_{o}_a_visit_{g}" for c in ("pay", "go_pay", "lets_pay", "go_and_pay") for o in ("him", "her", "them")
      for g in ("boys", "guys", "lads", "brothers", "bros", "shabab", "everyone")),
    *(f"{g}_{c}_{o}_a_visit" for g in ("boys", "guys", "lads", "brothers", "someone", "somebody", "someone_should",
                                       "somebody_should", "someone_go", "somebody_go")
      for c in ("pay", "go_pay") for o in ("him", "her", "them")),
    *(f"{v}_{i}_to_{p}" for v in ("sent", "send", "passed", "pass", "gave", "give", "forwarded", "handed")
      for i in ("it", "them", "that", "this", "his_name", "her_name", "the_details", "his_details")
      for p in ("people_who", "some_people", "the_guys", "the_boys", "friends_who", "the_right_people", "my_guys",
                "my_boys", "people_that")),
    *(f"{w}_{v}_a_word_with_{o}" for w in ("will", "ll", "gonna", "going_to", "would", "who")
      for v in ("have", "had") for o in ("him", "her", "them"))]
LEXICON["PERSON"] += ["analyst", "analysts", "translator*", "interpreter*", "fixer", "fixers", "cameraman",
                      "camerawoman"]
# a coffin nailed shut by the addressee's own words ("every word is another nail in your coffin"); not the
# idiom of a thing ("the last nail in the coffin of the deal")
PHRASES["THREAT"] += [
    *(f"{a} in {p} {o}coffin" for a in ("nail", "nails", "another nail", "one more nail", "last nail", "final nail")
      for p in ("your", "ur", "yer") for o in ("", "own ")),
    *(f"{v} {p} own grave" for v in ("digging", "dig", "dug", "digs") for p in ("your", "ur"))]
# counter-speech: the abuse quoted is said to tell about its speaker ("calling her a whore says everything
# about you")
LEXICON["REJECT"] += [
    *(f"{s}_{q}_about_{p}" for s in ("says", "say", "said", "tells", "shows", "speaks")
      for q in ("everything", "a_lot", "more", "all", "plenty", "much") for p in ("you", "u", "yourself", "him",
                                                                                  "them", "the_writer"))]
# (the weather lady, the lady reporter as persons: "that weather lady got a booty"; not a bare "lady", "the
# bag lady")
LEXICON["PERSON"] += ["weather_lady", "weather_girl", "weathergirl", *(f"lady_{r}" for r in (
    "reporter", "presenter", "anchor", "journalist", "minister", "translator", "correspondent", "analyst"))]
# (forty-sixth round, veiled threats written afresh, and the same family named kindly) words of congratulation or
# of a meeting remembered fondly (WARM): with one in the comment, a greeting or a family named is friendship, not
# intimidation ("Say hello to your wife for us, it was great meeting you both at the book fair"). Not "thanks":
# a threat may thank ("thanks for the address, see you soon").
LEXICON["WARM"] = ["congrat*", "great_meeting", "nice_meeting", "lovely_meeting", "great_to_meet", "nice_to_meet",
                   "lovely_to_meet", "proud_of_you", "happy_birthday"]
# and veiled threats in stock words: "let's see how long your luck holds", "journalists like you tend to have
# accidents", "people who write like this don't get old in this city", "when nobody can find you one morning"
PHRASES["THREAT"] += ["how long your luck", "tend to have accidents", "tends to have accidents", "don't get old in",
                      "dont get old in", "never get old in", "nobody can find you", "no one can find you",
                      "nobody will find you", "no one will find you", "nobody could find you"]
# (fifty-fifth round) a virtue denied of a whole group ("Kurds are not honest people", "Arabs are never
# clean", "there is not a single honest Arab"): harm.py reads the denial (virtue_denied)
LEXICON["VIRTUE"] = ["honest", "trustworthy", "decent", "clean", "civilised", "civilized", "loyal", "smart",
                     "intelligent", "capable", "moral", "honourable", "honorable",
                     "reliable", "faithful", "educated", "cultured", "hardworking", "sane", "trusted"]
# (fifty-eighth round) prejudice itself named: a hostile word in its sentence condemns it ("I hate racism",
# "homophobia disgusts me"), and the group it is against is its target, not the sentence's subject ("racism
# against Arabs makes me sick"): harm.py's prejudice_named
LEXICON["PREJUDICE"] = ["racism", "bigotry", "homophobia", "transphobia", "islamophobia", "xenophobia", "sexism",
                        "misogyny", "antisemitism", "anti_semitism", "sectarianism", "discrimination", "hate_speech",
                        "prejudice", "chauvinism"]
# (sixty-second round) the speaker's bed (BEDMINE) and a woman's sexual parts (SEXPART): harm.py's rule 5d
LEXICON["BEDMINE"] = ["my_bed", "my_bedroom", "in_my_bed", "to_my_bed", "my_bedsheets"]
LEXICON["SEXPART"] = ["tits", "titties", "boobs", "boobies", "butt", "ass", "arse", "breasts", "booty", "cleavage",
                      "bum"]
# (sixty-third round) the target behind a quantifier ("shoot every one of those so-called journalists"), and settlers, a
# people the region's comments aim at though no identity list holds them
LEXICON["PERSON"] += ["every_one_of_those", "every_one_of_these", "every_one_of_them", "each_one_of_them",
                      "every_single_one_of_them", "every_last_one_of_them", "all_of_those", "all_of_these", "settlers"]
# (seventy-fifth round) a sarcastic forecast after a group put in charge ("A female mayor, what could go wrong",
# "Gay teachers in our schools, good luck with that"): a claim only after a group at the head of a short
# sentence (harm.py, the identity rule)
LEXICON["SARCASM"] = ["what_could_go_wrong", "what_could_possibly_go_wrong", "what_can_go_wrong",
                      "what_can_possibly_go_wrong", "what_could_ever_go_wrong", "good_luck_with_that",
                      "good_luck_with_them", "say_goodbye_to", "kiss_goodbye_to", "enjoy_losing", "god_help_us",
                      "heaven_help_us", "brace_yourselves", "brace_for_impact"]
# (seventy-ninth round) a people said to have no manners, culture, loyalty or decency ("Immigrants have no
# manners", "Muslims lack basic decency", "Turks have zero class"): the virtues the Arabic, Persian and Turkish
# rounds listed (adab, akhlaq, sharaf, karama, haya, dhawq, asl, damir, aql, wafa; farhang, tamaddon, tarikh,
# ensaniyat, aberu), in English; claims only beside a group, as every NEGPRED (homes, a state, rights or
# schools a people lacks are no claim)
# (not a history or a sense alone: "Women have no history of leadership in this party", "Kurds in Kirkuk have
# no sense of security")
_EN_VIRTUES = ("manners", "morals", "culture", "civilisation", "civilization", "loyalty", "honour", "honor",
               "dignity", "shame", "decency", "class", "taste", "respect", "conscience", "humanity", "brains",
               "character", "values", "principles", "pride", "self_respect", "upbringing", "common_sense",
               "sense_of_direction", "sense_of_decency", "sense_of_shame", "sense_of_honour", "sense_of_honor")
LEXICON["NEGPRED"] += sorted({f"{h}_{q}{v}" for h in ("have_no", "has_no", "got_no", "have_zero", "has_zero",
                                                      "lack", "lack_any", "lack_basic", "lacking", "lacking_any",
                                                      "lacking_basic", "without_any", "dont_have_any",
                                                      "do_not_have_any", "have_not_got_any")
                              for q in ("", "basic_", "common_", "any_") for v in _EN_VIRTUES
                              if not (q == "common_" and v.startswith(("common", "sense")))
                              if not (h.endswith(("any", "basic")) and q)})

# (eighty-fourth round) a claim called a lie or a myth before it is made ("It is a lie that refugees are
# criminals", "The myth that refugees are criminals must die"): a denial, as "not true that"
LEXICON["DENY"] += ["it_is_a_lie_that", "lie_that", "it_is_a_myth_that", "myth_that"]

# (eighty-fifth round) disgust at a group, said after it ("Arabs disgust me", "Kurds turn my stomach"): a
# sweeping predicate; DISGUST marks the disgust that may be at how the group is treated instead ("The way
# they treat Afghans makes me sick": harm.disgust_at_event)
_EN_DISGUST = [f"{v}_{o}" for v in ("disgust", "disgusts", "repulse", "repulses") for o in ("me", "us")] + [
    f"{m}_{e}" for m in ("make", "makes", "made") for e in (
        "me_sick", "me_vomit", "me_want_to_vomit", "me_puke", "me_want_to_puke", "me_throw_up",
        "me_want_to_throw_up", "my_skin_crawl")] + ["turn_my_stomach", "turns_my_stomach"]
LEXICON["NEGPRED"] += _EN_DISGUST
LEXICON["DISGUST"] = LEXICON.get("DISGUST", []) + _EN_DISGUST

# (eighty-eighth round) this region's groups the lists lacked (the issue names Kurds, Arabs, Turks, Persians,
# Yazidis, Christians, Shia, Sunni and refugees; these are their neighbours)
LEXICON[f"GROUP:{RELIGION}"] += ["yarsanis", "yarsani", "yarsan", "ahl_e_haqq"]
LEXICON[f"GROUP:{RACISM}"] += ["circassians", "circassian", "berbers", "amazigh"]
LEXICON[f"GROUP:{XENOPHOBIA}"] += ["lebanese"]

# (eighty-ninth round) a group said to be smugglers or traffickers: a sweeping predicate, as "thieves" is
# ("Kurds are all smugglers"); the smugglers of a report name no group ("police arrested three smugglers")
LEXICON["NEGPRED"] += ["smugglers", "smuggler", "traffickers", "trafficker", "drug_dealers", "drug_dealer"]
LEXICON[f"GROUP:{XENOPHOBIA}"] += ["albanians"]  # (eighty-ninth round) "Albanians are all traffickers"

# (ninety-second round) a person insulted with no name-calling word (harm._mind_and_beast): a mind said to be
# missing or small ("your brain is the size of a pea", "not an ounce of sense in your head"), a person likened
# to a beast ("you think like a cow"), sent back to learn to read, praised in mockery ("bravo genius")
LEXICON["MIND"] = ["brain", "brains", "braincell", "braincells", "mind", "sense", "wits", "iq", "intelligence",
                   "intellect"]
LEXICON["BEAST"] = ["cow", "cows", "donkey", "donkeys", "goat", "goats", "sheep", "ox", "mule", "mules", "parrot",
                    "parrots", "monkey", "monkeys", "ape", "apes", "chimp", "baboon", "hyena", "jackass", "pig",
                    "pigs", "sloth", "slug"]
PHRASES["ATTACK"] += ["learn to read", "learn how to read", "learn to write", "learn how to write", "learn to spell",
                      "go back to school", "back to primary school", "bravo genius", "well done genius",
                      "nice try genius", "good job genius", "congrats genius", "congratulations genius"]

# (ninety-fourth round) sexist tropes in new words: a girl's education wasted since she "will marry anyway";
# and "outnumber" only of us or the natives ("they will outnumber us"): "Girls now outnumber boys at the
# university" is a figure, and it was the only comment of the data the bare word made a claim of (a C3 one)
LEXICON["SEXPRED"] += ["marry_anyway", "will_marry_anyway", "get_married_anyway", "only_going_to_marry",
                       "just_going_to_get_married", "end_up_in_the_kitchen_anyway"]
LEXICON["NEGPRED"] = [w for w in LEXICON["NEGPRED"] if w != "outnumber*"] + [
    "outnumber_us", "outnumbering_us", "outnumbered_us", "will_outnumber", "going_to_outnumber",
    "outnumber_the_natives", "outnumber_natives", "outnumber_locals", "outnumber_the_locals"]

# (ninety-seventh round) counter-speech that rejects a generalisation or its author: "Generalising about Turks as
# barbarians helps no one", "Whoever wrote that Yazidis are devil worshippers should read a book"
LEXICON["REJECT"] += ["generalising", "generalizing", "generalisation", "generalization", "generalisations",
                      "generalizations", "stereotyping", "stereotype", "stereotypes", "helps_no_one",
                      "should_read_a_book", "read_a_book", "outdated_prejudice", "prejudice"]

# (ninety-ninth round) a claim called false before it is made ("It is simply false that Afghans are thieves")
LEXICON["DENY"] += ["false_that", "untrue_that", "simply_false_that", "wrong_to_say_that"]

# (hundred-and-second round) a child, the measure a person is belittled by (harm._beside_a_child: "knows less than a
# primary school child", "my little son could write a better article than you"); "old" is read only after "year"
LEXICON["CHILD"] = ["child", "children", "kid", "kids", "toddler", "toddlers", "baby", "son", "daughter",
                    "schoolboy", "schoolgirl", "schoolchild", "schoolkid", "schoolkids", "grader", "old"]

# (hundred-and-third round) the addressee's things held: "Your family photos are in our hands, be careful" (as
# "we have your family photos", DOXVERB with DOXOBJ: rule 2b)
LEXICON["DOXVERB"] += ["in_our_hands", "in_my_hands"]

# (hundred-and-fourth round) a woman of the news undressed or wanted in bed in words: "I'd love to strip this anchor
# out of her clothes", "Give me that girl's number, I want to sleep with her" (SEXCUE beside SEXAPPR and a person)
LEXICON["SEXCUE"] += ["strip_her", "strip_this", "strip_that", "out_of_her_clothes", "her_clothes_off",
                      "take_off_her_clothes", "take_her_clothes_off", "rip_her_clothes"]
LEXICON["SEXAPPR"] += ["i_want", "i_wanna", "on_fire"]

# (hundred-and-eleventh round) a vice, a people's habit beside "always", "typical" (harm._HABIT): "Typical Kurds,
# always lying and stealing" (not "complaining": "the Kurds are always complaining about the roads")
LEXICON["VICE"] = LEXICON.get("VICE", []) + [
    "lying", "stealing", "cheating", "begging", "scamming", "robbing", "looting", "thieving", "freeloading",
    "mooching", "leeching", "smuggling", "whining"]

# (hundred-and-twelfth round, the group grid's check2 half) "send them all back", "ship them all back"
LEXICON["EXCLUDE"] += ["send_them_all_back", "ship_them_all_back", "kick_them_all_out", "throw_them_all_out",
                       "send_them_all_home"]

# (hundred-and-thirteenth round, the group grid's check3 half) a people wished gone ("I wish all Kurds would just
# disappear forever": an exclusion, beside a wish only, harm.py)
LEXICON["EXCLUDE"] += ["disappear", "vanish", "disappear_forever", "vanish_forever", "cease_to_exist"]

# (hundred-and-twenty-eighth round) a person said to be finished (harm.py rule 2a''': after "once we find him"
# in the clause before, "he is finished" is what the finders will do; alone it is a politician's fall)
LEXICON["FINISHED"] = ["finished", "done", "toast"]
# a people sent back to the desert with "return" ("Arabs should return to the desert"; "go back" was listed)
LEXICON["EXCLUDE"] += ["return_to_the_desert", "return_to_their_desert", "return_to_their_deserts",
                       "back_to_the_desert", "back_to_their_desert"]

# (hundred-and-forty-third round) a people to be sterilised ("Refugees should be sterilised", "Sterilize these
# women"): an act on their bodies, read as the others are (with its mood and its target)
LEXICON["VIOLENT"] += ["sterilise*", "sterilize*", "sterilising", "sterilizing"]

# (hundred-and-forty-eighth round) a wish in the frame "it would be great if ..." ("Wouldn't it be great if
# all the Kurds just disappeared?": "great" read as praise of the Kurds, and no mood before the verb), and a
# people's disappearance in the past subjunctive after it ("disappear" was listed; "Thousands of Yazidis
# disappeared in 2014" stays news: an exclusion needs its mood)
LEXICON["MOOD"] += [f"be_{a}_if" for a in ("great", "nice", "better", "good", "wonderful", "lovely", "best",
                                           "awesome", "perfect")]
LEXICON["EXCLUDE"] += ["disappeared", "vanished"]

# (hundred-and-sixtieth round) "nobody asked you", said to a commenter (not "nobody asked us", the public
# not consulted)
PHRASES["ATTACK"] += [f"{who} asked {you}" for who in ("nobody", "no one", "noone")
                      for you in ("you", "u", "for your opinion")]

# (hundred-and-sixty-fourth round) a people told it must never set foot in a place ("Armenians should never set
# foot in our town again"; not one's own "never set foot", told: "My grandfather never set foot in Baghdad")
LEXICON["EXCLUDE"] += [f"{m}_{n}_set_foot" for m in ("should", "must", "shall") for n in ("never", "not")] + [
    "shouldnt_set_foot", "mustnt_set_foot", "should_never_again_set_foot", "must_never_again_set_foot"]
# a people's pride named by its flags and marches, for the verdict after a question
# ("Rainbow flags in Istanbul? Disgusting degenerates.": harm.HarmDetector._analyse joins a question naming a
# people to the verdict that answers it)
LEXICON[f"GROUP:{HOMOPHOBIA}"] += ["rainbow_flag", "rainbow_flags", "pride_parade", "pride_parades", "pride_march",
                                  "pride_marches"]

# (hundred-and-sixty-fifth round) women sent from war and politics to "the men", and women who "can't fight" or
# command (said of women only: SEXPRED); women of a profession named as women ("the lady correspondent",
# "female pilots") are women as a group too
LEXICON["SEXPRED"] += [f"leave_{x}_to_{t}men" for x in ("war", "the_war", "politics", "the_politics", "the_frontline",
                                                       "the_front", "the_front_line", "the_fighting", "fighting",
                                                       "the_army", "the_news", "the_reporting", "journalism",
                                                       "business", "the_serious_stuff", "real_news")
                       for t in ("", "the_", "real_")] + [
    "stick_to_fashion", "stick_to_recipes", "stick_to_makeup", "stick_to_weddings", "stick_to_gossip",
    "stick_to_the_weather", "cant_fight", "cannot_fight", "cant_command", "cannot_command", "cant_lead_armies",
    "cannot_lead_armies"]
# (not "can't fly", also a journey: "Women can't fly home this week because the airport is closed")
LEXICON[f"GROUP:{SEXISM}"] += [f"{a}_{r}" for a in ("lady", "female") for r in (
    "reporter", "reporters", "presenter", "presenters", "anchor", "anchors", "journalist", "journalists",
    "correspondent", "correspondents", "pilot", "pilots", "officer", "officers", "soldier", "soldiers")]

# (hundred-and-sixty-eighth round) leaving a place as a corpse, the manner "on a stretcher" is ("Any Jew who
# enters the neighbourhood will leave it as a corpse"); a people said to have no reason to exist
LEXICON["VIOLENT"] += ["as_a_corpse", "as_corpses", "in_a_body_bag", "in_body_bags"]
LEXICON["NEGPRED"] += ["no_reason_to_exist", "no_right_to_exist", "no_business_existing"]

# (hundred-and-seventieth round) where women "belong" only when it confines them, as "belong in the kitchen"
# (the SLUR "women belong in" had made "The minister said women belong in parliament, and she is right"
# sexism)
LEXICON["SEXPRED"] += [f"{b}_{p}" for b in ("belong_in", "belongs_in") for p in (
    "the_house", "the_bedroom", "bed", "chains", "cages", "a_cage", "the_harem", "a_harem", "the_back", "burqas",
    "the_laundry", "the_nursery")] + ["belongs_in_the_kitchen", "belongs_in_kitchen", "belongs_at_home",
                                      "belongs_in_the_home"]
# (and a zoo or a cage, from "belong" on: the evidence the word of belonging, as the SLUR's was)
LEXICON["DEHUMAN"] += [f"{b}_{p}" for b in ("belong_in", "belongs_in") for p in ("a_zoo", "zoos", "cages", "a_cage")]
# A people denied a role or a right: "Jews should never be given positions of power" (the thing given named:
# not "refugees should never be given false hope"); "No Arab deserves to hold a passport of this country", the
# negation before it as "no Arab should be allowed"
LEXICON["EXCLUDE"] += [f"{n}_be_given_{o}" for n in ("never", "not", "no_longer") for o in (
    "positions", "any_position", "any_positions", "a_position", "power", "any_power", "jobs", "any_jobs",
    "the_vote", "a_vote", "the_right", "any_rights", "rights", "citizenship", "passports", "a_passport",
    "responsibility", "any_responsibility", "office", "public_office", "a_say", "seats", "a_seat", "visas",
    "asylum", "residency", "a_platform", "authority", "any_authority")]
LEXICON["EXCLNEG"] += [f"{d}_{o}" for d in ("deserve", "deserves") for o in (
    "to_hold", "a_passport", "citizenship", "to_vote", "to_be_here", "to_live_here", "to_be_citizens",
    "to_be_a_citizen", "a_seat", "a_vote", "any_rights")]
# and "why do we (even) let them in?" (harm.py _why_let_in reads the question)
LEXICON["LETIN"] = ["let", "letting", "allow", "allowing", "admit", "admitting", "accept", "accepting", "take_in",
                    "taking_in", "bring_in", "bringing_in", "import", "importing"]

# (hundred-and-seventy-first round) backstabbers; the claim called "the hate" the article names, a rejection
# ("Calling Kurds rats is exactly the hate the article describes")
LEXICON["NEGPRED"] += ["backstabbers", "backstabbing", "back_stabbers", "sneaky", "treacherous"]
# (not "the hate" alone, slang's "send the hate", nor "is hate" in "anything else is hate speech")
LEXICON["REJECT"] += ["exactly_the_hate", "is_pure_hate", "is_pure_hatred", "pure_hatred", "is_hatred",
                      "is_bigotry", "is_nothing_but_hate"]

# (hundred-and-seventy-second round) a people lined up against a wall: the act is the line-up, the people
# between "line" and "up" ("Line the Yazidis up against the wall")
LEXICON["VIOLENT"] += ["up_against_the_wall", "up_against_a_wall"]
# Kept out of sight, or apart from "normal" people: the people hidden or set apart (with a mood, as every
# exclusion: "Disabled people should be kept at home where no one has to see them", "Gay men should have
# their own buses, away from normal families"); "should stay (at) home" left NEGPRED for everyone but
# women (SEXPRED): "Elderly people should stay at home during the heatwave" was abuse at 0.96
LEXICON["EXCLUDE"] += [
    "out_of_sight", "out_of_public_sight", "out_of_public_view", "out_of_view",
    *(f"{w}_{n}_{v}_them" for w in ("where", "so") for n in ("no_one", "noone", "nobody")
      for v in ("has_to_see", "have_to_see", "can_see", "has_to_look_at", "have_to_look_at", "sees")),
    *(f"{a}_from_{q}_{p}" for a in ("away", "apart", "separate", "separated") for q in (
        "normal", "decent", "respectable", "real", "proper") for p in ("people", "families", "folk", "citizens",
                                                                        "children", "kids"))]
# Said of a people: never telling the truth, money before people, not knowing how to wash or behave (the
# negation inside the phrase: "don't know how to wash" claims it, it denies nothing)
LEXICON["NEGPRED"] += [
    *(f"{n}_tell_the_truth" for n in ("cant", "cannot", "cant_ever", "can_never", "never", "never_ever",
                                       "dont_ever", "wouldnt")),
    "never_tells_the_truth", "never_told_the_truth", "ever_tell_the_truth",  # "Why can't Arabs ever ...?"
    *(f"{v}_money_{w}" for v in ("put", "puts", "always_put", "always_puts") for w in ("before", "first",
                                                                                      "above", "over")),
    "money_before_people", "only_care_about_money", "only_cares_about_money", "care_only_about_money",
    "cares_only_about_money", "worship_money", "worships_money", "love_money_more_than",
    "loves_money_more_than",
    *(f"{n}_{v}" for n in ("even_know_how_to", "know_how_to", "dont_know_how_to", "dont_even_know_how_to",
                           "never_learned_to", "never_learnt_to")
      for v in ("wash", "bathe", "shower", "behave", "use_a_toilet", "use_toilets", "use_soap")),
    "know_what_soap_is", "even_know_what_soap_is", "ever_wash", "even_wash", "never_wash", "dont_wash",
    "ever_bathe", "never_bathe", "ever_shower", "never_shower"]

# (hundred-and-seventy-third round) Somalis; "can't bear" them; "grateful we let them live"; a people's habit
# told by "like his whole tribe" (LIKEALL, harm.py: beside a vice as "typical" is, _HABIT), the vice a verb too
# ("Typical Persian, he lied to my face just like his whole tribe"); weapons waited with ("We will be waiting
# for them with clubs"; not with blankets)
LEXICON[f"GROUP:{RACISM}"] += ["somali", "somalian", "somalians"]
LEXICON["HATE"] += ["cant_bear", "cannot_bear", "can_not_bear"]
LEXICON["NEGPRED"] += [f"{a}_{w}_{b}" for a in ("grateful", "thankful", "lucky") for w in ("we_let", "we_even_let")
                       for b in ("them_live", "them_exist", "them_breathe", "them_stay_alive")]
LEXICON["LIKEALL"] = [f"{a}_{b}" for a in ("like", "just_like", "same_as") for b in (
    "his_whole_tribe", "her_whole_tribe", "his_whole_race", "his_whole_people", "all_his_people",
    "all_of_his_people", "all_her_people", "the_rest_of_his_people", "the_rest_of_his_kind", "all_his_kind",
    "the_rest_of_them", "all_of_them", "his_tribe", "his_kind")]
LEXICON["VICE"] += ["lied", "stole", "steals", "cheated", "cheats", "robbed", "scammed"]  # (not "lies", a noun)
LEXICON["VIOLENT"] += [f"{w}_for_them_with_{x}" for w in ("waiting", "wait", "be_waiting") for x in (
    "clubs", "sticks", "bats", "baseball_bats", "knives", "guns", "rifles", "machetes", "stones", "rocks",
    "axes", "chains", "petrol", "iron_bars", "bullets")]

# (hundred-and-seventy-fourth round) a people's worth denied: not worth listening to, never real women, never
# did anything good, nothing decent about them (harm.py: the phrase before its people, "about"), no respect
# deserved (VIRTUE, denied by the commenter's "I don't think")
LEXICON["NEGPRED"] += [
    *(f"{n}_worth_{w}" for n in ("not", "arent", "isnt", "never") for w in (
        "listening_to", "hearing", "listening", "a_vote", "the_air_they_breathe", "anything", "the_effort")),
    *(f"{n}_real_{w}" for n in ("never_be", "not", "arent", "will_never_be", "never_will_be", "cant_be")
      for w in ("women", "woman", "men", "man", "muslims", "christians", "citizens", "kurds", "turks", "arabs")),
    *(f"{n}_{v}_anything_{g}" for n in ("never", "have_never", "has_never") for v in ("done", "did", "given",
                                                                                     "contributed", "built")
      for g in ("good", "useful", "decent", "worthwhile")),
    "contribute_nothing", "contributes_nothing", "contributed_nothing", "never_contributed_anything",
    *(f"nothing_{a}_about" for a in ("decent", "good", "honest", "noble", "admirable", "likeable", "human"))]
LEXICON["VIRTUE"] += ["deserve_respect", "deserve_any_respect", "deserves_respect", "deserve_any",
                      "deserve_dignity", "deserve_rights", "deserve_any_rights"]

# (hundred-and-seventy-fifth round) threats by euphemism: a lesson or a message "they won't forget", met with
# bullets, a beating deserved (not "a welcome they won't forget", "met with open arms")
PHRASES["THREAT"] += [f"{a} {b}" for a in ("a message", "a lesson", "the message", "the lesson")
                      for b in ("they wont forget", "they will never forget", "theyll never forget",
                                "they will not forget", "you wont forget", "he wont forget")]
LEXICON["VIOLENT"] += [f"{v}_with_{x}" for v in ("met", "greeted", "welcomed", "received") for x in (
    "bullets", "bullet", "gunfire", "machetes", "knives", "clubs", "stones")] + [  # (not "fire and fury")
    "a_beating", "a_good_beating", "a_thrashing", "a_bullet_each"]
# (round 179) a personal attack on the writer or a commenter with no insult word: paid to write, a spy or an
# agent, a conscience or a country sold, schooling doubted, sent back to another trade, told nobody asked,
# sent back under a rock, "people like you" blamed, a mother ashamed, writing like a child
_EN_YOU_ARE = ("you are", "youre", "you're", "ur", "u r", "the author is", "the writer is", "this writer is",
               "this author is", "the reporter is", "this reporter is", "this journalist is", "the journalist is")
PHRASES["ATTACK"] += (
    ["who paid you", "who pays you", "who is paying you", "whos paying you", "how much did they pay you",
     "how much are they paying you", "how much were you paid", "how much did you get paid",
     "paid to write this", "you get paid to", "you are paid by", "youre paid by"]
    + [f"{y} {a}" for y in _EN_YOU_ARE for a in ("on the payroll", "a spy", "an agent of", "a paid agent",
                                                  "a foreign agent", "a regime agent", "on their payroll")]
    # (the addressee's only: "he sold his soul" is said of politicians in fair, if harsh, criticism)
    + [f"sold your {w}" for w in ("conscience", "soul", "country")] + ["sell your own country"]
    + [f"did you even {v}" for v in ("finish school", "finish primary school", "finish high school",
                                     "go to school", "finish elementary school")]
    + ["journalism is not for you", "journalism isnt for you", "find another job",
       "nobody asked for your opinion", "no one asked for your opinion", "nobody asked you", "no one asked you",
       "keep your opinion to yourself", "keep your opinions to yourself", "crawl back under your rock",
       "back under your rock", "crawl back into your hole", "people like you are the reason",
       "people like you are why", "people like you ruined", "people like you ruin"]
    + [f"your {k} must be {s}ashamed" for k in ("mother", "mum", "mom", "father", "dad", "parents", "family")
       for s in ("", "so ")]
    + [f"you write like a {c}" for c in ("child", "kid", "twelve year old", "12 year old", "toddler",
                                        "teenager", "schoolboy", "schoolgirl")]
)

# (round 182) a people named by an adjective the lists lacked ("Turkish-speaking scum should go back",
# "Mixed-race couples are an abomination"); an economic parasite ("Jewish bankers are bleeding this country
# dry"); a boycott that lasts until a people leaves ("Arab-owned businesses should be boycotted until they leave")
LEXICON[f"GROUP:{RACISM}"] += ["turkish", "egyptian", "armenian", "assyrian", "georgian", "georgians",
                               "mixed_race", "biracial", "interracial"]
LEXICON["DEHUMAN"] += [f"{v}_{o}_dry" for v in ("bleeding", "bleed", "bleeds", "bled")
                       for o in ("this_country", "the_country", "our_country", "us", "the_nation", "this_nation")]
LEXICON["EXCLUDE"] += [f"until_they_{v}" for v in ("leave", "go", "go_back", "are_gone", "pack_up")]

# (round 183) a people put or shipped back ("Put them all back on the buses", "Ship the lot back to Ankara")
LEXICON["EXCLUDE"] += [f"{v}_{o}_back" for v in ("put", "ship", "send", "bus", "fly", "pack")
                       for o in ("them_all", "the_lot", "the_lot_of_them", "every_one_of_them")] + ["put_them_back"]
LEXICON["EXCLUDE"] += ["kept_away_from", "be_kept_away", "keep_them_away", "keep_them_away_from"]

# (round 184) a faith's people named by where they pray or what they wear ("Its worshippers are all
# terrorists", "The churchgoers in this town are parasites", "Those hijabis at the university are a disease",
# "Women in burqas are walking bin bags"); its houses of prayer were read already ("mosque", "church"). Not
# "worshippers" alone ("devil worshippers" is the slur itself, "Yazidis ... they are devil worshippers") nor
# "congregation" (a singer ranting "in front of the congregation" about gay people is no hate of the faith)
LEXICON[f"GROUP:{RELIGION}"] += ["its_worshippers", "the_worshippers", "their_worshippers", "mosque_worshippers",
                                 "church_worshippers", "churchgoers", "mosque_goers", "mosquegoers",
                                 "mosque_crowd", "hijabis", "burqa_wearers", "cemevi", "cemevis", "hussainiya",
                                 "husseiniya", "mourning_hall"]
LEXICON[f"GROUP:{RELIGION}"] += [f"{p}_{w}_{d}" for p in ("women", "girls", "ladies", "men")
                                 for w in ("in", "wearing", "with")
                                 for d in ("burqas", "burkas", "hijabs", "headscarves", "niqabs", "turbans",
                                           "veils", "chadors")]
LEXICON["DEHUMAN"] += ["bin_bags", "binbags", "bin_bag", "garbage_bags", "trash_bags"]

# (hundred-and-eighty-fifth round) lies spread as a people's habit ("Christians here spread lies to trick our
# kids"); a people's harm to everything it meets is read by harm.py's harms_all_it_meets
LEXICON["NEGPRED"] += ["spread_lies", "spreads_lies", "spreading_lies"]

# (hundred-and-eighty-sixth round) "an enemy" beside "the enemy" ("Whoever wears a headscarf in this country is
# an enemy"); a people named by what its members do is read by harm.py's _practice_named
LEXICON["NEGPRED"] += ["an_enemy"]

# (hundred-and-eighty-ninth round) the addressee sent to join a friend in the grave ("Write one more word about
# us and you'll join your friend in the cemetery"); the rest of a threat veiled by another's fate is read by
# harm.py's _fate_warned
PHRASES["THREAT"] += [f"{v} your {f} in the {p}" for v in ("join", "be joining")
                      for f in ("friend", "friends", "colleague", "colleagues", "mate", "buddy", "pal")
                      for p in ("cemetery", "graveyard", "grave", "ground")]

# (hundred-and-ninetieth round) an ultimatum's formulas: a warning given once ("Consider this your only
# warning", "don't say we didn't warn you"), "if you know what's good for you", blood to flow in a people's
# streets, a people to "be gone by" a day; a bare "or else" and the rest are read by harm.py's _ultimatum
PHRASES["THREAT"] += [
    # (not "don't say you weren't warned": "there was plenty of evidence", an I-told-you-so)
    "dont say we didnt warn you", "dont say i didnt warn you",
    "consider this your only warning", "consider this your last warning", "consider this your final warning",
    "this is your only warning", "if you know whats good for you", "if u know whats good for u",
    "blood will flow in their streets", "blood will flow in your streets", "blood will run in their streets",
    "better be gone by", "better be gone before", "had better be gone"]
