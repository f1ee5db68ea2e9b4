"""Engines that run the pipeline over many articles and store the results: the local
engine (worker processes), Ray, and watch mode with its file ledger."""

from __future__ import annotations
