"""Tidings' own word lists for event coding (general English, not tuned to any sentence).

These complement the PETRARCH2 verb dictionary: common verbs it lacks or leaves
without a default code, event nouns for nominal events and light-verb
constructions, and the verb classes that decide status and reported speech.
"""

from __future__ import annotations

# (verb lemma, particle or None, CAMEO code): defaults for verbs the PETRARCH2
# dictionary lacks or leaves without a default.
VERB_ADDITIONS: tuple[tuple[str, str | None, str], ...] = (
    ("urge", None, "020"), ("appeal", None, "020"), ("plead", None, "020"),
    ("reject", None, "120"), ("deny", None, "120"), ("refuse", None, "120"), ("dismiss", None, "120"),
    ("veto", None, "120"), ("rebuff", None, "120"), ("spurn", None, "120"),
    ("ask", None, "020"), ("request", None, "020"), ("call", "for", "020"), ("call", "on", "020"),
    ("demand", None, "100"), ("insist", None, "100"),
    ("test", None, "150"), ("deploy", None, "154"), ("mobilize", None, "154"), ("mobilise", None, "154"),
    ("sign", None, "057"), ("endorse", None, "051"), ("praise", None, "051"), ("welcome", None, "051"),
    ("support", None, "051"), ("back", None, "051"), ("apologize", None, "055"), ("apologise", None, "055"),
    ("condemn", None, "111"), ("criticize", None, "111"), ("criticise", None, "111"), ("denounce", None, "111"),
    ("slam", None, "111"), ("blast", None, "111"), ("rebuke", None, "111"), ("censure", None, "111"),
    ("accuse", None, "112"), ("blame", None, "112"), ("sue", None, "115"), ("convict", None, "116"),
    ("investigate", None, "090"), ("probe", None, "090"),
    ("negotiate", None, "046"), ("mediate", None, "045"), ("visit", None, "042"), ("host", None, "043"),
    ("meet", None, "040"), ("discuss", None, "040"), ("consult", None, "040"), ("phone", None, "041"),
    ("cooperate", None, "060"), ("donate", None, "070"), ("provide", None, "070"), ("supply", None, "070"),
    ("release", None, "0841"), ("free", None, "0841"), ("withdraw", None, "0872"), ("pull", "out", "0872"),
    ("expel", None, "1663"), ("deport", None, "174"), ("arrest", None, "173"), ("detain", None, "173"),
    ("imprison", None, "173"), ("jail", None, "173"), ("seize", None, "171"), ("confiscate", None, "1711"),
    ("ban", None, "172"), ("impose", None, "172"), ("sanction", None, "163"), ("boycott", None, "163"),
    ("protest", None, "140"), ("demonstrate", None, "141"), ("riot", None, "145"),
    ("renege", None, "120"), ("oppose", None, "120"), ("resign", None, "0831"),
    ("threaten", None, "130"), ("warn", None, "130"), ("ultimatum", None, "137"),
    ("attack", None, "190"), ("shell", None, "194"), ("bomb", None, "195"), ("airstrike", None, "195"),
    ("shoot", None, "193"), ("kill", None, "190"), ("wound", None, "190"), ("injure", None, "190"),
    ("kidnap", None, "181"), ("abduct", None, "181"), ("hijack", None, "181"), ("assassinate", None, "186"),
    ("torture", None, "1822"), ("invade", None, "192"), ("occupy", None, "192"), ("blockade", None, "191"),
    ("raid", None, "190"), ("storm", None, "190"), ("massacre", None, "202"),
    ("agree", None, "030"), ("pledge", None, "030"), ("promise", None, "030"), ("vow", None, "030"),
    ("offer", None, "030"), ("invite", None, "036"),
    ("recognize", None, "054"), ("recognise", None, "054"), ("forgive", None, "056"), ("pardon", None, "0841"),
    ("investigate", None, "090"), ("evacuate", None, "0872"), ("demobilize", None, "0873"),
    ("demobilise", None, "0873"),
    ("telephone", None, "041"), ("head", "to", "042"), ("travel", "to", "042"), ("fly", "to", "042"),
    ("arrive", "in", "042"), ("hand", "over", "070"), ("cut", None, "160"), ("sever", None, "161"),
    ("suspend", None, "160"), ("halt", None, "160"), ("recall", None, "161"),
    ("question", None, "111"), ("lambast", None, "111"), ("impeach", None, "112"), ("resist", None, "120"),
)

