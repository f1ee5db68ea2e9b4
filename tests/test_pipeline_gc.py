"""What the Extractor loads is frozen out of the cyclic garbage collector's full collections."""

from __future__ import annotations

import gc

from tidings.pipeline import Extractor, ExtractorSettings


def test_loaded_dictionaries_are_frozen() -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    extractor = Extractor()
    extractor._resources()
    assert gc.get_freeze_count() > 10_000  # the dictionaries, gazetteer and lexicon: many objects


def test_a_host_process_can_keep_its_collector_untouched() -> None:
    gc.unfreeze()
    extractor = Extractor(ExtractorSettings(freeze_loaded=False))
    extractor._resources()
    assert gc.get_freeze_count() == 0
