"""Tidings' own word lists for event coding (general English, not tuned to any sentence).

The verb and noun classes that decide an event's status, its reported speech and which
construction reads it ("will visit" is planned, "said" reports, "held talks" is a light verb).
The code tables themselves (verb defaults, event nouns, verb + object codes) are in
:mod:`tidings.events.codes`.
"""

from __future__ import annotations

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
    # "Trump referred to the riots as acts of "domestic terror"", "Trump insulted Biden as unintelligent"
    "refer", "insult",
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
UTTERANCE_NOUNS = frozenset({
    "speech", "statement", "letter", "interview", "address", "tweet", "message", "video", "remarks", "communique",
    "communiqué", "declaration", "post", "broadcast", "op-ed", "column", "editorial",
})
"""What someone says something in: a "... in which ..." clause of one reports what was said."""
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