# Event nouns: used for light-verb constructions ("held talks", "launched an
# attack") and nominal events ("the Kim-Putin meeting", "talks with").
NOUN_EVENTS: dict[str, str] = {
    "meeting": "040", "meet": "040", "talk": "040", "talks": "040", "summit": "043", "visit": "042",
    "trip": "042", "tour": "042", "negotiation": "046", "negotiations": "046", "consultation": "040",
    "conference": "040", "mediation": "045", "phone call": "041", "call": "041",
    "attack": "190", "assault": "190", "offensive": "190", "airstrike": "195", "raid": "190", "bombing": "183",
    "shelling": "194", "bombardment": "194",
    "invasion": "190", "incursion": "190", "ambush": "190", "massacre": "202", "killing": "190",
    "aid": "070", "assistance": "070", "relief": "073", "donation": "070", "loan": "071", "grant": "071",
    "sanctions": "163", "sanction": "163", "embargo": "163", "boycott": "163",
    "protest": "140", "demonstration": "141", "rally": "141", "march": "141", "riot": "145",
    "warning": "130", "threat": "130",
    "criticism": "111", "condemnation": "111", "accusation": "112", "allegation": "112",
    "complaint": "114", "lawsuit": "115", "investigation": "090", "probe": "090", "inquiry": "090",
    "agreement": "057", "accord": "057", "treaty": "057", "deal": "057", "pact": "057",
    "ceasefire": "0871", "truce": "0871", "cease-fire": "0871", "arrest": "173", "arrests": "173",
    "detention": "173", "crackdown": "175", "deployment": "154", "mobilization": "154",
    "blockade": "191", "occupation": "192", "expulsion": "174", "apology": "055", "appeal": "020",
    "demand": "100", "request": "020", "rejection": "120", "withdrawal": "0872",
    "release": "0841", "test": "150", "missile test": "150", "exercise": "150", "exercises": "150",
    "drill": "150", "drills": "150", "war game": "150", "maneuver": "150", "manoeuvre": "150", "warfare": "190",
    "cooperation": "060", "praise": "051", "support": "051",
    "food aid": "073", "humanitarian aid": "073", "emergency aid": "073", "military aid": "072",
    "economic aid": "071", "financial aid": "071", "hunger strike": "142", "general strike": "143",
    "labor strike": "143", "labour strike": "143",
    "air strike": "195", "missile strike": "195", "drone strike": "195", "strike": "143",
    "suspension": "160", "closure": "172", "ban": "172", "curfew": "1723", "martial law": "1724",
    "state of emergency": "1724",
    "mission": "040", "peace talks": "046", "evacuation": "0872", "pullback": "0872", "pullout": "0872",
    "retreat": "0874", "surrender": "0874", "ultimatum": "139", "veto": "120", "clash": "190",
    "clashes": "190", "fighting": "190", "battle": "190", "battles": "190", "shootout": "190",
    "execution": "1823", "assassination": "186", "kidnapping": "181", "hijacking": "181",
    "sit-in": "141", "walkout": "143", "boycotts": "163", "expulsions": "174", "deportation": "174",
    "welcome": "043", "reception": "043", "cessation": "0871", "armistice": "0871",
    "conversation": "040", "phone conversation": "041", "telephone conversation": "041", "telephone call": "041",
    "stabbing": "182", "discussion": "040", "discussions": "040", "dialogue": "040", "dialog": "040",
    "consultations": "040",
}

# Verbs whose object noun carries the event ("held talks", "launched an attack").
LIGHT_VERBS = frozenset({
    "hold", "launch", "give", "make", "carry", "conduct", "stage", "issue", "begin", "start", "open",
    "mount", "resume", "continue", "have", "take", "deliver", "unleash", "lodge", "file", "express",
    "reach", "sign", "strike", "announce", "step", "wage", "level", "send", "extend", "offer",
    "provide", "pledge", "grant", "organize", "organise", "declare", "call", "undertake", "renew",
    "intensify", "escalate", "speed", "accelerate", "complete", "finish", "hasten", "expedite", "tighten",
    "enforce",
})

