"""Tidings' own event-code tables (general English, not tuned to any sentence).

They complement the PETRARCH2 verb dictionary (:mod:`tidings.events.lexicon` reads them): the
default codes of common verbs it lacks or leaves without one, the codes of event nouns (nominal
events and light-verb constructions: "an attack on", "held talks"), and verb + object pairs whose
meaning the verb alone does not give. The verb classes that decide status and reported speech
stay in :mod:`tidings.events.terms`.
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
