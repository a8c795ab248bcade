"""Word lists, defined once and shared by analysis, the store and linking (one module per subject)."""
