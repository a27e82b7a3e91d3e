"""The terminal layer: what a person sees and types.

rich renderers (advice, lists, tree pictures, trainer screens), the screen settings, and the
prompts (the only place prompt_toolkit is imported, and only when a prompt is shown).
Imports outputs, walk, content and the ground floor.
"""
