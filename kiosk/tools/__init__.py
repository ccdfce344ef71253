"""Offscreen tools: screenshots, the self-test and the item-tree helpers they share."""
