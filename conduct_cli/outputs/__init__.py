"""The outputs layer: what leaves the program as data or files, with no terminal library.

The public JSON protocol, tree exports (Mermaid, Graphviz, JSON), the Markdown summary and the
private file writer behind `--save`. Imports walk, content and the ground floor.
"""
