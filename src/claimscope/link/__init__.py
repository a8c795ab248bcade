"""Linking across documents: duplicates, stories, claims, contradictions and timelines (see run.link_store)."""

from .run import LinkReport, link_store

__all__ = ["LinkReport", "link_store"]
