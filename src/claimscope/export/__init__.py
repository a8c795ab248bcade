"""Writers for other tools' formats, so analyses can be inspected and corrected outside claimscope."""
