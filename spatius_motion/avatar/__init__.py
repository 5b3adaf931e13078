"""The Direct Mode avatar: the procedural head (head.glb), its rig and an offline renderer."""