# Verbs of intent: with an event in their complement they make a CAMEO 03x event.
INTENT_VERBS = frozenset({
    "agree", "plan", "intend", "offer", "promise", "pledge", "vow", "prepare", "aim",
    "commit", "undertake", "consent", "volunteer", "expect", "hope", "seek", "want", "wish",
})

# Verbs whose complement is a demand or appeal made to the complement's subject.
REQUEST_VERBS = frozenset({
    "demand", "urge", "ask", "call", "appeal", "press", "request", "insist", "want", "order", "pressure",
    "pressurize", "pressurise", "push", "encourage",
})

# Verbs that threaten or warn: their complement is the threatened act (hypothetical).
THREAT_VERBS = frozenset({"threaten", "warn", "vow"})

# Verbs of refusal: with an event in the complement they make a CAMEO 12x event.
REFUSAL_VERBS = frozenset({"refuse", "decline", "reject", "deny", "fail"})

# Verbs of saying and reporting; their complement holds the reported event.
SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "state", "report", "claim", "add", "note", "declare", "confirm",
    "insist", "explain", "write", "quote", "describe", "suggest", "believe", "think", "know",
    "allege", "assert", "argue", "acknowledge", "admit", "indicate", "reveal", "disclose", "show",
    "reiterate", "repeat", "stress", "emphasize", "emphasise", "maintain", "contend", "predict",
})

# Speech verbs by which an actor makes a statement of its own (CAMEO 010), unlike the verbs of
# news reporting ("media reported", "the newspaper wrote") or of belief ("think", "know").
# Verbs that relay what others said or did: their object is reported, not acted on ("citing concerns").
REPORTING_VERBS = frozenset({"report", "cite", "quote", "mention", "note", "add", "recall", "recount"})

STATEMENT_VERBS = frozenset({
    "say", "tell", "state", "declare", "add", "note", "stress", "reiterate", "emphasize", "emphasise",
    "insist", "explain", "argue", "acknowledge", "admit", "assert", "maintain", "announce", "confirm",
})

# Modifiers that make an "attack" verbal (CAMEO 111) rather than material.
VERBAL_MODIFIERS = frozenset({
    "blistering", "verbal", "scathing", "stinging", "withering", "sharp", "fierce", "bitter",
    "personal", "rhetorical", "harsh", "strongly", "sharply", "publicly", "written", "furious",
})

# Head nouns of physical targets: attacks on these are material (19x).
PHYSICAL_TARGETS = frozenset({
    "town", "city", "village", "base", "camp", "position", "positions", "convoy", "post", "checkpoint",
    "building", "embassy", "office", "station", "troops", "soldiers", "forces", "army", "police",
    "patrol", "ship", "vessel", "plane", "aircraft", "airport", "port", "school", "hospital", "market",
    "mosque", "church", "area", "region", "province", "border", "target", "targets", "civilians",
    "fighters", "militants", "rebels", "stronghold", "headquarters", "compound", "bus", "car",
    "factory", "facility", "plant", "depot", "bridge", "road", "house", "home", "hotel",
    "prison", "jail", "tanker", "train", "pipeline", "refinery", "field",
})

