"""The CAMEO codes and roots the constructions propose or test, by name."""

from __future__ import annotations

from typing import Final

MAKE_STATEMENT: Final = "010"
DECLINE_COMMENT: Final = "011"
CONSIDER_POLICY_OPTION: Final = "014"
CLAIM_RESPONSIBILITY: Final = "015"
DENY_RESPONSIBILITY: Final = "016"
APPEAL: Final = "020"
EXPRESS_INTENT_TO_COOPERATE: Final = "030"
CONSULT: Final = "040"
TELEPHONE: Final = "041"
INVESTIGATE: Final = "090"
DEMAND: Final = "100"
ACCUSE: Final = "112"
FIND_GUILTY: Final = "116"
CRITICIZE: Final = "111"
REJECT: Final = "120"
THREATEN: Final = "130"
ARREST: Final = "173"
SHOW_FORCE: Final = "150"

DEMAND_ROOT: Final = "10"
REQUEST_ROOTS: Final = frozenset({"02", "10"})
"""Appeal (02x) and demand (10x): what an "ordered X to ...", "called for X to ..." makes."""
STATEMENT_ROOTS: Final = frozenset({"01", "02"})
"""Make a public statement, appeal: what a one-word pattern of a light verb often says."""
COERCION_ROOTS: Final = frozenset({"13", "15"})
"""Threaten, show force: what the attacks named by an event noun outdo ("stepped up attacks")."""
FORCE_ROOTS: Final = frozenset({"18", "19", "20"})
"""Assault, fight, mass violence."""
COOPERATION_ROOTS: Final = frozenset({"04", "05", "06", "07", "08"})
"""Consult, cooperate diplomatically or materially, aid, yield: what a refusal negates."""
DISPATCH_ROOTS: Final = frozenset({"04", "06", "07", "15"})
"""Sending people (a mission, a team, aid, troops): with an aim of inquiry, an investigation."""
AUTHORITY_ROOTS: Final = frozenset({"09", "17"})
"""Investigate, coerce (arrest): done by the authorities where it happens."""
PROTEST_ROOT: Final = "14"
PLACE_TARGET_ROOTS: Final = frozenset({"08", "14", "15", "16", "17", "18", "19", "20"})
"""Roots of material events aimed at where they happen ("imposed a curfew in Cizre")."""
PLACE_TARGET_CODES: Final = frozenset({"1033", "074", "042"})
"""Seek refuge, peacekeeping, visit: aimed at the place ("sought refuge in Germany")."""
