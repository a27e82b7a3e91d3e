"""The walk layer: going through a tree.

Answers (the one parse-and-validate path), the pure engine (`next_step`), the one
ask-until-advice loop (`session.run`) that the terminal, scripts and the trainer share, the
check flow (topic menu, triage, session), scenario replay, and `conduct validate` in full.
Imports content and the ground floor; knows nothing of terminals or output formats.
"""
