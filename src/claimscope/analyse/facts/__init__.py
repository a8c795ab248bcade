"""The fact components: status and stance, dates, quantities, events and characterisations, with the clause helpers they share.

Modules, in the order a Doc meets them:
- `clauses`, `refs`, `sources`: the shared per-Doc cache, clause structure (predicate, agent, object), who a
  noun phrase stands for, and which statement reports a stretch of text;
- `status`, `hedges`, `stance`: how a clause asserts its fact; the `claimscope_status` component;
- `dateparse`, `dateresolve` (no spaCy), `datefind`, `published`, `dates`: the `claimscope_dates` component;
- `numbers` (no spaCy), `quantity_words`, `quantity_read`, `quantity_attach`, `quantities`: the
  `claimscope_quantities` component;
- `event_types`, `event_args`, `events`: the `claimscope_events` component;
- `describe`, `characterise`: what each sentence says its nouns are like; the `claimscope_characterisations`
  component.
"""
