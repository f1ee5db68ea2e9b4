"""Reading inputs: files, folders, globs, JSON Lines, CSV and standard input become
:class:`~tidings.records.Article` records or :class:`~tidings.records.Reject` records
(never an exception for bad input)."""

from __future__ import annotations

from tidings.inputs.readers import (
    article_id,
    expand_paths,
    make_article,
    normalise_text,
    parse_text_article,
    read_handle,
    read_inputs,
    read_path,
)

__all__ = ["article_id", "expand_paths", "make_article", "normalise_text", "parse_text_article", "read_handle",
           "read_inputs", "read_path"]
