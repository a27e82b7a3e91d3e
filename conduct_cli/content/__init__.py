"""The content layer: what the decision trees are, read and checked.

The model (topics, questions, outcomes, contact roles, sources, verdicts), the safe YAML reader,
the schema, the content layout and the assembly of a Library, graph validation, the compiled
snapshot, scenarios and the config file. Imports only the ground floor (errors, words,
bilingual, printable); knows nothing of walking, terminals or output formats.
"""