# (verb lemmas, object-noun lemmas, CAMEO code): verb + object combinations whose meaning
# the verb alone does not give ("withdraw inspectors" is 166, "lift sanctions" 085).
VERB_OBJECT_CODES: tuple[tuple[frozenset[str], frozenset[str], str], ...] = (
    (frozenset({"withdraw", "pull", "recall", "expel"}),
     frozenset({"inspector", "observer", "monitor", "peacekeeper", "worker", "mission"}), "166"),
    (frozenset({"recall", "expel", "withdraw"}), frozenset({"ambassador", "diplomat", "envoy", "embassy"}), "161"),
    (frozenset({"lift", "ease", "relax", "suspend", "remove"}), frozenset({"sanction", "embargo", "boycott"}), "085"),
    (frozenset({"lift", "ease", "relax", "shorten", "end"}),
     frozenset({"curfew", "emergency", "restriction", "ban", "law", "measure"}), "081"),
    (frozenset({"send", "ship", "deliver", "supply", "sell"}),
     frozenset({"arm", "arms", "weapon", "missile", "tank", "ammunition"}), "072"),
    (frozenset({"send", "ship", "deliver", "supply", "airlift", "hand", "give", "donate", "provide", "allocate",
                "fly", "dispatch", "distribute", "airdrop", "truck"}),
     frozenset({"aid", "food", "medicine", "supply", "supplies", "relief", "grain", "assistance", "equipment",
                "vaccine", "tent", "blanket", "water", "drug", "ambulance", "vehicle", "doctor", "medic"}), "073"),
    (frozenset({"capture", "seize", "retake", "overrun", "take"}),
     frozenset({"town", "city", "village", "stronghold", "base", "territory", "position", "area",
                "region", "airport", "hill", "outpost", "district", "province"}), "190"),
    (frozenset({"close", "seal", "shut"}), frozenset({"border", "crossing", "embassy", "consulate"}), "172"),
    (frozenset({"block", "barricade", "blockade", "occupy"}),
     frozenset({"road", "street", "bridge", "highway", "motorway", "railway", "traffic", "entrance", "square"}), "144"),
    (frozenset({"summon", "call"}), frozenset({"ambassador", "envoy", "diplomat", "charge", "consul"}), "114"),
    (frozenset({"mobilize", "mobilise", "deploy", "mass", "strengthen", "reinforce", "bolster", "muster", "send"}),
     frozenset({"troop", "troops", "force", "forces", "army", "reservist", "reserve", "soldier", "tank", "unit",
                "warship", "battalion", "brigade"}), "154"),
    (frozenset({"prevent", "ban", "disperse", "stop", "forbid", "prohibit", "outlaw"}),
     frozenset({"demonstration", "protest", "rally", "march", "strike", "gathering", "sit-in"}), "172"),
    (frozenset({"suspend", "cut", "halt", "stop", "freeze", "reduce", "slash", "withhold", "trim"}),
     frozenset({"aid", "assistance", "program", "loan"}), "162"),
    (frozenset({"mobilize", "mobilise", "allocate", "earmark", "disburse"}),
     frozenset({"fund", "funds", "funding", "money", "resources", "financing"}), "071"),
    (frozenset({"violate", "breach", "defy", "flout", "break"}),
     frozenset({"ban", "embargo", "sanction", "law", "resolution", "rule", "norm", "order", "ruling"}), "128"),
    (frozenset({"open", "reopen"}), frozenset({"border", "borders", "crossing", "airspace"}), "081"),
    (frozenset({"accept", "meet", "grant", "satisfy", "concede"}), frozenset({"demand", "demands"}), "083"),
    (frozenset({"reduce", "cut", "lower", "lift", "remove", "roll", "scrap", "eliminate", "suspend", "waive", "ease"}),
     frozenset({"tariff", "tariffs", "duty", "duties"}), "085"),
    (frozenset({"suspend", "halt", "end", "break", "abandon"}), frozenset({"talk", "negotiation", "mediation"}), "164"),
    (frozenset({"provide", "give", "extend", "deliver", "allocate", "grant", "channel"}),
     frozenset({"support", "funding", "loan", "grant", "credit"}), "070"),
    (frozenset({"repeal", "rescind", "revoke", "abolish", "annul", "scrap", "overturn"}),
     frozenset({"law", "ban", "boycott", "restriction", "decree", "curfew", "emergency", "measure", "order"}), "081"),
    (frozenset({"reject", "refuse", "rebuff", "spurn", "dismiss", "decline", "shrug", "brush"}),
     frozenset({"request", "demand", "offer", "proposal", "plan", "appeal", "invitation", "bid", "ultimatum",
                "initiative", "call"}), "120"),
    # receiving observers or peacekeepers allows international involvement (0862/0861)
    (frozenset({"receive", "admit", "accept", "welcome", "allow", "host"}),
     frozenset({"inspector", "observer", "monitor", "investigator"}), "0862"),
    (frozenset({"receive", "admit", "accept", "welcome", "allow", "host"}), frozenset({"peacekeeper"}), "0861"),
    # diplomatic ties: improving them is diplomatic cooperation (050), establishing them recognition (054),
    # downgrading them a reduction of relations (161)
    (frozenset({"upgrade", "improve", "strengthen", "deepen", "boost", "expand", "normalize", "normalise"}),
     frozenset({"tie", "ties", "relation", "relations"}), "050"),
    (frozenset({"establish", "restore", "resume", "reestablish", "re-establish"}),
     frozenset({"tie", "ties", "relation", "relations"}), "054"),
    (frozenset({"downgrade", "sever", "cut", "break", "suspend", "freeze"}),
     frozenset({"tie", "ties", "relation", "relations"}), "161"),
    # setting fire to a building damages property (171), it does not attack people
    (frozenset({"torch", "burn", "firebomb", "set"}),
     frozenset({"office", "offices", "building", "house", "home", "car", "vehicle", "shop", "church", "mosque",
                "school", "embassy", "headquarters", "property", "station"}), "171"),
    # the CAMEO codebook (0841): "Formal pardons, amnesties, commutations, and exchanges of prisoners"
    # ("In mid-July, Trump commuted the prison sentence of confidante Roger Stone."); not commuters
    (frozenset({"commute", "reduce", "shorten"}), frozenset({"sentence", "sentences"}), "0841"),
    # laying down or handing over weapons disarms (087)
    (frozenset({"drop", "lay", "surrender", "hand", "give", "turn"}),
     frozenset({"gun", "guns", "weapon", "weapons", "arm", "arms", "rifle", "rifles"}), "087"),
    # joining an event takes part in it
    (frozenset({"join"}),
     frozenset({"protest", "protests", "demonstration", "rally", "march", "strike", "sit-in"}), "141"),
    (frozenset({"join", "echo", "renew", "repeat"}), frozenset({"call", "calls", "appeal", "appeals", "plea"}), "020"),
    (frozenset({"join"}), frozenset({"talk", "talks", "negotiation", "negotiations", "meeting", "summit"}), "040"),
    (frozenset({"join"}),
     frozenset({"fighting", "fight", "war", "battle", "offensive", "attack", "insurgency"}), "190"),
    (frozenset({"join"}), frozenset({"exercise", "exercises", "drill", "drills", "coalition", "mission"}), "062"),
    # testing a weapon shows military power (150), whatever else "test" means ("tested positive")
    (frozenset({"test", "test-fire"}),
     frozenset({"weapon", "missile", "rocket", "warhead", "bomb", "device", "icbm", "launcher"}), "150"),
    # downing tools is a strike (143)
    (frozenset({"stop", "shun", "halt", "quit", "down", "suspend", "boycott"}),
     frozenset({"work", "tool", "tools"}), "143"),
    # "The call was quickly seconded by German Chancellor Angela Merkel": seconding or endorsing a
    # call, proposal or bid supports it (051)
    (frozenset({"second", "endorse", "applaud", "hail"}),
     frozenset({"call", "proposal", "motion", "bid", "nomination", "plan", "initiative", "candidacy"}), "051"),
    # "an environmental group ... filed a motion claiming the state of emergency is unconstitutional":
    # bringing a case to court sues (115)
    (frozenset({"file", "lodge", "bring", "launch", "submit"}),
     frozenset({"lawsuit", "suit", "motion", "case", "petition", "challenge", "charge", "charges"}), "115"),
    # seeking refuge is a plea for humanitarian protection, coded as a demand (1033) by CAMEO coders
    (frozenset({"seek"}), frozenset({"refuge", "asylum", "shelter", "sanctuary"}), "1033"),
    # calling for sanctions against someone condemns them (11x) rather than asking them for something
    (frozenset({"call", "appeal", "press", "push", "lobby", "urge", "demand", "seek", "clamor", "clamour"}),
     frozenset({"sanction", "sanctions", "embargo", "boycott", "punishment"}), "110"),
)

