"""Open Badges 3.0 credentials: Ed25519 keys, eddsa-rdfc-2022 proofs, JSON Schema validation.

Pure Python, no models. JSON-LD contexts and the schema are pinned local copies (`data/`);
nothing is ever fetched from the network. Modules: `keys`, `proof`, `schema`, `loader`.
"""
