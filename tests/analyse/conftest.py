import pytest

from claimscope.analyse.pipeline import load_pipeline


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def statements_of(nlp):
    """Analyse a text written for the test; return its statements as document JSON."""
    from claimscope.analyse.serialize import doc_to_json

    def run(text):
        return doc_to_json(nlp(text))["statements"]

    return run


@pytest.fixture(scope="session")
def coref_stage(nlp):
    """The coreference component with its default settings, to run on a parsed text written for the test."""
    from claimscope.analyse.coref import CorefResolver
    from claimscope.settings import component_config

    return CorefResolver(nlp, "claimscope_coref", **component_config("coref"))