# More verb and noun classes used by the coder (see tidings.events.coder).
INTENT_NOUNS = frozenset({
    "readiness", "willingness", "intention", "plan", "desire", "offer", "commitment", "decision", "bid",
})
MOTION_VERBS = frozenset({"be", "arrive", "travel", "go", "come", "fly", "head", "return", "gather", "meet"})
REMOVAL_VERBS = frozenset({"remove", "replace", "resign", "oust", "dismiss", "fire", "sack", "quit", "step"})
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "committed", "determined", "eager", "keen", "open"})
COMMITMENT_VERBS = frozenset({"agree", "pledge", "promise", "offer", "vow", "commit", "consent", "undertake"})
OCCURRENCE_VERBS = frozenset({
    "take", "happen", "occur", "be", "begin", "start", "end", "continue", "resume", "go", "last",
    "conclude", "open", "close", "proceed", "run", "come", "collapse", "fail", "break",
})
CHARACTERISE_VERBS = frozenset({
    "describe", "call", "brand", "label", "denounce", "condemn", "portray", "characterize", "characterise", "dub",
})
DEMAND_VERBS = frozenset({"demand", "insist", "order", "press", "pressure", "push"})
# Objects that make a refusal a statement: "declined to comment" (011), "denied the charges" (016).
COMMENT_WORDS = frozenset({"comment", "elaborate", "confirm", "say", "speak", "discuss"})
CHARGE_NOUNS = frozenset({
    "charge", "accusation", "allegation", "claim", "report", "responsibility", "involvement", "wrongdoing",
    "rumor", "rumour", "suggestion", "link", "role",
})


