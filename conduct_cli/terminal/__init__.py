"""The terminal layer: what a person sees and types.

rich renderers (advice, lists, tree pictures, trainer screens), the screen settings, and the
questionary prompts (the only place questionary is imported, and only when a prompt is shown).
Imports outputs, walk, content and the ground floor.
"""
