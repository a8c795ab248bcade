"""Commands that fit claimscope's shipped data from annotated corpora (not run in CI)."""
