"""Platform services behind small protocols, each with a null version for where it is missing."""
