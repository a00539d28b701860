# core/: the vocabulary, facts, checklist, rules and decision.
