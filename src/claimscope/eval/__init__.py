"""Scorers against annotated corpora, independent of the NLP pipeline so any extractor can be compared."""
