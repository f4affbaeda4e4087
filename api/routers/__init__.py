"""HTTP routers: sparql, entities, lists, meta."""
