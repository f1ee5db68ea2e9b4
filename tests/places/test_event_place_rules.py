"""The event's own place on real news sentences (Wikinews and Reuters, issue 15): each rule of
:func:`tidings.places.locate_event` on the sentence it was written for, parsed with the real model.

Each row: the article text (one or more real sentences), its dateline, the trigger word, the actor
countries, and the place name and ``rule`` expected.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.places import Gazetteer, article_places, locate_event
from tidings.records import Actor, Article

CASES = [
    # a capital named as a place, not standing for its government
    ("The roof of Notre Dame cathedral in French capital Paris caught fire yesterday.", None, "fire",
     (None, "FRA"), "Paris", "sentence"),
    ("The Tbilisi city court set bail yesterday at 100,000 Georgian lari (about US$30,000).", None, "set",
     ("GEO", "GEO"), "Tbilisi", "sentence"),
    # a name only the fall-back placed ("Neurosurgery") loses to a gazetteer place of the clause chain
    (("The second International Student Olympiad in Neurosurgery for the prize of the Governor of Tyumen "
     "Oblast, Russia took place in the first week of April at the Federal Center for Neurosurgery in Tyumen."),
     None, "Olympiad", (None, "RUS"), "Tyumen", "clause"),
    # where someone comes from is not where the event is
    ("Yesterday, United States Senator from Vermont Bernie Sanders won the Democratic Party's Nevada caucuses.",
     None, "won", ("USA", None), "Nevada", "sentence"),
    # but an office for a place that the clause wins says where: the election is in North Carolina
    (("Yesterday, former United States Senator Kay Hagan died, according to a statement released by her family. "
      "Hagan, North Carolina's first female Democratic Senator, was 66.\n\nHagan, first elected to Congress in "
      "2008, was born on May 26, 1953 in Shelby, North Carolina. She received her undergraduate degree in 1975 "
      "from Florida State University, and then graduated from Wake Forest University in 1978 with a law degree."
      "\n\nIn 1998, following ten years working for NationsBank, Hagan successfully ran for a seat in North "
      "Carolina's state Senate. A decade later, in 2008, Hagan defeated incumbent Republican US Senator Elizabeth "
      "Dole to become the first female Democratic US Senator from North Carolina."),
     None, "defeated", ("USA", "USA"), "North Carolina", "sentence"),
    # an appositive's locative describes the place ("a U.S. state on the Gulf of Mexico")
    (("The governor of Louisiana, a U.S. state on the Gulf of Mexico, declared a state of emergency for the "
     "state on Thursday, with Tropical Storm Barry approaching the coast."), None, "declared", ("USA", None),
     "Louisiana", "sentence"),
    # "signed during his visit": the place visited is where the return came from
    (("IRNA, monitored in Nicosia, quoted Oil Minister Gholamreza\nAqazadeh as saying on his return to Tehran from "
      "Moscow that the\nagreement was part of a protocol on economic cooperation signed\nduring his visit."),
     "NICOSIA", "signed", ("IRN", "RUS"), "Moscow", "clause"),
    # a reference point is the place when the clause names none nearer ("north of Berlin")
    ("There were only four survivors when the aircraft crashed\ninto a mountain north of Tokyo.", "TOKYO",
     "crashed", (None, None), "Tokyo", "clause"),
    (("Iran said it launched a fresh offensive\ntoday north of Baghdad, three days after it began a new thrust\n"
      "against Iraq on the southern Gulf war front."), "LONDON", "launched", ("IRN", "IRQ"), "Baghdad", "clause"),
    # but not over the town the clause names
    (("He said there were other variables to consider in any decision whether to close or continue the smelter, "
      "located in Hawesville, about 60 miles west of Louisville."), "NEW YORK", "located", (None, None),
     "Hawesville", "clause"),
    (("Quoting military sources, it said a bomb had exploded at\n0200 gmt at the academy, in Baguio north of "
      "Manila."), "MANILA", "exploded", ("PHL", "PHL"), "Baguio", "clause"),
    # a response is the responder's doing: an earlier place in the other actor's country is not its place
    (("Last month, Alexei Navalny was airlifted from Omsk to Berlin because of falling ill, and transferred to a "
      "hospital in Berlin, Charité.\n\nThe German government announced the tests by a military laboratory found "
      "Novichok in Navalny's blood, and said there was \"unequivocal\" proof he had been poisoned. The spokesperson "
      "for the German government strongly condemned the attack. Angela Merkel, the Chancellor of Germany, demanded "
      "an explanation from Russia. The Russian government dismissed the claim from Berlin as groundless."), None,
     "dismissed", ("RUS", "DEU"), "Russia", "actor_country"),
    # an adverbial clause with its own subject is another event
    (("Saudi Arabia's Crown Prince Abdullah bin Abdul Aziz met for an hour with Vice President George Bush on "
     "Monday after U.S. naval forces destroyed one Iranian oil platform in the Gulf and raided another."),
     "WASHINGTON", "met", ("SAU", "USA"), "Washington", "dateline"),
    # another clause's place inside the dateline's country beats the dateline city
    (("A police spokesman in the western Kyushu city of Miyazaki, one of the worst hit areas, said walls "
     "cracked all over town."), "TOKYO", "cracked", (None, "JPN"), "Miyazaki", "sentence_other_clause"),
    # but not where someone is going: the dateline stays
    ("The Kremlin said on Friday that Kim would visit Russia.", "MOSCOW", "said", ("RUS", None), "Moscow",
     "dateline"),
    # a subjectless purpose infinitive happens where the clause it serves goes; "make one's way to X" goes to X
    (("Prime Minister David Lange visited the region today before flying to Auckland to attend a South Pacific "
      "Forum conference of foreign ministers."), "WELLINGTON", "attend", ("NZL", None), "Auckland", "clause"),
    ("When up to 3 million refugees made their way to Europe.", None, "made", (None, None), "Europe", "clause"),
    # an earlier sentence's place is the article's context
    (("James Fields, a man from Ohio, drove his car into a crowd at a rally in Charlottesville, Virginia. "
     "In that event, Fields, a self-described Neo-Nazi, killed a woman named Heather Heyer and injured at "
     "least nineteen others."), None, "killed", ("USA", "USA"), "Charlottesville", "article_context"),
    (("Kyle Rittenhouse, the suspect in a shooting of protesters in Kenosha, Wisconsin, was released. "
     "A resident of Antioch, Illinois, Rittenhouse is accused of crossing state lines and shooting and "
     "killing two people."), None, "killing", ("USA", "USA"), "Kenosha", "article_context"),
    # a place inside a facility's name, a town with its county inside one entity, an unknown town with its state
    (("An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court, New Zealand yesterday, "
     "charged with one count of murder."), None, "appeared", ("AUS", None), "Christchurch", "clause"),
    (("Three children were taken to hospital after a Stagecoach South bus crashed into a tunnel in Winchester, "
     "Hampshire, England at about 8:10 am this morning."), None, "crashed", (None, "GBR"), "Winchester", "clause"),
    (("Zhukovskyy was driving a pickup truck on U.S. Route 2 in Randolph, New Hampshire on the night of June 21 "
     "and struck a group of motorcycles."), None, "struck", ("UKR", "USA"), "Randolph", "clause"),
    # a town or area the gazetteer lacks, said to be one by its place noun
    (("Seven black youths were knifed and shot to death today in a mass killing in the South African township "
     "of KwaMashu near the Indian Ocean city of Durban, the government reported."), "JOHANNESBURG", "killing",
     (None, "ZAF"), "KwaMashu", "clause"),
    ("Relatives of the boy attended the renaming ceremony on the Spanish island of Majorca.", None, "ceremony",
     ("DEU", None), "Majorca", "clause"),
    # a facility followed by its own town is in that town
    (("At least seven people were killed in the United States yesterday, when a World War II-era bomber crashed "
     "at Bradley International Airport in Windsor Locks, Connecticut."), None, "crashed", (None, "USA"),
     "Windsor Locks", "clause"),
    # a dateline naming an organisation is its seat's city
    (("Members of the Security Council met behind closed doors on Monday to discuss developments in the Gulf "
      "war, but no statement was issued afterwards."), "UNITED NATIONS, Oct 19 -", "met", (None, None),
     "New York City", "dateline"),
    # an area the gazetteer lacks whose name says it is small beats the state it lies in
    (("A deadly boat fire earlier this week near Santa Cruz Island off the coast of California, United States, "
      "resulted in the death of all 33 passengers."), None, "resulted", (None, None), "Santa Cruz Island", "clause"),
    ("The toilet, an artwork, was stolen on Saturday from Blenheim Palace in Oxfordshire, England.", None, "stolen",
     (None, "GBR"), "Oxfordshire", "clause"),
    # a ship named after a place is not the place
    (("Iran attacked the Saudi Arabian\nsupertanker Arabian Sea off the United Arab Emirates last night\nbut the "
      "vessel was able to proceed after the incident, Lloyds\nShipping Intelligence reported."), "LONDON",
     "attacked", ("IRN", "SAU"), "United Arab Emirates", "clause"),
    # a name followed by "area" is an area, even when the gazetteer lacks it
    (("State owned Beirut Radio quoted witnesses as saying one\nhelicopter was apparently shot down by heavy "
      "anti-aircraft fire\nas it attacked targets in the Ain al-Hilweh area east of the\nport of Sidon."), "BEIRUT",
     "attacked", ("ISR", "PSE"), "Ain al-Hilweh", "clause"),
    # a small town the model labels a person, that a building is in
    (("A car bomb was on Monday rammed into a military base in Maidan Shahr in the centre of Afghanistan's "
      "Maidan Wardak province."), None, "rammed", (None, None), "Maydanshakhr", "clause"),
    (("An apartment block caught fire on Saturday morning in Badalona, a Catalonian city around ten kilometres "
      "from Barcelona. A second fire on Saturday, eighteen kilometres away in a another block of flats in La "
      "Llagosta, killed another person, according to firefighters."), None, "fire", (None, "ESP"), "La Llagosta",
     "clause"),
    # a name followed by ", where" is a place, even one the gazetteer lacks
    (("Damages was estimated at 800,000 dlrs in the dynamite blast\nyesterday at Chacapalca, where the explosion "
      "wrecked the train\nladen with minerals and 45 metres of the railway line."), "LIMA", "blast", ("PER", "PER"),
     "Chacapalca", "clause"),
    # one of the places a place noun means ("two towns -- including X")
    (("In response, many schools were closed on Thursday and after, with the provincial government in North "
      "Cotabato suspending classes province-wide.\n\nReportedly, at least two towns —including Makilala in the "
      "province of North Cotabato— declared a state of calamity following Wednesday's quake."), None, "declared",
     (None, None), "Makilala", "clause"),
    # "X was the target of an attack"
    ("In 2006, Abqaiq was the target of an Al-Qaeda suicide attack.", None, "attack", (None, "SAU"), "Abqaiq",
     "attack_target"),
    # where people come from is not where the event is: the place the article is about
    (("The second International Student Olympiad in Neurosurgery for the prize of the Governor of Tyumen "
      "Oblast, Russia took place in the first week of April at the Federal Center for Neurosurgery in Tyumen. "
      "The competition was attended by 46 people from cities within Russia as well as from Aktobe, Kazakhstan."),
     None, "attended", (None, "RUS"), "Tyumen", "article_context"),
    # but a departure's "from" is a place of the event
    (("At 2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning, the Crew Dragon was launched via a Falcon 9 "
      "rocket from the Kennedy Space Center at Cape Canaveral, Florida in the southeastern United States."),
     None, "launched", ("USA", None), "Cape Canaveral", "clause"),
    # a place describing the subject ("the suspect in a shooting in Kenosha") loses to the verb's own
    (("Kyle Rittenhouse, the suspect in a shooting of protesters in Kenosha, Wisconsin, United States that left "
      "two people dead, was released from a Wisconsin jail Friday after his lawyers posted US$2 million bond."),
     None, "released", ("USA", "USA"), "Wisconsin", "clause"),
    # an airport followed by its town the gazetteer lacks, said with its state, is in that town
    (("Yesterday, an Air India Express passenger flight attempted a landing at Calicut International Airport at "
      "Karipur, Kerala in India."), None, "landing", (None, "IND"), "Karipur", "clause"),
    # but a facility named after its town, followed by the region, stays in its town
    ("Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines.", None, "struck", (None, None),
     "Jolo", "attack_target"),
    # a street is in the town the article named before
    (("An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court, New Zealand yesterday, "
      "charged with one count of murder pertaining to a mass shooting in Christchurch on Friday, which caused the "
      "death of at least 50 people. Judge Paul Kellar ordered the accused remain in custody until his next court "
      "appearance on April 5.\n\nPolice alleged the accused performed two attacks. The first attack reportedly "
      "was in Al Noor Mosque at about 13:40 local time (0040 UTC), which left at least 42 people dead. The second "
      "attack reportedly was in Linwood Mosque, killing at least eight people, on the same day. Brenton Tarrant "
      "did not apply for bail. Further charges may be laid in the future, police said.\n\nPolice arrested the "
      "accused in the neighborhood of Strickland Street, 36 minutes after the mass shooting in Al Noor Mosque "
      "according to police. After his arrest on Friday, Brenton stayed in the Christchurch central police "
      "station overnight before appearing in court on the next day.\n\nBrenton Tarrant had a valid gun licence "
      "allowing him to buy weapons, ABC reported. According to New Zealand Prime Minister Jacinda Ardern, "
      "Brenton had a licence for the five firearms he allegedly used for the attack."), None, "arrested",
     ("NZL", "AUS"), "Christchurch", "article_context"),
]

GAZETTEER_CASES = [
    # villages under 1,000 people (GeoNames cities500): the GeoNames place, not a name-only fall-back
    (("An explosion and fire today damaged a grain elevator in Bancroft, Iowa, destroying\nthousands of bushels "
      "of grain, authorities said."), "explosion", (None, "USA"), 4847672),
    (("A memorial was held for the group as part of a Blessing of the Bikes ceremony this weekend in Columbia, "
      "New Hampshire."), "memorial", (None, "USA"), 5084845),
    # 1987 state names: the Soviet Union is Russia (as the gold codes Soviet actors), West Berlin is Berlin
    ("Sandoz AG said it planned a joint venture\nto produce herbicides in the Soviet Union.", "produce",
     ("CHE", None), 2017370),
    (("While innovations may be intellectualy stimulating, they\nlack transparency, he told an investors' forum "
      "in West Berlin."), "told", (None, None), 2950159),
    (("Trade in mark-denominated bonds was expected to be subdued\ntoday due to pre-Lenten carnival festivities "
      "in West Germany."), "festivities", (None, None), 2921044),
]


@pytest.mark.parametrize(("text", "trigger", "actors", "geonames_id"), GAZETTEER_CASES,
                         ids=[str(c[3]) for c in GAZETTEER_CASES])
def test_event_place_id(nlp, text, trigger, actors, geonames_id) -> None:
    doc = nlp(text)
    places = article_places(doc, Article(id="t", date=dt.date(1987, 3, 18), text=text), Gazetteer.load())
    source, target = (None if c is None else Actor(text=c, code=c, country=c) for c in actors)
    location = locate_event(next(t for t in reversed(doc) if t.text == trigger), places, source, target)
    assert location is not None and location.geonames_id == geonames_id


def test_port_of_a_country_named_city_is_the_city_across_a_line_break(nlp) -> None:
    text = ("Eight people were killed and some 30\ninjured in a blast in a crowded cafe in the Red Sea port of\n"
            "Djibouti, a spokesman for the African country's main newspaper La Nation said.")
    doc = nlp(text)
    places = article_places(doc, Article(id="t", date=dt.date(1987, 3, 18), text=text), Gazetteer.load())
    location = locate_event(next(t for t in doc if t.text == "blast"), places, None, None)
    assert location is not None and (location.geonames_id, location.feature) == (223817, "city")


@pytest.mark.parametrize(("text", "dateline", "trigger", "actors", "name", "rule"), CASES,
                         ids=[c[4] + "-" + c[5] for c in CASES])
def test_event_place(nlp, text, dateline, trigger, actors, name, rule) -> None:
    article = Article(id="t", date=dt.date(2019, 9, 1), text=text, dateline=dateline)
    doc = nlp(text)
    places = article_places(doc, article, Gazetteer.load())
    token = next(t for t in reversed(doc) if t.text == trigger)
    source, target = (None if c is None else Actor(text=c, code=c, country=c) for c in actors)
    location = locate_event(token, places, source, target)
    assert location is not None
    assert (location.name, location.rule) == (name, rule)