# Verbs of deliberation: "is considering sending aid", "explored the possibility of ..." is
# CAMEO 014 (consider policy option), whatever the option.
CONSIDER_VERBS = frozenset({"consider", "weigh", "mull", "contemplate", "explore", "ponder", "debate"})
OPTION_NOUNS = frozenset({
    "possibility", "option", "options", "idea", "proposal", "plan", "measure", "move", "step", "way",
    "ways", "prospect", "request", "bid", "offer", "alternative",
})

# Verbs that judge what their object says or intends ("welcomed the decision to ...").
EVALUATIVE_VERBS = frozenset({
    "welcome", "support", "praise", "back", "endorse", "hail", "applaud", "commend", "condemn", "criticize",
    "criticise", "denounce", "slam", "reject", "oppose", "question", "challenge", "protest", "deplore",
})

# Words of an official's resignation: PLOVER types it RETREAT (mode "resign").
RESIGNATION_WORDS = frozenset({"resign", "resignation", "quit", "abdicate", "step"})

# Where a verb of motion goes ("went home", "came to Moscow"); verbs that propose rather than do.
DESTINATION_WORDS = frozenset({"to", "into", "toward", "towards", "home", "abroad", "back", "there", "here", "on"})
PROPOSING_VERBS = frozenset({"invite", "propose", "suggest", "volunteer", "announce", "express", "signal", "plan"})
# Verbs whose intent code (03x) stays a promise; any other verb's 03x is the act done ("sent a team").
PROMISING_VERBS = INTENT_VERBS | COMMITMENT_VERBS | PROPOSING_VERBS

# Verbs too general to code by their dictionary default alone ("served eight years as mayor", "give
# us a kit", "keep hitting the limit"): they code only through a pattern, an event noun or a sense.
VAGUE_VERBS = frozenset({
    "serve", "give", "affect", "hit", "catch", "attend", "get", "keep", "put", "run", "bring", "see",
    "become", "remain", "stay", "leave", "turn", "work", "play", "handle", "deal", "face", "follow",
    "die", "study", "learn", "expect", "ensure", "pay", "call", "take", "found", "lead", "consider", "think",
    "introduce", "check", "need", "expand", "issue", "order", "moderate", "engage", "overrun", "join",
})

# Verbs of inquiry: sending people "to investigate/monitor ..." is an investigation (090).
INQUIRY_VERBS = frozenset({"investigate", "monitor", "inspect", "probe", "verify", "examine", "assess", "observe"})

