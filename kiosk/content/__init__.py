"""The content layer: a pack of trilingual achievements and milestones, validated on load."""

from kiosk.content.loader import PackInvalid, Problem, load_pack
from kiosk.content.localized import Language
from kiosk.content.schema import Achievement, Figure, Image, Milestone, Pack
from kiosk.content.source import FolderSource, PackSource, ResourceSource, source_for

__all__ = [
    "Achievement",
    "Figure",
    "FolderSource",
    "Image",
    "Language",
    "Milestone",
    "Pack",
    "PackInvalid",
    "PackSource",
    "Problem",
    "ResourceSource",
    "load_pack",
    "source_for",
]
