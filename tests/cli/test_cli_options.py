"""The CLI's defaults are the settings table's and the library's, never a second copy of them."""

from __future__ import annotations

from claimscope import settings
from claimscope.cli import options
from claimscope.ingest import JsonlKeys


def test_option_defaults_come_from_the_settings_table():
    assert options.MaxBytesOption.default == settings.default("ingest.max_bytes")
    assert options.BatchSizeOption.default == settings.default("pipeline.batch_size")


def test_jsonl_key_options_default_to_the_library_keys():
    keys = JsonlKeys()
    assert [o.default for o in (options.JsonlTextOption, options.JsonlTitleOption, options.JsonlUrlOption,
                                options.JsonlPublishedOption, options.JsonlPublisherOption)] == \
        [keys.text, keys.title, keys.url, keys.published, keys.publisher]