# --- Word lists of the constructions (tidings.events.constructions) ---------------------------
# "denied the charges" (016): verbs that deny, with a charge noun as object.
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})
# "claimed that they had attacked": verbs of a claim of responsibility (015), with a subject pronoun
# in the claimed clause standing for the claimant.
CLAIM_VERBS = frozenset({"claim", "admit"})
PERSONAL_PRONOUNS = frozenset({"they", "it", "we", "he", "she"})
# "said Libya must hand over": modals of obligation that make a reported clause a demand.
OBLIGATION_MODALS = frozenset({"must", "should"})
# "the meeting would take place": a definite event noun refers back to an earlier event.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
# "the cabinet met on Sunday": a body meeting by itself consults no one.
CONVENING_VERBS = frozenset({"meet", "convene"})

# --- Word lists of clause reading (tidings.events.clause) --------------------------------------
RELEASE_VERBS = frozenset({"release", "free"})  # demanding a release is 1053
NEGOTIATION_VERBS = frozenset({"meet", "negotiate", "talk"})  # demanding talks is 106
ATTACK_VERBS = frozenset({"attack", "assault", "strike", "hit"})
ATTACK_NOUNS = frozenset({"attack", "assault", "broadside", "offensive"})
# Objects of an "attack" that make it verbal ("attacked the policy").
VERBAL_TARGETS = frozenset({"policy", "plan", "remark", "statement", "decision"})
ATTACKERS = frozenset({
    "helicopter", "jet", "jets", "warplane", "warplanes", "plane", "planes", "drone", "drones", "tank", "tanks",
    "troops", "soldiers", "forces", "army", "militants", "gunmen", "fighters", "rebels", "artillery", "bomber",
})
"""Subjects that can only attack materially: "a police helicopter attacked the Supreme Court"."""
# "launched 10 days of war games", "a new round of talks": measures of an event noun.
MEASURE_NOUNS = frozenset({"day", "week", "month", "round", "series", "wave", "spate", "string", "number", "year"})
# "..., as street battles raged in Baghdad": markers of a clause of attendant circumstance.
CIRCUMSTANCE_MARKERS = frozenset({"as", "while", "whereas", "amid"})
MESSAGE_NOUNS = frozenset({
    "reminder", "message", "warning", "statement", "call", "appeal", "letter", "note", "signal", "notice",
})
TEST_RESULTS = frozenset({"positive", "negative"})  # "tested positive": no weapons test
COMING_GOING_VERBS = frozenset({"go", "come"})  # "went missing": no trip without a destination
PHONE_VERBS = frozenset({"telephone", "phone", "call"})

# --- Word lists of participants (tidings.events.roles) -----------------------------------------
TARGET_PREPS = frozenset({
    "with", "on", "against", "to", "toward", "towards", "at", "into", "upon", "from", "for", "between",
    "before",  # "have refused to testify before investigators": whom one appears before (reuters-5405)
})
LATER_TARGET_PREPS = TARGET_PREPS - frozenset({"at", "from"})
"""Prepositions whose object is the other party of a verb without an object ("met with X")."""
STATE_PARTICIPLES = frozenset({
    "commit", "prepare", "determine", "oblige", "resolve", "dedicate", "poise", "compel", "oppose",
})
"""Participles that state their subject's own resolve: "is committed to" is not something done to it."""
TRANSFER_VERBS = frozenset({
    "send", "deploy", "dispatch", "mobilize", "mobilise", "station", "contribute", "supply", "provide", "move",
    "airlift", "fly", "ship", "post", "train",
})
TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning"})
STANCE_NOUNS = frozenset({"defiance", "protest", "opposition", "retaliation", "response", "solidarity", "support"})
GRIEVANCE_VERBS = frozenset({"complain", "protest", "object", "appeal", "petition"})
GRIEVANCE_PREPS = frozenset({"over", "about"})  # "complained to the UN over Israeli raids"
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout", "outside"})
PROPOSAL_NOUNS = frozenset({
    "request", "decision", "call", "calls", "demand", "demands", "offer", "proposal", "suggestion", "plan",
    "findings", "appeal", "invitation", "policy", "move", "statement", "remarks", "comments", "initiative",
    "efforts", "effort", "resolution", "ultimatum", "bid", "visit", "report",
})
PROVISO_MARKS = frozenset({"if", "unless"})  # "... unless Baghdad accepted": who must comply
AGENT_PREPS = frozenset({"by", "from"})  # "denied charges [by X]" misattached to the verb
AUTHOR_PREPS = frozenset({"by", "from", "of"})  # "a request by Ukraine"
IMPOSED_ON_PREPS = frozenset({"on", "against", "to"})  # "a travel ban imposed on Chadian citizens"
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})

