"""Actors in wire copy of the train part of ``data/gold/realnews_tidings.jsonl``: banks named as a
group in a country's debt story, personal names the tagger cuts at a wrapped line, and nouns whose
possessive pronoun names their country."""

from __future__ import annotations

import pytest
from test_actors_realnews import actor_at, analyse

WEIZSAECKER = (  # reuters-5864, 1987-03-17 (the name wraps after "von")
    "West German President Richard von\nWeizsaecker said both debtor and creditor nations share\n"
    "responsibility for the Third World's foreign debt crisis.\nWeizsaecker, in a speech on the first day "
    "of an official\nvisit to Argentina, said: \"Debtor and creditor countries have\ncreated this situation "
    "jointly.\"\nWeizsaecker, speaking at a reception held for him by\nPresident Raul Alfonsin at Buenos "
    "Aires' City Council hall,\nalso said no one could overlook the enormity of the obstacle\nposed by the "
    "foreign debt to countries like Argentina.")

# (passage, date, mention, occurrence, country the actor must have: None for none)
ROWS = [
    # a wrapped name is one person: the later surname is the West German president, not Argentina's
    (WEIZSAECKER, "1987-03-17", "Weizsaecker", 1, "DEU"),
    (WEIZSAECKER, "1987-03-17", "Weizsaecker", 2, "DEU"),
    (WEIZSAECKER, "1987-03-17", "President Raul Alfonsin", 0, "ARG"),
    # reuters-8121, 1987-03-20: the creditor banks in Brazil's debt talks are not Brazil's
    (("Brazil's finance minister Dilson Funaro met the bankers in New York.\nThe bankers also expressed "
      "disappointment Gros could not give\nassurances as to when interest payments would restart."),
     "1987-03-20", "bankers", 1, None),
    # reuters-15362, 1987-04-09
    (("Brazil's finance minister Dilson Funaro said the commercial banks agreed on Brazil's need for "
      "economic\ngrowth. According to Funaro, the creditor banks \"agreed on the need to find a\nsolution "
      "to the crisis.\""), "1987-04-09", "banks", 1, None),
    # banks with their country keep it; a named bank of the country keeps it too
    (("Brazilian banks said they would cut their lending to Brazil's state companies."),
     "1987-04-09", "banks", 0, "BRA"),
    # a possessive pronoun gives its owner's country, not the article's (reuters-14538, an Iranian
    # offensive: the article is most about Iran)
    (("Iraq said tonight its forces were\nbattling to dislodge Iranian troops from territory they gained\n"
      "during a new three-pronged offensive on the war front near the\nsouthern city of Basra.\nThe third "
      "High Command communique issued during the day\nsaid the Iranians launched a major overnight assault "
      "on the\nfronts of three Iraqi divisions.\nIt said the Iranian troops which attacked the Qutaiba "
      "front\nwere completely annihilated."), "1987-04-07", "forces", 0, "IRQ"),
    # "administration officials" are the US administration's when the article names the US
    # (reuters-15362, Brazil's finance minister in Washington)
    (("Brazilian Finance Minister Dilson\nFunaro, who suspended interest payments to creditor banks two\n"
      "months ago, said creditors had to trust him.\n\nFunaro, who is in Washington to attend the Interim\n"
      "Committee and Development Committee meetings, spoke to reporters.\n\nAdministration officials familiar "
      "with the negotiations\nsaid Brazil's new economic measures did not make much sense\nbased on current "
      "conditions in that country."), "1987-04-08", "officials", 0, "USA"),
    # the article's police are still the article's
    (("Brazil's police arrested two men in Sao Paulo. The police said the men were armed."),
     "1987-04-09", "police", 1, "BRA"),
]


@pytest.fixture(scope="module")
def dictionary():
    from tidings.actors.article import ActorDictionary

    return ActorDictionary.load()


@pytest.mark.parametrize(("text", "day", "mention", "occurrence", "country"), ROWS)
def test_wire_actor_country(nlp, dictionary, text, day, mention, occurrence, country):
    actor = actor_at(analyse(nlp, dictionary, text, day, None), mention, occurrence)
    assert actor is not None and actor.country == country, actor