# --- Word lists of status (tidings.events.status) ----------------------------------------------
FUTURE_AUX = frozenset({"will", "shall", "'ll", "would", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
NEGATING_HEADS = frozenset({"fail", "refuse", "decline", "deny", "cancel", "postpone"})
"""Heads whose complement is negated: "failed to reach agreement", "refused to meet"."""
PLANNING_HEADS = frozenset({
    "plan", "intend", "agree", "expect", "schedule", "set", "prepare", "promise", "pledge", "vow",
    "aim", "want", "hope", "seek", "offer", "threaten",
})
SCHEDULING_HEADS = frozenset({"be", "set", "due", "scheduled"})  # "is to visit", "was set to meet"
NEGATORS = frozenset({"not", "n't", "never", "no"})
REFUSING_AUX = frozenset({"will", "wo", "would", "shall", "can", "ca"})

# --- Word lists of the verb lexicon's senses (tidings.events.lexicon) ---------------------------
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself"})
PEACEKEEPING = frozenset({"peacekeeping", "peacekeeper", "peacekeepers", "peace-keeping", "peace-keepers"})
RETURN_VERBS = frozenset({"return", "repatriate"})
DEPARTURE_VERBS = frozenset({"leave", "exit", "quit", "vacate", "evacuate"})
TROOP_NOUNS = frozenset({"troop", "troops", "force", "forces", "soldier", "soldiers", "army", "contingent", "military"})
ARRIVAL_VERBS = frozenset({"arrive", "land", "deploy", "reach"})
APPEAL_FOR_VERBS = frozenset({"call", "appeal", "press", "push", "lobby", "clamor", "clamour"})
NOT_RETURNED = frozenset({"fire", "favor", "favour", "call", "visit", "compliment", "ambassador", "home"})
RETURNED_PEOPLE = frozenset({
    "prisoner", "detainee", "hostage", "refugee", "migrant", "citizen", "national", "soldier", "body",
    "remains", "child", "fisherman", "sailor", "captive", "asylum", "people", "person", "worker",
})
EFFORT_NOUNS = frozenset({
    "effort", "bid", "initiative", "campaign", "drive", "operation", "program", "programme", "plan", "mission",
    "spree",
})
QUANTITY_HEADS = frozenset({
    "part", "parts", "much", "most", "some", "all", "portion", "half", "rest", "section",
    "ton", "tonne", "load", "shipment", "consignment", "batch", "amount", "quantity", "lot", "number", "kind",
    "team", "mission", "group", "contingent", "delegation", "unit",
    "dose", "doses", "package", "convoy",  # "delivered over 105 thousand doses of vaccine to Samoa"
})
EXPULSION_VERBS = frozenset({"force", "drive"})  # "forced out 1,000 refugees"
EXPULSION_PARTICLES = frozenset({"out", "away"})
FIRE_PREPS = frozenset({"to", "on"})  # "set fire to the offices of ..."
STRIKE_VERBS = frozenset({"launch", "carry", "conduct", "order"})  # "launched strikes": air strikes (190)
JOINT_MODIFIERS = frozenset({"joint", "combined"})  # "a joint military exercise"

# --- Word lists of symmetric events (tidings.events.pairs) -------------------------------------
MEETING_WORDS = frozenset({
    "meet", "meeting", "talk", "talks", "negotiate", "negotiation", "negotiations", "telephone", "phone",
    "confer", "summit",
})
"""Words whose event is symmetric whatever code folds them ("agreed to meet" is 036)."""
AGREEMENT_WORDS = frozenset({"agree", "agreement", "reach", "accord", "deal", "consensus", "compromise"})
"""Failing to agree is a joint failure of coordinated parties ("X and Y failed to reach agreement")."""
